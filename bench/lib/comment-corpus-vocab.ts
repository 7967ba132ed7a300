/**
 * Vocabulary of the generated comment corpus (bench/lib/comment-corpus.ts): phrases a citizen, a business or a
 * commune officer would write about a provincial draft decree, by topic. Fictional; no real person or case.
 * "(a|b|c)" is a choice made afresh at each use and {SLOT} a slot filled by the generator, so two independent
 * comments rarely share long runs of words even when they pick the same phrase.
 */

export const ROLES = [
  'giáo viên (tiểu học|mầm non|trung học cơ sở)', 'nông dân trồng (chè|lúa|quế|ngô|sắn)', 'chủ hộ kinh doanh (tạp hóa|ăn uống|vật liệu xây dựng)',
  'cán bộ (xã|huyện|thôn) đã nghỉ hưu', 'kỹ sư (xây dựng|thủy lợi|điện)', '(bác sĩ|y sĩ|điều dưỡng) (trạm y tế xã|bệnh viện huyện)',
  'sinh viên năm (nhất|hai|ba|cuối)', 'luật sư', 'chủ doanh nghiệp (vận tải|chế biến gỗ|may mặc)', 'kế toán hợp tác xã', 'trưởng (thôn|bản|tổ dân phố)',
  'công nhân (khu công nghiệp|nhà máy xi măng|mỏ đá)', 'tiểu thương chợ (huyện|xã|trung tâm)', 'cựu chiến binh', 'phụ huynh (học sinh|có con nhỏ)',
  'chủ trang trại (chăn nuôi lợn|nuôi gà|nuôi cá)', 'thợ (xây|mộc|điện) tự do', 'người làm nghề (xe ôm|lái xe|bốc vác)', 'cán bộ địa chính',
  'hiệu trưởng trường (mầm non|tiểu học)', 'chủ nhà trọ', 'dược sĩ', 'nhân viên (ngân hàng|bưu điện)', 'hướng dẫn viên du lịch', 'bí thư chi bộ',
];

export const PLACE_KINDS = ['xã', 'thị trấn', 'phường', 'thôn', 'bản', 'tổ dân phố'];
export const PLACE_NAMES = [
  'Tân Thịnh', 'Minh Xuân', 'Âu Lâu', 'Nghĩa Lộ', 'Cẩm Nhân', 'Đại Phác', 'Mậu A', 'Hưng Khánh', 'Việt Thành', 'Yên Hợp',
  'Tú Lệ', 'Púng Luông', 'Khánh Hòa', 'Phúc Lợi', 'Lâm Thượng', 'Hồng Ca', 'Sơn Thịnh', 'Nậm Búng', 'Báo Đáp', 'Đông Cuông',
  'Mường Lai', 'An Thịnh', 'Cát Thịnh', 'Lục Yên', 'Trấn Yên', 'Văn Chấn', 'Bảo Ái', 'Xuân Ái', 'Thủy Tiên', 'Hòa Cuông',
  'Nà Hẩu', 'Kim Nọi', 'Cao Phạ', 'Chế Tạo', 'Lao Chải', 'Phù Nham', 'Sơn Lương', 'Gia Hội', 'Tân Hương', 'Động Quan',
];

export const BODIES = [
  'Ban soạn thảo', 'Sở Tài chính', 'Sở Nông nghiệp và Môi trường', 'Sở Giáo dục và Đào tạo', 'Ủy ban nhân dân tỉnh',
  'Hội đồng nhân dân tỉnh', 'Sở Xây dựng', 'Sở Tư pháp', 'Sở Y tế', 'cơ quan chủ trì soạn thảo', 'Sở Nội vụ', 'Sở Công Thương',
  'các cơ quan chức năng', 'lãnh đạo tỉnh', 'đại biểu Hội đồng nhân dân', 'Ủy ban nhân dân (huyện|xã)',
];

export const GROUPS = [
  '(đồng bào|bà con) dân tộc thiểu số', 'người cao tuổi (sống một mình|không nơi nương tựa)', 'hộ nghèo và hộ cận nghèo', 'học sinh (vùng cao|bán trú|nội trú)',
  'doanh nghiệp (nhỏ và vừa|siêu nhỏ|mới thành lập)', 'người lao động (tự do|thời vụ)', 'phụ nữ đơn thân nuôi con nhỏ', 'người khuyết tật', 'hộ kinh doanh cá thể',
  '(người dân|bà con) (vùng sâu vùng xa|vùng đặc biệt khó khăn)', 'gia đình (chính sách|có công với cách mạng)', 'sinh viên mới ra trường', 'nông dân trồng lúa',
  'công nhân thuê trọ', 'hợp tác xã nông nghiệp', 'người bị ảnh hưởng bởi thiên tai', 'thanh niên lập nghiệp', 'người mắc bệnh hiểm nghèo',
];

