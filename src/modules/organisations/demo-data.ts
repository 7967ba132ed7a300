/**
 * Demo organisation tree: Yên Bái province as of KH 14/KH-UBND (17/01/2024), the department mergers of early 2025
 * and the merger into the new tỉnh Lào Cai with two-level local government on 01/7/2025 (DOMAIN.md §7).
 *
 * Conventions: names are never changed in place — a changed unit is closed (validTo, exclusive) and its successor
 * opened, linked by a succession. Facts not checked against a source are marked `[M] unverified` (DOMAIN.md).
 * Units of the former (pre-merger) tỉnh Lào Cai are not modelled; the new tỉnh Lào Cai's units start on 01/7/2025.
 */
import type { GroupRecord, OrgSnapshot, SuccessionKind, SuccessionRecord, UnitRecord } from './types';

/** validFrom placeholder for units whose real founding date the platform does not track (all existed in 2024). */
const LONG_AGO = '2000-01-01';
// [M] unverified: the Yên Bái departments were merged by provincial decisions at the end of 02/2025; we use 01/3/2025
// (the date the reorganised ministries started, NĐ 45/2025/NĐ-CP frame) for every early-2025 merger.
const DEPT_REFORM = '2025-03-01';
const PROVINCE_MERGER = '2025-07-01';

const REF_MINISTRIES = 'NQ 176/2025/QH15 [M]'; // [M] unverified: number of the QH resolution on the 2025 Government structure
const REF_DEPTS = 'NĐ 45/2025/NĐ-CP; NQ HĐND tỉnh Yên Bái 02/2025 [M]'; // [M] unverified: numbers of the Yên Bái acts
const REF_PROVINCE = 'NQ 202/2025/QH15 [M]'; // [M] unverified: number (DOMAIN.md HC-02)
const REF_TWO_LEVEL = 'Luật Tổ chức chính quyền địa phương 72/2025/QH15';
const REF_COMMUNES = 'NQ UBTVQH15 ngày 16/6/2025 về sắp xếp ĐVHC cấp xã tỉnh Lào Cai [M]'; // [M] unverified: number

type UnitInit = Pick<UnitRecord, 'id' | 'name' | 'type' | 'level'> & Partial<UnitRecord>;

function unit(u: UnitInit): UnitRecord {
  return { shortName: null, parentId: null, abbreviations: [], otherNames: [], place: null, validFrom: LONG_AGO, validTo: null, ...u };
}

/** A provincial unit of Yên Bái (under UBND tỉnh unless told), closed by the merger of 01/7/2025 unless told. */
function yb(u: Omit<UnitInit, 'level'> & { level?: UnitRecord['level'] }): UnitRecord {
  return unit({ level: 'province', parentId: 'yb-ubnd', place: 'Yên Bái', validTo: PROVINCE_MERGER, ...u });
}

/** A provincial unit of the new tỉnh Lào Cai (from 01/7/2025, under UBND tỉnh unless told). */
function lc(u: Omit<UnitInit, 'level'> & { level?: UnitRecord['level'] }): UnitRecord {
  return unit({ level: 'province', parentId: 'lc-ubnd', place: 'Lào Cai', validFrom: PROVINCE_MERGER, ...u });
}

/** A Sở of either province: full name "Sở X tỉnh P", short name "Sở X". */
function so(prefix: 'yb' | 'lc', slug: string, shortName: string, abbreviations: string[], extra: Partial<UnitRecord> = {}): UnitRecord {
  const make = prefix === 'yb' ? yb : lc;
  const province = prefix === 'yb' ? 'Yên Bái' : 'Lào Cai';
  return make({ id: `${prefix}-so-${slug}`, name: `${shortName} tỉnh ${province}`, shortName, type: 'so', abbreviations, ...extra });
}

function succ(fromId: string, toId: string | null, kind: SuccessionKind, effectiveOn: string, legalRef: string | null, note: string | null = null): SuccessionRecord {
  return { fromId, toId, kind, effectiveOn, legalRef, note };
}

