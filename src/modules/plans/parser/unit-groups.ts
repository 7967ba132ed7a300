/**
 * Data for splitting unit lists: group phrases whose commas do not separate units, and the
 * words that open a unit name. Matching is accent- and case-insensitive; an optional leading
 * "các" is allowed before every phrase, so entries are written without it.
 */

/** Group phrases kept whole when a unit list is split on "," and ";". */
export const PROTECTED_UNIT_PHRASES: readonly string[] = [
  // Collective names of provincial bodies.
  'sở, ban, ngành, đoàn thể',
  'sở, ban, ngành, địa phương',
  'sở, ban, ngành, đơn vị',
  'sở, ban, ngành cấp tỉnh',
  'sở, ban, ngành',
  'sở, ngành, địa phương',
  'sở, ngành',
  'ban, ngành, đoàn thể',
  'ban, ngành',
  'cơ quan, đơn vị, địa phương',
  'cơ quan, tổ chức, đơn vị',
  'cơ quan, đơn vị',
  'cơ quan, tổ chức',
  'đơn vị, địa phương',
  'tổ chức, cá nhân',
  'cán bộ, công chức, viên chức',
  // Local governments.
  'UBND các huyện, thị xã, thành phố',
  'Ủy ban nhân dân các huyện, thị xã, thành phố',
  'UBND các huyện, thành phố',
  'Ủy ban nhân dân các huyện, thành phố',
  'UBND các xã, phường, thị trấn',
  'Ủy ban nhân dân các xã, phường, thị trấn',
  'UBND các xã, phường, đặc khu',
  'Ủy ban nhân dân các xã, phường, đặc khu',
  'UBND các xã, phường',
  'Ủy ban nhân dân các xã, phường',
  'huyện, thị xã, thành phố',
  'huyện, thành phố',
  'xã, phường, thị trấn',
  'xã, phường, đặc khu',
  'xã, thị trấn',
  'xã, phường',
  'thôn, bản, tổ dân phố',
  'thôn, tổ dân phố',
  'thôn, bản',
  'cấp tỉnh, cấp huyện, cấp xã',
  'cấp tỉnh, cấp huyện',
  'cấp huyện, cấp xã',
  'tỉnh, huyện, xã',
  // Councils and the media.
  'Hội đồng phối hợp phổ biến, giáo dục pháp luật cấp tỉnh, cấp huyện',
  'phổ biến, giáo dục pháp luật',
  'cơ quan truyền thông, báo chí',
  'cơ quan thông tin, báo chí',
  'cơ quan báo chí, truyền thông',
  'cơ quan báo chí, phát thanh, truyền hình',
  'phát thanh, truyền hình',
  // The Fatherland Front together with its member organisations is one addressee.
  'Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội',
  'Ủy ban MTTQ Việt Nam huyện và các tổ chức chính trị - xã hội',
  'Ủy ban MTTQ Việt Nam các cấp và các tổ chức chính trị - xã hội',
  'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội',
  'Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội',
  'Mặt trận Tổ quốc và các tổ chức chính trị - xã hội',
  'MTTQ và các tổ chức chính trị - xã hội',
  // Official names that contain a comma.
  'Văn hóa, Thể thao và Du lịch',
  'Văn hóa, Thông tin, Thể thao và Du lịch',
  'Văn hóa, Thông tin và Thể thao',
  'Văn hóa, Khoa học và Thông tin',
  'Văn hóa, Thể thao',
  'Lao động, Thương binh và Xã hội',
];

/** Words opening a unit name in any case ("các cơ quan", "UBND các huyện"). */
export const UNIT_STARTS_ANY_CASE: readonly string[] = [
  'các', 'cơ quan', 'đơn vị', 'UBND', 'ủy ban', 'HĐND',
];

/** Words opening a unit name only when capitalised ("Báo Yên Bái", but not "báo cáo"). */
export const UNIT_STARTS_CAPITALISED: readonly string[] = [
  'Sở', 'Ban', 'Văn phòng', 'Công an', 'Báo', 'Đài', 'Hội', 'Hội đồng', 'Trung tâm', 'Tỉnh đoàn', 'Huyện đoàn',
  'Thành đoàn', 'Đoàn', 'Bộ', 'Cục', 'Chi cục', 'Phòng', 'Viện', 'Trường', 'Bệnh viện', 'Liên đoàn', 'Mặt trận',
  'MTTQ', 'Kho bạc', 'Ngân hàng', 'Thanh tra', 'Tòa án', 'Bảo hiểm xã hội', 'Bưu điện', 'Ban Chỉ huy', 'Bộ Chỉ huy',
  'Đảng ủy', 'Tỉnh ủy', 'Huyện ủy', 'Thành ủy', 'Cổng', 'Liên minh', 'Hiệp hội', 'Quỹ', 'Chi nhánh', 'Cảnh sát',
  'Bộ đội', 'Đồn', 'Hạt', 'Chủ tịch', 'Giám đốc', 'Thủ trưởng', 'Người đứng đầu', 'Tạp chí', 'Thông tấn xã', 'Công ty',
  'Tổng công ty', 'Viễn thông', 'Học viện',
];