export const DIFFICULTIES = [
  'phải đi lại (hàng chục|mấy chục|gần năm mươi) cây số mới đến được trụ sở', 'không có điều kiện sử dụng dịch vụ công trực tuyến',
  'thường xuyên (gặp khó khăn|lúng túng|vất vả) khi chuẩn bị giấy tờ', 'chưa được (phổ biến|tuyên truyền|hướng dẫn) đầy đủ về quy định mới',
  'không đủ tiền để nộp một lần', 'mất (nhiều|hàng chục) ngày công lao động chỉ để làm thủ tục', 'không biết chữ hoặc không thạo tiếng phổ thông',
  'đã phải vay (nợ|ngân hàng chính sách) để lo chi phí sinh hoạt', 'không có máy tính và mạng internet ổn định', 'ở xa trung tâm, đường sá (lầy lội|sạt lở) vào mùa mưa',
  'chịu ảnh hưởng nặng nề của (đợt lũ quét|cơn bão số 3|đợt rét đậm) vừa qua', 'phải nhờ người viết hộ đơn từ', 'không có người thân đi làm thay',
  'sống chủ yếu bằng (nghề rừng|làm thuê|trồng trọt) nên thu nhập bấp bênh', 'chưa từng được cán bộ đến tận nơi giải thích',
];

export const EVAL_SUBJECTS = [
  'Quy định này', 'Mức (thu|phí) như vậy', 'Theo (tôi|ý kiến cá nhân tôi), nội dung này', 'Cách quy định như dự thảo', 'Điều khoản (trên|này)',
  'Phương án mà dự thảo (đưa ra|đề xuất)', 'Việc áp dụng quy định này', 'Tôi (thấy|cho rằng) quy định đó', 'Nội dung (sửa đổi|bổ sung) này', 'Đề xuất của cơ quan soạn thảo',
];
export const EVALS = [
  'chưa (phù hợp|sát) với thực tế (địa phương|ở cơ sở)', 'còn quá cao so với thu nhập (bình quân|thực tế) của người dân', 'gây (khó khăn|phiền hà|trở ngại) không cần thiết cho (người dân|bà con)',
  'chưa rõ ràng, dễ dẫn đến (cách hiểu|cách áp dụng) khác nhau', 'về cơ bản là hợp lý nhưng cần (có hướng dẫn cụ thể|quy định chi tiết hơn)', 'chưa thống nhất với (luật|văn bản) hiện hành',
  'sẽ làm tăng chi phí (tuân thủ|sản xuất) cho doanh nghiệp', 'khó (khả thi|thực hiện) ở vùng sâu vùng xa', 'có thể tạo kẽ hở cho (tiêu cực|nhũng nhiễu)', 'chưa bảo đảm quyền lợi (chính đáng|hợp pháp) của người dân',
  'là cần thiết và tôi (hoàn toàn|rất) đồng tình', 'chưa tính đến (tình hình trượt giá|biến động giá cả) những năm gần đây', 'đi ngược lại chủ trương cải cách hành chính',
  'có phần (cứng nhắc|máy móc|thiếu linh hoạt)', 'sẽ khiến nhiều người (ngại|sợ|không muốn) làm thủ tục',
];
export const CONNECTORS = ['vì', 'bởi vì', 'do', 'trong khi', 'bởi lẽ', 'nhất là khi', 'trong bối cảnh'];