// ── Central ────────────────────────────────────────────────────────────────────────────────────────────────────
const central: UnitRecord[] = [
  unit({ id: 'cp', name: 'Chính phủ', type: 'chinh_phu', level: 'central', place: 'Hà Nội' }),
  unit({ id: 'cp-ttg', name: 'Thủ tướng Chính phủ', type: 'chinh_phu', level: 'central', parentId: 'cp', abbreviations: ['TTg'], place: 'Hà Nội' }),
  unit({ id: 'bo-tttt', name: 'Bộ Thông tin và Truyền thông', shortName: 'Bộ TT&TT', type: 'bo', level: 'central', parentId: 'cp', abbreviations: ['Bộ TT&TT', 'BTTTT'], place: 'Hà Nội', validTo: DEPT_REFORM }),
  unit({ id: 'bo-khcn', name: 'Bộ Khoa học và Công nghệ', shortName: 'Bộ KH&CN', type: 'bo', level: 'central', parentId: 'cp', abbreviations: ['Bộ KH&CN', 'BKHCN'], place: 'Hà Nội' }),
  unit({ id: 'bo-tp', name: 'Bộ Tư pháp', type: 'bo', level: 'central', parentId: 'cp', abbreviations: ['BTP'], place: 'Hà Nội' }),
  unit({ id: 'bo-vhttdl', name: 'Bộ Văn hóa, Thể thao và Du lịch', shortName: 'Bộ VHTTDL', type: 'bo', level: 'central', parentId: 'cp', abbreviations: ['Bộ VHTTDL', 'BVHTTDL'], place: 'Hà Nội' }),
  unit({ id: 'bo-ca', name: 'Bộ Công an', type: 'bo', level: 'central', parentId: 'cp', abbreviations: ['BCA'], place: 'Hà Nội' }),
  unit({ id: 'hdph-tw', name: 'Hội đồng phối hợp phổ biến, giáo dục pháp luật Trung ương', shortName: 'Hội đồng phối hợp PBGDPL Trung ương', type: 'hoi_dong', level: 'central', parentId: 'cp', place: 'Hà Nội' }),
];

