/**
 * Abbreviations and spelling variants of Vietnamese administrative names, as data.
 *
 * The resolver folds a name (lowercase, no diacritics, đ → d, "&" → "và", punctuation → space) and then
 * replaces every form below by its `code`, longest form first, on whole words. Names and queries go through
 * the same function, so "Sở TT&TT", "Sở TTTT", "So Thong tin va Truyen thong" and "Sở Thông tin & Truyền
 * thông" all become "so tttt". A code is one lowercase ASCII word that is not a Vietnamese syllable.
 */
export interface AbbreviationEntry {
  /** The canonical word both the long and the short forms become. */
  code: string;
  /** Written forms, long and short, with or without diacritics and "&" (each is normalised before use). */
  forms: string[];
}

export const ABBREVIATIONS: readonly AbbreviationEntry[] = [
  { code: 'ubnd', forms: ['Ủy ban nhân dân', 'UBND'] },
  { code: 'hdnd', forms: ['Hội đồng nhân dân', 'HĐND'] },
  { code: 'tttt', forms: ['Thông tin và Truyền thông', 'Thông tin - Truyền thông', 'TT&TT', 'TTTT', 'TT-TT'] },
  { code: 'khdt', forms: ['Kế hoạch và Đầu tư', 'KH&ĐT', 'KHĐT', 'KH-ĐT'] },
  { code: 'nnptnt', forms: ['Nông nghiệp và Phát triển nông thôn', 'NN&PTNT', 'NNPTNT', 'NN-PTNT'] },
  { code: 'nnmt', forms: ['Nông nghiệp và Môi trường', 'NN&MT', 'NNMT', 'NN-MT'] },
  {
    code: 'ldtbxh',
    forms: ['Lao động - Thương binh và Xã hội', 'Lao động, Thương binh và Xã hội', 'Lao động Thương binh Xã hội', 'LĐTBXH', 'LĐ-TB&XH', 'LĐ-TBXH', 'LĐ,TB&XH'],
  },
  {
    code: 'vhttdl',
    forms: ['Văn hóa, Thể thao và Du lịch', 'Văn hóa - Thể thao - Du lịch', 'VHTTDL', 'VH,TT&DL', 'VHTT&DL', 'VH-TT-DL', 'VH-TT&DL'],
  },
  { code: 'gddt', forms: ['Giáo dục và Đào tạo', 'GD&ĐT', 'GDĐT', 'GD-ĐT'] },
  { code: 'tnmt', forms: ['Tài nguyên và Môi trường', 'TN&MT', 'TNMT', 'TN-MT'] },
  { code: 'khcn', forms: ['Khoa học và Công nghệ', 'KH&CN', 'KHCN', 'KH-CN'] },
  { code: 'gtvt', forms: ['Giao thông vận tải', 'Giao thông - Vận tải', 'GTVT', 'GT-VT', 'GT&VT'] },
  { code: 'dttg', forms: ['Dân tộc và Tôn giáo', 'DT&TG', 'DTTG'] },
  { code: 'tgdv', forms: ['Tuyên giáo và Dân vận', 'TG&DV', 'TGDV'] },
  { code: 'mttq', forms: ['Mặt trận Tổ quốc', 'MTTQ'] },
  { code: 'lhpn', forms: ['Liên hiệp Phụ nữ', 'LHPN'] },
  // "Đài Phát thanh và Truyền hình", "Đài PT-TH", "Báo và Phát thanh, Truyền hình"
  { code: 'ptth', forms: ['Phát thanh và Truyền hình', 'Phát thanh - Truyền hình', 'Phát thanh, Truyền hình', 'PT-TH', 'PTTH', 'PT&TH'] },
  { code: 'pbgdpl', forms: ['phổ biến, giáo dục pháp luật', 'PBGDPL'] },
  { code: 'hdph', forms: ['Hội đồng phối hợp', 'HĐPH'] },
  { code: 'dhtm', forms: ['Điều hành thông minh', 'ĐHTM'] },
  { code: 'bql', forms: ['Ban Quản lý', 'BQL'] },
  { code: 'kcn', forms: ['khu công nghiệp', 'KCN'] },
  { code: 'kkt', forms: ['khu kinh tế', 'KKT'] },
  { code: 'vp', forms: ['Văn phòng', 'VP'] },
  { code: 'tp', forms: ['thành phố', 'TP'] },
  { code: 'tx', forms: ['thị xã', 'TX'] },
  // "cấp tỉnh" and "của tỉnh" qualify like a bare "tỉnh": "Hội đồng … cấp tỉnh", "cơ quan báo chí của tỉnh"
  { code: 'tinh', forms: ['cấp tỉnh', 'của tỉnh'] },
];

/** Words dropped at the start of a name: "Đề nghị Ban Tuyên giáo Tỉnh ủy", "Các sở, ban, ngành". */
export const LEADING_NOISE: readonly string[] = ['Đề nghị', 'các'];