export const CHANNELS = ['cổng dịch vụ công (quốc gia|của tỉnh)', 'bưu điện', 'ứng dụng (điện thoại|VNeID)', 'bộ phận một cửa cấp xã', 'thư điện tử', 'tổng đài hỗ trợ', 'Zalo của ủy ban xã'];
export const CLOSINGS = [
  'Xin (trân trọng|chân thành) cảm ơn.', 'Rất mong (Ban soạn thảo|cơ quan soạn thảo) xem xét, tiếp thu.', 'Kính mong các cơ quan có thẩm quyền (quan tâm|sớm) giải quyết.',
  'Tôi sẵn sàng cung cấp thêm (thông tin|tài liệu) nếu cần.', 'Mong chính sách sớm được ban hành và đi vào cuộc sống.', 'Đề nghị công khai kết quả tiếp thu trên cổng thông tin của tỉnh.',
  'Trên đây là ý kiến (của cá nhân tôi|của gia đình tôi|của bà con trong thôn).', 'Chúc Ban soạn thảo sức khỏe và thành công.', 'Xin cảm ơn và mong nhận được phản hồi.',
];
export const STORY_OPENERS = ['Ví dụ như', 'Thực tế là', 'Chẳng hạn,', 'Bản thân tôi thấy', 'Như trường hợp', 'Tôi xin dẫn một ví dụ:', 'Ở chỗ tôi,', 'Năm (ngoái|vừa rồi|trước),'];

/** Words put in by an editor: interjections, hedges and intensifiers. */
export const FILLERS = [
  'theo tôi', 'thực sự', 'rất', 'hiện nay', 'cần phải', 'nói chung', 'ở địa phương tôi', 'thật ra', 'rõ ràng là', 'trên thực tế',
  'một lần nữa', 'tha thiết', 'kính mong', 'xin nhấn mạnh', 'đặc biệt', 'nhất là', 'hoàn toàn', 'có lẽ', 'đúng là', 'cũng',
];

/** Stand-ins for a substituted word. */
export const SUBSTITUTES = [
  'việc', 'quy định', 'người', 'dân', 'mức', 'phí', 'thời', 'gian', 'thủ', 'tục', 'hồ', 'sơ', 'đất', 'trường', 'học', 'xã',
  'huyện', 'tỉnh', 'cần', 'nên', 'phải', 'rất', 'khó', 'cao', 'thấp', 'nhiều', 'ít', 'bà', 'con', 'chúng', 'tôi', 'gia', 'đình',
  'các', 'những', 'này', 'đó', 'được', 'bị', 'cho', 'với', 'và', 'hoặc', 'nhưng', 'vì', 'nên', 'để', 'thì', 'là', 'có', 'không',
];

/** One topic of the draft: what its articles say and what commenters argue and ask for. */
export interface Topic {
  doc: string[];
  rules: string[];
  reasons: string[];
  actions: string[];
  stories: string[];
}