// ── Yên Bái, province level ────────────────────────────────────────────────────────────────────────────────────
const yenBaiProvince: UnitRecord[] = [
  yb({ id: 'yb-ubnd', name: 'Ủy ban nhân dân tỉnh Yên Bái', shortName: 'UBND tỉnh Yên Bái', type: 'ubnd_tinh', parentId: null, abbreviations: ['UBND tỉnh'] }),
  yb({ id: 'yb-hdnd', name: 'Hội đồng nhân dân tỉnh Yên Bái', shortName: 'HĐND tỉnh Yên Bái', type: 'hdnd_tinh', parentId: null, abbreviations: ['HĐND tỉnh'] }),
  yb({ id: 'yb-tinh-uy', name: 'Tỉnh ủy Yên Bái', type: 'dang', parentId: null }),
  yb({ id: 'yb-vp-tinh-uy', name: 'Văn phòng Tỉnh ủy Yên Bái', shortName: 'Văn phòng Tỉnh ủy', type: 'dang', parentId: 'yb-tinh-uy', abbreviations: ['VP Tỉnh ủy'] }),
  // [M] unverified: exact date the Tỉnh ủy's Ban Tuyên giáo and Ban Dân vận were merged (early 2025)
  yb({ id: 'yb-ban-tg', name: 'Ban Tuyên giáo Tỉnh ủy Yên Bái', shortName: 'Ban Tuyên giáo Tỉnh ủy', type: 'dang', parentId: 'yb-tinh-uy', validTo: DEPT_REFORM }),
  yb({ id: 'yb-ban-dv', name: 'Ban Dân vận Tỉnh ủy Yên Bái', shortName: 'Ban Dân vận Tỉnh ủy', type: 'dang', parentId: 'yb-tinh-uy', validTo: DEPT_REFORM }),
  yb({ id: 'yb-ban-tgdv', name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy Yên Bái', shortName: 'Ban Tuyên giáo và Dân vận Tỉnh ủy', type: 'dang', parentId: 'yb-tinh-uy', abbreviations: ['Ban TG&DV Tỉnh ủy'], validFrom: DEPT_REFORM }),
  yb({ id: 'yb-vp-ubnd', name: 'Văn phòng Ủy ban nhân dân tỉnh Yên Bái', shortName: 'Văn phòng UBND tỉnh', type: 'van_phong', abbreviations: ['VP UBND tỉnh'] }),
  so('yb', 'nv', 'Sở Nội vụ', ['SNV']),
  so('yb', 'tp', 'Sở Tư pháp', ['STP']),
  so('yb', 'khdt', 'Sở Kế hoạch và Đầu tư', ['Sở KH&ĐT', 'SKHĐT'], { validTo: DEPT_REFORM }),
  so('yb', 'tc', 'Sở Tài chính', ['STC']),
  so('yb', 'ct', 'Sở Công Thương', ['SCT']),
  so('yb', 'nnptnt', 'Sở Nông nghiệp và Phát triển nông thôn', ['Sở NN&PTNT', 'SNNPTNT'], { validTo: DEPT_REFORM }),
  so('yb', 'gtvt', 'Sở Giao thông vận tải', ['Sở GTVT', 'SGTVT'], { validTo: DEPT_REFORM }),
  so('yb', 'xd', 'Sở Xây dựng', ['SXD']),
  so('yb', 'tnmt', 'Sở Tài nguyên và Môi trường', ['Sở TN&MT', 'STNMT'], { validTo: DEPT_REFORM }),
  so('yb', 'tttt', 'Sở Thông tin và Truyền thông', ['Sở TT&TT', 'Sở TTTT', 'STTTT'], { validTo: DEPT_REFORM }),
  so('yb', 'ldtbxh', 'Sở Lao động - Thương binh và Xã hội', ['Sở LĐTBXH', 'Sở LĐ-TB&XH', 'SLĐTBXH'], { validTo: DEPT_REFORM }),
  so('yb', 'vhttdl', 'Sở Văn hóa, Thể thao và Du lịch', ['Sở VHTTDL', 'SVHTTDL']),
  so('yb', 'khcn', 'Sở Khoa học và Công nghệ', ['Sở KH&CN', 'SKHCN']),
  so('yb', 'gddt', 'Sở Giáo dục và Đào tạo', ['Sở GD&ĐT', 'SGDĐT']),
  so('yb', 'yt', 'Sở Y tế', ['SYT']),
  so('yb', 'nnmt', 'Sở Nông nghiệp và Môi trường', ['Sở NN&MT'], { validFrom: DEPT_REFORM }),
  so('yb', 'dttg', 'Sở Dân tộc và Tôn giáo', ['Sở DT&TG'], { validFrom: DEPT_REFORM }),
  yb({ id: 'yb-thanh-tra', name: 'Thanh tra tỉnh Yên Bái', shortName: 'Thanh tra tỉnh', type: 'thanh_tra' }),
  yb({ id: 'yb-ban-dan-toc', name: 'Ban Dân tộc tỉnh Yên Bái', shortName: 'Ban Dân tộc', type: 'ban', validTo: DEPT_REFORM }),
  yb({ id: 'yb-bql-kcn', name: 'Ban Quản lý các khu công nghiệp tỉnh Yên Bái', shortName: 'Ban Quản lý các KCN', type: 'ban', abbreviations: ['BQL các KCN'] }),
  yb({ id: 'yb-ca', name: 'Công an tỉnh Yên Bái', shortName: 'Công an tỉnh', type: 'cong_an', parentId: 'bo-ca' }),
  // [M] unverified: Báo Yên Bái and the Đài merged into "Báo và Phát thanh, Truyền hình Yên Bái" in early 2025 (name and date)
  yb({ id: 'yb-bao', name: 'Báo Yên Bái', type: 'bao_chi', parentId: 'yb-tinh-uy', validTo: DEPT_REFORM }),
  yb({ id: 'yb-dai', name: 'Đài Phát thanh và Truyền hình tỉnh Yên Bái', shortName: 'Đài Phát thanh và Truyền hình tỉnh', type: 'bao_chi', abbreviations: ['Đài PT-TH tỉnh', 'Đài PTTH Yên Bái'], validTo: DEPT_REFORM }),
  yb({ id: 'yb-bao-ptth', name: 'Báo và Phát thanh, Truyền hình Yên Bái', type: 'bao_chi', parentId: 'yb-tinh-uy', validFrom: DEPT_REFORM }),
  // [M] unverified: the Trung tâm Điều hành thông minh was a unit of Sở TT&TT and passed to Sở KH&CN on 01/3/2025
  yb({ id: 'yb-ttdhtm', name: 'Trung tâm Điều hành thông minh tỉnh Yên Bái', shortName: 'Trung tâm Điều hành thông minh tỉnh', type: 'trung_tam', parentId: 'yb-so-tttt', abbreviations: ['Trung tâm ĐHTM tỉnh'], validTo: DEPT_REFORM }),
  yb({ id: 'yb-ttdhtm-khcn', name: 'Trung tâm Điều hành thông minh tỉnh Yên Bái', shortName: 'Trung tâm Điều hành thông minh tỉnh', type: 'trung_tam', parentId: 'yb-so-khcn', abbreviations: ['Trung tâm ĐHTM tỉnh'], validFrom: DEPT_REFORM }),
  yb({ id: 'yb-hdph', name: 'Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh Yên Bái', shortName: 'Hội đồng phối hợp PBGDPL tỉnh', type: 'hoi_dong', abbreviations: ['HĐPH PBGDPL tỉnh'] }),
  yb({ id: 'yb-hnb', name: 'Hội Nhà báo tỉnh Yên Bái', shortName: 'Hội Nhà báo tỉnh', type: 'khac', parentId: null }),
  yb({ id: 'yb-mttq', name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Yên Bái', shortName: 'Ủy ban MTTQ Việt Nam tỉnh', type: 'doan_the', parentId: null, abbreviations: ['Ủy ban MTTQ tỉnh', 'MTTQ tỉnh'] }),
  yb({ id: 'yb-tinh-doan', name: 'Tỉnh đoàn Yên Bái', shortName: 'Tỉnh đoàn', type: 'doan_the', parentId: null, otherNames: ['Tỉnh đoàn', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Yên Bái'] }),
  yb({ id: 'yb-hlhpn', name: 'Hội Liên hiệp Phụ nữ tỉnh Yên Bái', shortName: 'Hội Liên hiệp Phụ nữ tỉnh', type: 'doan_the', parentId: null, abbreviations: ['Hội LHPN tỉnh'] }),
  yb({ id: 'yb-hnd', name: 'Hội Nông dân tỉnh Yên Bái', shortName: 'Hội Nông dân tỉnh', type: 'doan_the', parentId: null }),
];

// ── Yên Bái, district level (abolished 01/7/2025) ─────────────────────────────────────────────────────────────
interface District {
  id: string;
  kind: 'thành phố' | 'thị xã' | 'huyện';
  name: string;
  /** New communes/wards of tỉnh Lào Cai that took over (part of) its territory on 01/7/2025 — [M] unverified. */
  successors: string[];
}

const DISTRICTS: District[] = [
  { id: 'yb-tp-yen-bai', kind: 'thành phố', name: 'Yên Bái', successors: ['lc-phuong-yen-bai', 'lc-phuong-van-phu', 'lc-phuong-nam-cuong', 'lc-phuong-au-lau'] },
  { id: 'yb-tx-nghia-lo', kind: 'thị xã', name: 'Nghĩa Lộ', successors: ['lc-phuong-nghia-lo', 'lc-phuong-trung-tam', 'lc-phuong-cau-thia'] },
  { id: 'yb-huyen-luc-yen', kind: 'huyện', name: 'Lục Yên', successors: ['lc-xa-luc-yen'] },
  { id: 'yb-huyen-van-yen', kind: 'huyện', name: 'Văn Yên', successors: ['lc-xa-mau-a', 'lc-xa-dong-cuong', 'lc-xa-xuan-ai'] },
  { id: 'yb-huyen-mu-cang-chai', kind: 'huyện', name: 'Mù Cang Chải', successors: ['lc-xa-mu-cang-chai'] },
  { id: 'yb-huyen-tran-yen', kind: 'huyện', name: 'Trấn Yên', successors: ['lc-xa-tran-yen'] },
  { id: 'yb-huyen-tram-tau', kind: 'huyện', name: 'Trạm Tấu', successors: ['lc-xa-tram-tau'] },
  { id: 'yb-huyen-van-chan', kind: 'huyện', name: 'Văn Chấn', successors: ['lc-xa-van-chan'] },
  { id: 'yb-huyen-yen-binh', kind: 'huyện', name: 'Yên Bình', successors: ['lc-xa-yen-binh'] },
];

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const yenBaiDistricts: UnitRecord[] = DISTRICTS.flatMap((d) => {
  const common = { level: 'district' as const, place: d.name, validTo: PROVINCE_MERGER };
  return [
    unit({
      ...common,
      id: d.id,
      name: `Ủy ban nhân dân ${d.kind} ${d.name}`,
      shortName: `UBND ${d.kind} ${d.name}`,
      type: 'ubnd_huyen',
      parentId: 'yb-ubnd',
      otherNames: [`${capitalise(d.kind)} ${d.name}`],
    }),
    unit({ ...common, id: `${d.id}-hdph`, name: `Hội đồng phối hợp phổ biến, giáo dục pháp luật ${d.kind} ${d.name}`, type: 'hoi_dong', parentId: d.id }),
    // [M] unverified: district phòng were reorganised in 03/2025 (Phòng VH-TT took science tasks); not modelled, kept to 01/7/2025
    unit({ ...common, id: `${d.id}-phong-vhtt`, name: `Phòng Văn hóa và Thông tin ${d.kind} ${d.name}`, type: 'khac', parentId: d.id, otherNames: ['Phòng Văn hóa và Thông tin'] }),
  ];
});

// A few communes of huyện Văn Yên (before 01/7/2025), for realism.
const commune = (id: string, kind: 'xã' | 'thị trấn' | 'phường', name: string, parentId: string, extra: Partial<UnitRecord>) =>
  unit({ id, name: `Ủy ban nhân dân ${kind} ${name}`, shortName: `UBND ${kind} ${name}`, type: 'ubnd_xa', level: 'commune', parentId, otherNames: [`${capitalise(kind)} ${name}`], place: name, ...extra });

const vanYenCommunes: UnitRecord[] = [
  commune('yb-tt-mau-a', 'thị trấn', 'Mậu A', 'yb-huyen-van-yen', { validTo: PROVINCE_MERGER }),
  commune('yb-xa-dong-cuong', 'xã', 'Đông Cuông', 'yb-huyen-van-yen', { validTo: PROVINCE_MERGER }),
  commune('yb-xa-an-thinh', 'xã', 'An Thịnh', 'yb-huyen-van-yen', { validTo: PROVINCE_MERGER }),
  commune('yb-xa-xuan-ai', 'xã', 'Xuân Ái', 'yb-huyen-van-yen', { validTo: PROVINCE_MERGER }),
];

// ── New tỉnh Lào Cai (from 01/7/2025) ─────────────────────────────────────────────────────────────────────────
const laoCaiProvince: UnitRecord[] = [
  lc({ id: 'lc-ubnd', name: 'Ủy ban nhân dân tỉnh Lào Cai', shortName: 'UBND tỉnh Lào Cai', type: 'ubnd_tinh', parentId: null, abbreviations: ['UBND tỉnh'] }),
  lc({ id: 'lc-hdnd', name: 'Hội đồng nhân dân tỉnh Lào Cai', shortName: 'HĐND tỉnh Lào Cai', type: 'hdnd_tinh', parentId: null, abbreviations: ['HĐND tỉnh'] }),
  lc({ id: 'lc-tinh-uy', name: 'Tỉnh ủy Lào Cai', type: 'dang', parentId: null }),
  lc({ id: 'lc-vp-tinh-uy', name: 'Văn phòng Tỉnh ủy Lào Cai', shortName: 'Văn phòng Tỉnh ủy', type: 'dang', parentId: 'lc-tinh-uy', abbreviations: ['VP Tỉnh ủy'] }),
  lc({ id: 'lc-ban-tgdv', name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy Lào Cai', shortName: 'Ban Tuyên giáo và Dân vận Tỉnh ủy', type: 'dang', parentId: 'lc-tinh-uy', abbreviations: ['Ban TG&DV Tỉnh ủy'] }),
  lc({ id: 'lc-vp-ubnd', name: 'Văn phòng Ủy ban nhân dân tỉnh Lào Cai', shortName: 'Văn phòng UBND tỉnh', type: 'van_phong', abbreviations: ['VP UBND tỉnh'] }),
  so('lc', 'tc', 'Sở Tài chính', ['STC']),
  so('lc', 'xd', 'Sở Xây dựng', ['SXD']),
  so('lc', 'nnmt', 'Sở Nông nghiệp và Môi trường', ['Sở NN&MT']),
  so('lc', 'khcn', 'Sở Khoa học và Công nghệ', ['Sở KH&CN', 'SKHCN']),
  so('lc', 'vhttdl', 'Sở Văn hóa, Thể thao và Du lịch', ['Sở VHTTDL', 'SVHTTDL']),
  so('lc', 'nv', 'Sở Nội vụ', ['SNV']),
  so('lc', 'tp', 'Sở Tư pháp', ['STP']),
  so('lc', 'yt', 'Sở Y tế', ['SYT']),
  so('lc', 'gddt', 'Sở Giáo dục và Đào tạo', ['Sở GD&ĐT', 'SGDĐT']),
  so('lc', 'ct', 'Sở Công Thương', ['SCT']),
  so('lc', 'dttg', 'Sở Dân tộc và Tôn giáo', ['Sở DT&TG']),
  lc({ id: 'lc-thanh-tra', name: 'Thanh tra tỉnh Lào Cai', shortName: 'Thanh tra tỉnh', type: 'thanh_tra' }),
  // [M] unverified: the Yên Bái industrial-zone board went into the Lào Cai economic-zone board (name)
  lc({ id: 'lc-bql-kkt', name: 'Ban Quản lý Khu kinh tế tỉnh Lào Cai', shortName: 'Ban Quản lý Khu kinh tế', type: 'ban', abbreviations: ['BQL KKT tỉnh'] }),
  lc({ id: 'lc-ca', name: 'Công an tỉnh Lào Cai', shortName: 'Công an tỉnh', type: 'cong_an', parentId: 'bo-ca' }),
  lc({ id: 'lc-bao-ptth', name: 'Báo và Phát thanh, Truyền hình Lào Cai', type: 'bao_chi', parentId: 'lc-tinh-uy', abbreviations: ['Báo và PT-TH Lào Cai'] }),
  // [M] unverified: the new province keeps a Trung tâm Điều hành thông minh under Sở KH&CN
  lc({ id: 'lc-ttdhtm', name: 'Trung tâm Điều hành thông minh tỉnh Lào Cai', shortName: 'Trung tâm Điều hành thông minh tỉnh', type: 'trung_tam', parentId: 'lc-so-khcn', abbreviations: ['Trung tâm ĐHTM tỉnh'] }),
  // [M] unverified: the council and the journalists' association were merged on 01/7/2025 like the departments
  lc({ id: 'lc-hdph', name: 'Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh Lào Cai', shortName: 'Hội đồng phối hợp PBGDPL tỉnh', type: 'hoi_dong', abbreviations: ['HĐPH PBGDPL tỉnh'] }),
  lc({ id: 'lc-hnb', name: 'Hội Nhà báo tỉnh Lào Cai', shortName: 'Hội Nhà báo tỉnh', type: 'khac', parentId: null }),
  lc({ id: 'lc-mttq', name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lào Cai', shortName: 'Ủy ban MTTQ Việt Nam tỉnh', type: 'doan_the', parentId: null, abbreviations: ['Ủy ban MTTQ tỉnh', 'MTTQ tỉnh'] }),
  // [M] unverified: from 2025 the political-social organisations sit under the Ủy ban MTTQ (hence parentId)
  lc({ id: 'lc-tinh-doan', name: 'Tỉnh đoàn Lào Cai', shortName: 'Tỉnh đoàn', type: 'doan_the', parentId: 'lc-mttq', otherNames: ['Tỉnh đoàn', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Lào Cai'] }),
  lc({ id: 'lc-hlhpn', name: 'Hội Liên hiệp Phụ nữ tỉnh Lào Cai', shortName: 'Hội Liên hiệp Phụ nữ tỉnh', type: 'doan_the', parentId: 'lc-mttq', abbreviations: ['Hội LHPN tỉnh'] }),
  lc({ id: 'lc-hnd', name: 'Hội Nông dân tỉnh Lào Cai', shortName: 'Hội Nông dân tỉnh', type: 'doan_the', parentId: 'lc-mttq' }),
];

// [M] unverified: names of the new communes/wards and which old units went into each (DOMAIN.md HC-02: 99 in total;
// only those on former Yên Bái district seats are modelled).
const NEW_COMMUNES: Array<[string, 'xã' | 'phường', string]> = [
  ['lc-phuong-yen-bai', 'phường', 'Yên Bái'],
  ['lc-phuong-van-phu', 'phường', 'Văn Phú'],
  ['lc-phuong-nam-cuong', 'phường', 'Nam Cường'],
  ['lc-phuong-au-lau', 'phường', 'Âu Lâu'],
  ['lc-phuong-nghia-lo', 'phường', 'Nghĩa Lộ'],
  ['lc-phuong-trung-tam', 'phường', 'Trung Tâm'],
  ['lc-phuong-cau-thia', 'phường', 'Cầu Thia'],
  ['lc-xa-mu-cang-chai', 'xã', 'Mù Cang Chải'],
  ['lc-xa-tram-tau', 'xã', 'Trạm Tấu'],
  ['lc-xa-mau-a', 'xã', 'Mậu A'],
  ['lc-xa-dong-cuong', 'xã', 'Đông Cuông'],
  ['lc-xa-xuan-ai', 'xã', 'Xuân Ái'],
  ['lc-xa-luc-yen', 'xã', 'Lục Yên'],
  ['lc-xa-tran-yen', 'xã', 'Trấn Yên'],
  ['lc-xa-van-chan', 'xã', 'Văn Chấn'],
  ['lc-xa-yen-binh', 'xã', 'Yên Bình'],
];
const laoCaiCommunes = NEW_COMMUNES.map(([id, kind, name]) => commune(id, kind, name, 'lc-ubnd', { validFrom: PROVINCE_MERGER }));

// ── Successions ───────────────────────────────────────────────────────────────────────────────────────────────
const ministryReform: SuccessionRecord[] = [
  succ('bo-tttt', 'bo-khcn', 'merge', DEPT_REFORM, REF_MINISTRIES, 'Bưu chính, viễn thông, CNTT, chuyển đổi số về Bộ KH&CN'),
  succ('bo-tttt', 'bo-vhttdl', 'transfer', DEPT_REFORM, REF_MINISTRIES, 'Báo chí, xuất bản, thông tin cơ sở về Bộ VHTTDL [M]'),
  succ('bo-tttt', 'bo-ca', 'transfer', DEPT_REFORM, REF_MINISTRIES, 'An toàn thông tin về Bộ Công an [M]'),
];

const departmentReform: SuccessionRecord[] = [
  succ('yb-so-khdt', 'yb-so-tc', 'merge', DEPT_REFORM, REF_DEPTS),
  succ('yb-so-gtvt', 'yb-so-xd', 'merge', DEPT_REFORM, REF_DEPTS),
  succ('yb-so-tnmt', 'yb-so-nnmt', 'merge', DEPT_REFORM, REF_DEPTS),
  succ('yb-so-nnptnt', 'yb-so-nnmt', 'merge', DEPT_REFORM, REF_DEPTS),
  succ('yb-so-tttt', 'yb-so-khcn', 'merge', DEPT_REFORM, REF_DEPTS, 'Bưu chính, viễn thông, CNTT, chuyển đổi số về Sở KH&CN'),
  succ('yb-so-tttt', 'yb-so-vhttdl', 'transfer', DEPT_REFORM, REF_DEPTS, 'Báo chí, xuất bản, thông tin cơ sở về Sở VHTTDL [M]'),
  succ('yb-so-ldtbxh', 'yb-so-nv', 'merge', DEPT_REFORM, REF_DEPTS),
  succ('yb-so-ldtbxh', 'yb-so-gddt', 'transfer', DEPT_REFORM, REF_DEPTS, 'Giáo dục nghề nghiệp [M]'),
  succ('yb-so-ldtbxh', 'yb-so-yt', 'transfer', DEPT_REFORM, REF_DEPTS, 'Bảo trợ xã hội, trẻ em, phòng chống tệ nạn xã hội [M]'),
  succ('yb-so-ldtbxh', 'yb-so-nnmt', 'transfer', DEPT_REFORM, REF_DEPTS, 'Giảm nghèo [M]'),
  succ('yb-ban-dan-toc', 'yb-so-dttg', 'merge', DEPT_REFORM, REF_DEPTS),
  succ('yb-so-nv', 'yb-so-dttg', 'transfer', DEPT_REFORM, REF_DEPTS, 'Tín ngưỡng, tôn giáo (Ban Tôn giáo) [M]'),
  succ('yb-ttdhtm', 'yb-ttdhtm-khcn', 'transfer', DEPT_REFORM, REF_DEPTS, 'Chuyển về Sở KH&CN cùng lĩnh vực CNTT [M]'),
  succ('yb-ban-tg', 'yb-ban-tgdv', 'merge', DEPT_REFORM, null, 'Quyết định của Tỉnh ủy Yên Bái, 02/2025 [M]'),
  succ('yb-ban-dv', 'yb-ban-tgdv', 'merge', DEPT_REFORM, null, 'Quyết định của Tỉnh ủy Yên Bái, 02/2025 [M]'),
  succ('yb-bao', 'yb-bao-ptth', 'merge', DEPT_REFORM, null, 'Sắp xếp cơ quan báo chí địa phương [M]'),
  succ('yb-dai', 'yb-bao-ptth', 'merge', DEPT_REFORM, null, 'Sắp xếp cơ quan báo chí địa phương [M]'),
];

/** Yên Bái unit → its counterpart of the new tỉnh Lào Cai (each merged with the former Lào Cai unit). */
const PROVINCE_COUNTERPARTS: Array<[string, string]> = [
  ['yb-ubnd', 'lc-ubnd'], ['yb-hdnd', 'lc-hdnd'], ['yb-tinh-uy', 'lc-tinh-uy'], ['yb-vp-tinh-uy', 'lc-vp-tinh-uy'],
  ['yb-ban-tgdv', 'lc-ban-tgdv'], ['yb-vp-ubnd', 'lc-vp-ubnd'], ['yb-so-tc', 'lc-so-tc'], ['yb-so-xd', 'lc-so-xd'],
  ['yb-so-nnmt', 'lc-so-nnmt'], ['yb-so-khcn', 'lc-so-khcn'], ['yb-so-vhttdl', 'lc-so-vhttdl'], ['yb-so-nv', 'lc-so-nv'],
  ['yb-so-tp', 'lc-so-tp'], ['yb-so-yt', 'lc-so-yt'], ['yb-so-gddt', 'lc-so-gddt'], ['yb-so-ct', 'lc-so-ct'],
  ['yb-so-dttg', 'lc-so-dttg'], ['yb-thanh-tra', 'lc-thanh-tra'], ['yb-bql-kcn', 'lc-bql-kkt'], ['yb-ca', 'lc-ca'],
  ['yb-bao-ptth', 'lc-bao-ptth'], ['yb-ttdhtm-khcn', 'lc-ttdhtm'], ['yb-hdph', 'lc-hdph'], ['yb-hnb', 'lc-hnb'],
  ['yb-mttq', 'lc-mttq'], ['yb-tinh-doan', 'lc-tinh-doan'], ['yb-hlhpn', 'lc-hlhpn'], ['yb-hnd', 'lc-hnd'],
];
const provinceMerger = PROVINCE_COUNTERPARTS.map(([from, to]) => succ(from, to, 'merge', PROVINCE_MERGER, REF_PROVINCE, 'Hợp nhất với đơn vị tương ứng của tỉnh Lào Cai (cũ)'));

const districtAbolition: SuccessionRecord[] = DISTRICTS.flatMap((d) => [
  succ(d.id, null, 'abolish', PROVINCE_MERGER, REF_TWO_LEVEL, 'Kết thúc hoạt động cấp huyện'),
  ...d.successors.map((to) => succ(d.id, to, 'transfer', PROVINCE_MERGER, REF_COMMUNES, 'Địa bàn và nhiệm vụ cấp huyện chuyển về cấp xã/tỉnh [M]')),
  succ(`${d.id}-hdph`, null, 'abolish', PROVINCE_MERGER, REF_TWO_LEVEL, null),
  succ(`${d.id}-phong-vhtt`, null, 'abolish', PROVINCE_MERGER, REF_TWO_LEVEL, 'Nhiệm vụ chuyển về Phòng Văn hóa - Xã hội cấp xã [M]'),
]);

const communeMerger: SuccessionRecord[] = [
  succ('yb-tt-mau-a', 'lc-xa-mau-a', 'merge', PROVINCE_MERGER, REF_COMMUNES),
  succ('yb-xa-an-thinh', 'lc-xa-mau-a', 'merge', PROVINCE_MERGER, REF_COMMUNES, '[M] unverified'),
  succ('yb-xa-dong-cuong', 'lc-xa-dong-cuong', 'merge', PROVINCE_MERGER, REF_COMMUNES),
  succ('yb-xa-xuan-ai', 'lc-xa-xuan-ai', 'merge', PROVINCE_MERGER, REF_COMMUNES),
];

// ── Groups (phrases used in plans for sets of units) ──────────────────────────────────────────────────────────
const SO_BAN_NGANH = ['so', 'ban', 'van_phong', 'thanh_tra'] as const;

const groups: GroupRecord[] = [
  {
    id: 'g-so-ban-nganh',
    name: 'Các sở, ban, ngành',
    aliases: ['các sở, ban, ngành', 'các sở, ngành', 'các sở, ban, ngành cấp tỉnh', 'các sở, ban, ngành tỉnh'],
    rule: { types: [...SO_BAN_NGANH], levels: ['province'] },
    validFrom: LONG_AGO,
    validTo: null,
  },
  {
    // KH 14 II.2 writes the provincial and district legal-education councils as one phrase.
    id: 'g-hdph-tinh-huyen',
    name: 'Hội đồng phối hợp phổ biến, giáo dục pháp luật cấp tỉnh, cấp huyện',
    aliases: ['Hội đồng phối hợp PBGDPL cấp tỉnh, cấp huyện', 'Hội đồng phối hợp phổ biến, giáo dục pháp luật các cấp'],
    rule: { types: ['hoi_dong'], levels: ['province', 'district'] },
    validFrom: LONG_AGO,
    validTo: PROVINCE_MERGER,
  },
  {
    id: 'g-ubnd-huyen',
    name: 'UBND các huyện, thị xã, thành phố',
    aliases: ['Ủy ban nhân dân các huyện, thị xã, thành phố', 'các huyện, thị xã, thành phố', 'UBND cấp huyện'],
    rule: { types: ['ubnd_huyen'], levels: ['district'] },
    validFrom: LONG_AGO,
    validTo: PROVINCE_MERGER,
  },
  {
    id: 'g-ubnd-xa',
    name: 'UBND các xã, phường',
    aliases: ['Ủy ban nhân dân các xã, phường', 'các xã, phường', 'UBND cấp xã'],
    rule: { types: ['ubnd_xa'], levels: ['commune'] },
    validFrom: PROVINCE_MERGER,
    validTo: null,
  },
  {
    id: 'g-bao-chi',
    name: 'Các cơ quan báo chí',
    aliases: [
      'Các cơ quan truyền thông, báo chí',
      'các cơ quan thông tin, báo chí',
      'các cơ quan báo chí, truyền thông',
      'các cơ quan báo chí, truyền thông của tỉnh',
      'các cơ quan báo chí địa phương',
    ],
    rule: { types: ['bao_chi'], levels: ['province'] },
    validFrom: LONG_AGO,
    validTo: null,
  },
  // "địa phương" means the district level before 01/7/2025 and the commune level after: two records, one name.
  {
    id: 'g-so-nganh-dia-phuong-huyen',
    name: 'Các sở, ngành, địa phương',
    aliases: ['các sở, ban, ngành, địa phương', 'các sở, ngành và địa phương', 'các sở, ban, ngành và địa phương'],
    rule: { types: [...SO_BAN_NGANH, 'ubnd_huyen'], levels: ['province', 'district'] },
    validFrom: LONG_AGO,
    validTo: PROVINCE_MERGER,
  },
  {
    id: 'g-so-nganh-dia-phuong-xa',
    name: 'Các sở, ngành, địa phương',
    aliases: ['các sở, ban, ngành, địa phương', 'các sở, ngành và địa phương', 'các sở, ban, ngành và địa phương'],
    rule: { types: [...SO_BAN_NGANH, 'ubnd_xa'], levels: ['province', 'commune'] },
    validFrom: PROVINCE_MERGER,
    validTo: null,
  },
  {
    id: 'g-doan-the',
    name: 'Các đoàn thể tỉnh',
    aliases: ['đoàn thể tỉnh', 'các tổ chức chính trị - xã hội tỉnh'],
    rule: { types: ['doan_the'], levels: ['province'] },
    validFrom: LONG_AGO,
    validTo: null,
  },
  {
    id: 'g-hdph-huyen',
    name: 'Hội đồng phối hợp phổ biến, giáo dục pháp luật cấp huyện',
    aliases: ['HĐPH PBGDPL cấp huyện'],
    rule: { types: ['hoi_dong'], levels: ['district'] },
    validFrom: LONG_AGO,
    validTo: PROVINCE_MERGER,
  },
];

export const demoOrg: OrgSnapshot = {
  units: [...central, ...yenBaiProvince, ...yenBaiDistricts, ...vanYenCommunes, ...laoCaiProvince, ...laoCaiCommunes],
  groups,
  aliases: [],
  successions: [...ministryReform, ...departmentReform, ...provinceMerger, ...districtAbolition, ...communeMerger],
};