export const TOPICS: Topic[] = [
  {
    doc: ['quy định mức thu lệ phí cấp giấy phép xây dựng', 'nghị quyết về phí thẩm định hồ sơ cấp phép', 'quy định về lệ phí đăng ký hộ tịch', 'quy định phí sử dụng hạ tầng cửa khẩu'],
    rules: ['mức thu lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ là {AMOUNT} đồng (mỗi|một) giấy phép', 'phí thẩm định hồ sơ được tính theo diện tích sàn xây dựng', 'lệ phí cấp bản sao trích lục hộ tịch là {AMOUNT} đồng mỗi bản', 'mức thu được điều chỉnh hằng năm theo chỉ số giá tiêu dùng', 'phí sử dụng hạ tầng đối với xe tải trên {N} tấn là {AMOUNT} đồng mỗi lượt'],
    reasons: ['mức thu mới tăng gấp {N} lần so với mức đang áp dụng', 'thu nhập của {GROUP} chỉ khoảng {N} triệu đồng mỗi tháng', 'các tỉnh (lân cận|miền núi phía Bắc) chỉ thu khoảng {AMOUNT} đồng', 'người dân đã phải trả nhiều khoản (chi phí|tiền) khác khi xây nhà', 'tiền phí thu được chưa được công khai (sử dụng vào việc gì|minh bạch)', 'một giấy phép nhỏ mà phải đóng tới {AMOUNT} đồng là bất hợp lý'],
    actions: ['giảm mức thu xuống còn {AMOUNT} đồng', 'miễn lệ phí cho {GROUP}', 'giữ nguyên mức thu hiện hành đến hết năm {YEAR}', 'công khai cách tính mức thu tại trụ sở ủy ban (xã|phường)', 'thu theo lộ trình tăng dần trong {N} năm', 'cho phép nộp phí qua {CHANNEL}', 'bỏ khoản phí thẩm định đối với nhà ở dưới {N} mét vuông'],
    stories: ['gia đình tôi vừa xin phép sửa lại căn nhà cấp bốn đã xuống cấp', '(hàng xóm|anh trai) của tôi phải bán một con (bò|trâu) để nộp đủ các khoản phí', 'tôi đã mất (ba|bốn) buổi sáng để hỏi về mức phí phải nộp', 'ông chú tôi làm lại giấy khai sinh cho cháu mà tốn gần {AMOUNT} đồng'],
  },
  {
    doc: ['quyết định quy định thời hạn giải quyết thủ tục hành chính', 'quy chế tiếp nhận và trả kết quả hồ sơ theo cơ chế một cửa', 'quy định về dịch vụ công trực tuyến toàn trình'],
    rules: ['thời hạn giải quyết hồ sơ là {N} ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', 'trường hợp hồ sơ chưa đầy đủ thì cơ quan tiếp nhận hướng dẫn trong thời hạn {N} ngày', 'kết quả được trả trực tiếp tại bộ phận một cửa cấp huyện', 'quá thời hạn mà chưa có kết quả thì cơ quan giải quyết phải có văn bản xin lỗi', 'hồ sơ nộp trực tuyến phải kèm bản scan có chứng thực'],
    reasons: ['nhiều hồ sơ đã bị trả lại đến lần thứ {N} mà không rõ lý do', 'thời hạn {N} ngày là quá dài so với (yêu cầu|mong đợi) của người dân', 'người dân không được thông báo khi hồ sơ bị chậm', '{GROUP} {DIFFICULTY}', 'việc chứng thực bản scan lại bắt người dân phải đến trụ sở', 'cán bộ một cửa (thường xuyên|hay) vắng mặt trong giờ hành chính'],
    actions: ['rút ngắn thời hạn xuống còn {N} ngày làm việc', 'cho phép nhận kết quả qua {CHANNEL}', 'quy định trách nhiệm cụ thể của cán bộ để hồ sơ quá hạn', 'gửi tin nhắn thông báo tiến độ giải quyết hồ sơ', 'hướng dẫn một lần, đầy đủ các giấy tờ cần bổ sung', 'bỏ yêu cầu chứng thực đối với bản scan', 'tiếp nhận hồ sơ cả vào sáng thứ Bảy'],
    stories: ['hồ sơ của gia đình tôi đã nộp từ tháng {MONTH} nhưng đến nay vẫn chưa có kết quả', 'tôi phải đi lại {N} lần chỉ để bổ sung một tờ giấy xác nhận', 'cán bộ một cửa hẹn ngày trả kết quả nhưng đến hẹn lại khất', 'mẹ tôi đã ngoài {N} tuổi vẫn phải tự mang hồ sơ lên huyện'],
  },
  {
    doc: ['quy định về bồi thường, hỗ trợ và tái định cư khi nhà nước thu hồi đất', 'quyết định ban hành bảng giá đất giai đoạn {YEARS}', 'quy định hạn mức giao đất ở tại nông thôn'],
    rules: ['giá đất ở nông thôn được xác định theo vị trí và khoảng cách đến trục đường chính', 'hộ gia đình bị thu hồi trên {N} phần trăm diện tích đất nông nghiệp được hỗ trợ chuyển đổi nghề', 'hạn mức giao đất ở tại nông thôn không quá {N} mét vuông mỗi hộ', 'tiền bồi thường được chi trả trong thời hạn {N} ngày kể từ ngày có quyết định thu hồi', 'đất vườn liền kề được bồi thường bằng {N} phần trăm giá đất ở'],
    reasons: ['giá bồi thường thấp hơn nhiều so với giá chuyển nhượng thực tế trên thị trường', 'nhiều hộ mất đất sản xuất nhưng chưa được hỗ trợ học nghề', 'khu tái định cư chưa có (đường điện|nước sạch|trường học)', 'hạn mức {N} mét vuông không đủ cho gia đình nhiều thế hệ ở nông thôn', 'việc đo đạc lại diện tích có nhiều sai sót', 'người dân không được tham gia ý kiến vào phương án bồi thường'],
    actions: ['điều chỉnh giá đất bồi thường sát với giá thị trường', 'hoàn thiện hạ tầng khu tái định cư trước khi thu hồi đất', 'tổ chức đối thoại với {GROUP} trước khi phê duyệt phương án', 'nâng hạn mức giao đất ở lên {N} mét vuông', 'bổ sung hỗ trợ tiền thuê nhà trong thời gian chờ tái định cư', 'đo đạc lại diện tích với sự có mặt của các hộ liền kề', 'niêm yết công khai phương án bồi thường ít nhất {N} ngày'],
    stories: ['gia đình tôi bị thu hồi gần hết diện tích ruộng để làm đường cao tốc', 'thửa đất của ông bà tôi để lại chưa được cấp giấy chứng nhận quyền sử dụng đất', 'nhà tôi ở khu tái định cư đã {N} năm mà vẫn phải dùng nước giếng', 'diện tích trong sổ đỏ của nhà tôi ít hơn thực tế gần {N} mét vuông'],
  },
  {
    doc: ['nghị quyết quy định mức học phí năm học {YEARS}', 'quy định về các khoản thu dịch vụ trong trường học', 'đề án sắp xếp mạng lưới trường lớp'],
    rules: ['mức học phí đối với trường trung học cơ sở ở vùng nông thôn là {AMOUNT} đồng mỗi tháng', 'các khoản thu thỏa thuận phải được ban đại diện cha mẹ học sinh thống nhất', 'điểm trường có dưới {N} học sinh được sáp nhập vào trường chính', 'học sinh bán trú được hỗ trợ tiền ăn theo quy định', 'mỗi lớp học không quá {N} học sinh'],
    reasons: ['nhiều gia đình có từ {N} con trở lên đang đi học', 'sáp nhập điểm trường khiến {GROUP} phải đi học xa nhà', 'các khoản thu ngoài học phí đang ngày càng nhiều', 'chất lượng bữa ăn bán trú chưa bảo đảm', 'sĩ số {N} học sinh một lớp là quá đông so với phòng học hiện có', 'giáo viên ở điểm trường lẻ phải dạy ghép nhiều lớp'],
    actions: ['miễn học phí cho {GROUP}', 'giữ lại các điểm trường lẻ ở thôn bản xa trung tâm', 'quy định rõ danh mục các khoản thu được phép', 'tăng mức hỗ trợ tiền ăn bán trú lên {AMOUNT} đồng mỗi ngày', 'công khai các khoản thu ngay từ đầu năm học', 'bố trí xe đưa đón học sinh ở các thôn xa', 'tuyển thêm giáo viên cho các trường vùng cao'],
    stories: ['con tôi học lớp {N} phải đi bộ hơn một giờ mới đến trường', 'đầu năm học gia đình tôi phải nộp tới {N} khoản khác nhau', 'cô giáo của cháu phải dạy ghép hai lớp trong một phòng', 'bữa trưa bán trú của các cháu có hôm chỉ có rau và canh'],
  },
  {
    doc: ['quy định về quản lý chất thải rắn sinh hoạt', 'kế hoạch bảo vệ môi trường lưu vực sông', 'quy định giá dịch vụ thu gom rác thải'],
    rules: ['giá dịch vụ thu gom rác thải sinh hoạt là {AMOUNT} đồng mỗi hộ mỗi tháng', 'hộ gia đình phải phân loại rác tại nguồn thành {N} loại', 'cơ sở chăn nuôi phải cách khu dân cư tối thiểu {N} mét', 'việc xả thải ra sông suối bị xử phạt theo quy định', 'rác thải phải được để đúng giờ tại điểm tập kết'],
    reasons: ['xe thu gom rác chỉ đến thôn {N} lần mỗi tuần', 'người dân chưa được hướng dẫn cách phân loại rác', 'nhiều cơ sở chăn nuôi đã hoạt động từ trước khi có quy định', 'nước sông đã ô nhiễm nặng do các cơ sở sản xuất đầu nguồn', 'điểm tập kết rác nằm sát khu dân cư và trường học', 'các thôn vùng cao chưa có dịch vụ thu gom rác'],
    actions: ['hỗ trợ thùng phân loại rác miễn phí cho các hộ', 'tăng tần suất thu gom rác lên {N} lần mỗi tuần', 'cho các cơ sở chăn nuôi hiện có thời gian chuyển đổi {N} năm', 'công khai kết quả quan trắc chất lượng nước hằng tháng', 'xử lý nghiêm các cơ sở xả thải trái phép', 'di dời điểm tập kết rác ra xa khu dân cư', 'hỗ trợ xây hầm biogas cho các hộ chăn nuôi nhỏ'],
    stories: ['bãi rác tạm ở đầu thôn tôi bốc mùi suốt mùa hè', 'con suối chảy qua bản tôi đã không còn tôm cá như trước', 'gia đình tôi nuôi {N} con lợn và đã xây hầm biogas', 'xe rác đi qua ngõ nhà tôi lúc nửa đêm làm cả xóm mất ngủ'],
  },
  {
    doc: ['quy định về hỗ trợ phát triển sản xuất nông nghiệp', 'chính sách khuyến khích hợp tác xã', 'đề án phát triển vùng chè chất lượng cao'],
    rules: ['hộ trồng mới chè được hỗ trợ {AMOUNT} đồng mỗi héc ta', 'hợp tác xã phải có tối thiểu {N} thành viên mới được hỗ trợ', 'kinh phí hỗ trợ được cấp sau khi nghiệm thu', 'giống cây trồng phải có nguồn gốc từ cơ sở được công nhận', 'diện tích tối thiểu được hỗ trợ là {N} héc ta liền vùng'],
    reasons: ['chi phí giống và phân bón đã tăng gần {N} lần', 'nông dân phải tự bỏ vốn trước khi được nghiệm thu', 'điều kiện {N} thành viên là quá cao với các thôn nhỏ', 'đầu ra cho sản phẩm vẫn còn bấp bênh', 'ruộng đất ở miền núi manh mún, khó có diện tích liền vùng', 'giống cây được công nhận thường đắt và khó mua'],
    actions: ['tạm ứng {N} phần trăm kinh phí hỗ trợ ngay khi triển khai', 'giảm điều kiện số thành viên của hợp tác xã', 'hỗ trợ xây dựng thương hiệu và kết nối tiêu thụ sản phẩm', 'mở rộng đối tượng hỗ trợ cho {GROUP}', 'đơn giản hóa thủ tục nghiệm thu', 'cho phép cộng gộp diện tích của nhiều hộ liền kề', 'cấp giống trực tiếp thay vì hỗ trợ bằng tiền'],
    stories: ['vườn chè của gia đình tôi đã hơn hai mươi năm tuổi cần trồng lại', 'năm ngoái giá quế xuống thấp, nhiều hộ phải bán non', 'hợp tác xã của chúng tôi chỉ có {N} thành viên', 'nhà tôi phải vay {N} triệu đồng để mua giống chè mới'],
  },
  {
    doc: ['quy định về khám chữa bệnh bảo hiểm y tế tại tuyến xã', 'kế hoạch sắp xếp trạm y tế xã', 'quy định hỗ trợ mua thẻ bảo hiểm y tế'],
    rules: ['người tham gia bảo hiểm y tế hộ gia đình được hỗ trợ {N} phần trăm mức đóng', 'trạm y tế xã có dưới {N} lượt khám mỗi ngày được sáp nhập với trạm liền kề', 'thuốc thiết yếu tại trạm y tế được cấp theo danh mục của tỉnh', 'người bệnh chuyển tuyến phải có giấy chuyển viện trong vòng {N} ngày'],
    reasons: ['trạm y tế thôn tôi thường xuyên thiếu (thuốc|bác sĩ) điều trị bệnh mãn tính', 'mức đóng bảo hiểm tăng liên tục trong khi thu nhập không tăng', 'đường lên bệnh viện huyện dài {N} cây số, nhiều đoạn đèo dốc', 'nhiều người già không biết thủ tục chuyển tuyến', 'sáp nhập trạm y tế khiến phụ nữ mang thai phải đi khám xa'],
    actions: ['tăng mức hỗ trợ mua thẻ bảo hiểm y tế cho {GROUP}', 'giữ lại trạm y tế ở các xã có địa bàn rộng', 'bổ sung thuốc điều trị huyết áp và tiểu đường cho tuyến xã', 'cho phép khám định kỳ không cần giấy chuyển tuyến', 'tổ chức khám bệnh lưu động hằng tháng ở các thôn xa'],
    stories: ['bố tôi bị tai biến phải nằm viện huyện {N} ngày mà bảo hiểm chỉ trả một phần', 'vợ tôi sinh con ở trạm y tế xã vì không kịp xuống huyện', 'mỗi tháng mẹ tôi phải đi hơn {N} cây số để lấy thuốc huyết áp'],
  },
  {
    doc: ['quy định về quản lý, sử dụng đường giao thông nông thôn', 'đề án bảo trì đường huyện và đường xã', 'quy định tải trọng xe trên đường giao thông nông thôn'],
    rules: ['xe có tổng tải trọng trên {N} tấn không được lưu thông trên đường xã', 'người dân đóng góp {N} phần trăm kinh phí làm đường bê tông', 'đường giao thông nông thôn phải có mặt cắt tối thiểu {N} mét', 'ủy ban xã chịu trách nhiệm bảo trì đường thôn'],
    reasons: ['xe chở (gỗ|quặng|vật liệu) quá tải làm hỏng đường chỉ sau vài tháng', 'nhiều hộ nghèo không có khả năng đóng góp tiền làm đường', 'con đường vào thôn tôi bị sạt lở từ mùa mưa năm ngoái vẫn chưa sửa', 'mặt cắt {N} mét buộc nhiều hộ phải hiến đất mà không được hỗ trợ', 'xã không có kinh phí để bảo trì thường xuyên'],
    actions: ['lắp biển hạn chế tải trọng và xử phạt nghiêm xe quá tải', 'miễn đóng góp làm đường cho {GROUP}', 'hỗ trợ xi măng để bà con tự làm đường', 'bố trí kinh phí sửa đoạn đường sạt lở trước mùa mưa', 'hỗ trợ các hộ hiến đất làm đường'],
    stories: ['xe cứu thương không vào được thôn tôi khi trời mưa', 'nhà tôi đã hiến {N} mét vuông đất vườn để mở rộng đường', 'các cháu học sinh phải lội bùn đến trường suốt mùa mưa'],
  },
  {
    doc: ['quy định về thuế khoán đối với hộ kinh doanh', 'quy định chuyển đổi hộ kinh doanh lên doanh nghiệp', 'chính sách hỗ trợ hộ kinh doanh dùng hóa đơn điện tử'],
    rules: ['hộ kinh doanh có doanh thu trên {N} trăm triệu đồng mỗi năm phải dùng hóa đơn điện tử', 'mức thuế khoán được ấn định lại sau mỗi {N} năm', 'hộ kinh doanh chuyển lên doanh nghiệp được miễn thuế thu nhập trong {N} năm', 'hộ kinh doanh phải kê khai doanh thu hằng quý'],
    reasons: ['nhiều hộ bán hàng nhỏ lẻ không quen dùng máy tính', 'chi phí phần mềm hóa đơn điện tử khoảng {AMOUNT} đồng mỗi năm', 'doanh thu thực tế của các quầy hàng ở chợ xã rất thấp', 'cán bộ thuế ấn định mức khoán chưa sát thực tế', 'thủ tục chuyển đổi lên doanh nghiệp quá phức tạp'],
    actions: ['nâng ngưỡng doanh thu phải dùng hóa đơn điện tử lên {N} trăm triệu đồng', 'hỗ trợ miễn phí phần mềm hóa đơn trong năm đầu', 'tổ chức tập huấn kê khai thuế tại chợ xã', 'cho phép kê khai theo năm thay vì theo quý', 'công khai mức thuế khoán của từng hộ tại trụ sở xã'],
    stories: ['quầy tạp hóa của gia đình tôi mỗi tháng chỉ lãi khoảng {N} triệu đồng', 'tôi đã phải nhờ con cháu cài đặt phần mềm hóa đơn mấy lần', 'cửa hàng bên cạnh nhà tôi phải đóng cửa vì không kham nổi chi phí'],
  },
  {
    doc: ['quy định về phát triển du lịch cộng đồng', 'quy định quản lý homestay và nhà nghỉ ở nông thôn', 'chính sách hỗ trợ phát triển du lịch gắn với bản sắc dân tộc'],
    rules: ['hộ làm homestay phải có tối thiểu {N} phòng đạt tiêu chuẩn', 'hộ kinh doanh du lịch cộng đồng được hỗ trợ {AMOUNT} đồng để cải tạo nhà vệ sinh', 'thôn bản du lịch phải có quy ước giữ gìn cảnh quan', 'hướng dẫn viên tại điểm phải có chứng chỉ nghiệp vụ'],
    reasons: ['nhiều nhà sàn truyền thống không thể cải tạo theo tiêu chuẩn mới', 'bà con không có vốn để đầu tư phòng nghỉ', 'khách du lịch chủ yếu đến vào mùa lúa chín', 'việc học lấy chứng chỉ phải lên tận tỉnh rất tốn kém', 'rác thải từ khách du lịch đang làm ô nhiễm suối'],
    actions: ['điều chỉnh tiêu chuẩn phù hợp với nhà sàn truyền thống', 'cho vay vốn ưu đãi để làm homestay', 'mở lớp bồi dưỡng hướng dẫn viên ngay tại huyện', 'hỗ trợ quảng bá điểm du lịch cộng đồng trên mạng', 'quy định khách du lịch nộp phí vệ sinh môi trường'],
    stories: ['gia đình tôi có ngôi nhà sàn hơn {N} năm tuổi muốn đón khách', 'mùa lúa chín năm ngoái bản tôi đón hàng nghìn lượt khách', 'con gái tôi học hướng dẫn viên phải thuê trọ ở tỉnh {N} tháng'],
  },
];

/**
 * Words and phrases people vary when they write in their own words; applied to every generated text (a campaign's
 * template is varied once, its members then copy and edit it).
 */
export const SYNONYMS: string[][] = [
  ['người dân', 'bà con', 'cư dân', 'người dân địa phương'],
  ['đề nghị', 'kiến nghị', 'đề xuất', 'yêu cầu'],
  ['quy định', 'điều khoản', 'nội dung quy định'],
  ['cần', 'nên', 'cần phải', 'phải'],
  ['rất', 'hết sức', 'vô cùng', 'khá'],
  ['khó khăn', 'vất vả', 'trở ngại', 'khó'],
  ['gia đình tôi', 'nhà tôi', 'gia đình chúng tôi'],
  ['hiện nay', 'bây giờ', 'hiện tại', 'lúc này'],
  ['nhiều', 'rất nhiều', 'không ít', 'khá nhiều'],
  ['hỗ trợ', 'giúp đỡ', 'trợ giúp'],
  ['xem xét', 'cân nhắc', 'nghiên cứu'],
  ['công khai', 'niêm yết', 'thông báo rộng rãi'],
  ['thu nhập', 'thu nhập hằng tháng', 'đồng lương'],
  ['bảo đảm', 'đảm bảo'],
  ['thủ tục', 'giấy tờ', 'thủ tục giấy tờ'],
  ['chi phí', 'tiền', 'kinh phí', 'khoản chi'],
  ['dự thảo', 'dự thảo văn bản', 'bản dự thảo'],
  ['cán bộ', 'công chức', 'người làm công vụ'],
  ['vùng sâu vùng xa', 'vùng khó khăn', 'miền núi', 'vùng cao'],
  ['phù hợp', 'hợp lý', 'thỏa đáng'],
  ['thực tế', 'thực tiễn', 'đời sống'],
  ['giải quyết', 'xử lý', 'xem xét giải quyết'],
  ['đồng tình', 'ủng hộ', 'nhất trí'],
  ['sớm', 'nhanh chóng', 'kịp thời'],
  ['bổ sung', 'thêm', 'đưa thêm'],
  ['quá cao', 'cao quá', 'khá cao', 'rất cao'],
  ['chưa', 'vẫn chưa', 'còn chưa'],
  ['cơ quan soạn thảo', 'ban soạn thảo', 'đơn vị soạn thảo'],
  ['trên thực tế', 'thực tế là', 'trong thực tế'],
];

/** Sentences about the writer's own situation: places and figures that make each independent comment its own. */
export const CONTEXTS = [
  'Nhà tôi cách trụ sở (xã|huyện) khoảng {N} cây số (đường núi|đường đất|đường đèo).',
  '(Thôn|Bản|Xóm) tôi có khoảng {N}0 hộ, phần lớn là {GROUP}.',
  'Tôi đã (sống|làm ăn|công tác) ở {PLACE} được {N} năm.',
  'Gia đình tôi có {N} (người|khẩu), sống chủ yếu bằng (nghề nông|trồng rừng|buôn bán nhỏ|làm thuê).',
  'Năm {YEAR} (xã|thôn) tôi (được công nhận nông thôn mới|bị lũ quét|mới có điện lưới|làm xong đường bê tông).',
  'Ở {PLACE} hiện (có|chỉ có) {N} (cán bộ một cửa|trường học|trạm y tế|chợ phiên).',
];
