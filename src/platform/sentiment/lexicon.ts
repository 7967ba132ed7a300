/**
 * The seed lexicon and rule words, written for this project (no licensed Vietnamese lexicon is usable: see
 * monitoring-anchors §2.5). Domain: news and social posts about a province's administration, policies,
 * infrastructure, disasters, public services, officials, corruption, prices and land. Weights: ±3 strong, ±2 clear,
 * ±1 mild. Phrases are written with accents; matching also works on text typed without them. Words that mostly
 * name a topic ("lũ", "giá điện") carry little or no weight: an article about a flood is not negative by itself,
 * its damage and its relief are.
 */

const STRONG_NEGATIVE = `tham nhũng, tham ô, hối lộ, nhận hối lộ, đưa hối lộ, lừa đảo, chiếm đoạt, bỏ mạng, thiệt mạng, tử vong,
  chết người, thảm họa, thảm hoạ, thảm khốc, tan hoang, vô cảm, bức xúc, phẫn nộ, bất bình, khởi tố, bắt giam, bắt tạm giam,
  vi phạm nghiêm trọng, sai phạm nghiêm trọng, nhũng nhiễu, vòi vĩnh, ăn chặn, tiêu cực, lộng hành, bao che, trục lợi,
  thất thoát, lãng phí nghiêm trọng, cưỡng chế trái phép, mất trắng, kêu cứu, khốn khổ, khổ sở, điêu đứng, lao đao,
  cuốn trôi, vùi lấp, sập đổ, sập, đổ sập, nguy kịch, hoang mang tột độ, tồi tệ, kinh khủng, khủng khiếp, tệ hại, vô trách nhiệm,
  xuống cấp nghiêm trọng, ô nhiễm nghiêm trọng, ngộ độc, thiệt hại nặng nề, trì trệ, đình trệ, bê bối, gian lận, man trá, xuyên tạc,
  bịa đặt, không thể chấp nhận, không chấp nhận được, tin đồn thất thiệt, thất thiệt, thù địch, kích động, sai sự thật, tin giả, lừa, bịp, lật lọng, ức hiếp, đe dọa, đe doạ, hành hung, đánh người, toang, tệ nạn`;

const NEGATIVE = `chậm trễ, chậm tiến độ, chậm chạp, chậm giải quyết, ì ạch, đình trệ, ngập, ngập úng, ngập sâu, ngập lụt, sạt lở, sụt lún, lũ quét,
  lũ ống, thiệt hại, hư hỏng, hư hại, xuống cấp, ổ gà, ổ voi, lầy lội, bụi mù, ô nhiễm, hôi thối, bốc mùi, mất điện, cúp điện, mất nước,
  cắt điện, tắc đường, ùn tắc, kẹt xe, quá tải, thiếu, thiếu thốn, thiếu hụt, khan hiếm, đội giá, tăng vọt, tăng phi mã, leo thang, đắt đỏ,
  đắt, tốn kém, phiền hà, rườm rà, nhiêu khê, hành dân, làm khó, gây khó khăn, khó khăn, vất vả, gian nan, chờ đợi mỏi mòn, đợi mãi,
  trễ hẹn, sai hẹn, lỗi, bị lỗi, quy hoạch treo, dự án treo, bỏ hoang, bỏ hoang hóa, lấn chiếm, xây trái phép, trái phép, vi phạm, sai phạm,
  sai sót, sai quy định, khiếu nại, khiếu kiện, tố cáo, phản đối, bất cập, yếu kém, tồn tại, lỏng lẻo, buông lỏng, né tránh, đùn đẩy,
  thờ ơ, hách dịch, cửa quyền, gây phiền, chê, chỉ trích, phàn nàn, kêu ca, than phiền, lo lắng, lo ngại, bất an, hoang mang, sợ hãi, hoảng loạn,
  nguy hiểm, nguy cơ, rủi ro, đe dọa, mất an toàn, mất an ninh, cô lập, chia cắt, mắc kẹt, sơ tán khẩn cấp, mất mùa, thất thu, thua lỗ,
  phá sản, thất nghiệp, nợ đọng, nợ lương, chưa trả, đền bù thấp, bồi thường thấp, ép giá, không minh bạch, thiếu minh bạch, khuất tất,
  mập mờ, úp mở, trục trặc, hỏng, chập chờn, rớt mạng, nghẽn, sập mạng, độc hại, cháy, hỏa hoạn, tai nạn, thương vong, bị thương, mất tích,
  ngập nặng, kém chất lượng, kém, tệ, dở, chán, thất vọng, bực, bực mình, bực bội, ức chế, khó chịu, mệt mỏi, nản, xàm, phèn,
  nhếch nhác, bẩn, bẩn thỉu, rác thải ngập, tràn lan, lộn xộn, hỗn loạn, mất trật tự, bạo lực, đâm chém, trộm cắp, cướp, buôn lậu,
  hàng giả, kém an toàn, chưa đạt, không đạt, đội vốn, đắp chiếu, chây ì, trốn thuế, nợ thuế, xử phạt, bị phạt, đình chỉ, kỷ luật, cách chức,
  sai trái, bê trễ, trì hoãn, hoãn, tạm dừng, ngừng trệ, dừng thi công, bỏ dở, dang dở, nứt, nứt toác, sụt, lún, vỡ, vỡ đê, tràn đê, hạn hán,
  xâm nhập mặn, rét hại, mưa đá, dịch bệnh, bùng phát, lây lan, quá hạn, trễ hạn, hụt, giảm sút, sụt giảm, suy giảm, đi xuống, tụt, khổ, thiệt thòi,
  oan, oan ức, bất công, thiên vị, phân biệt, làm ngơ, im lặng, không trả lời, không phản hồi, không giải quyết, vô lý, phi lý, khó hiểu,
  nhập nhằng, chồng chéo, lòng vòng, xếp hàng dài, chen lấn, đáng trách, đáng lo, đáng buồn, buồn, xót xa, đau lòng, thương tâm,
  nhức nhối, căng thẳng, bế tắc, ách tắc, không đảm bảo, nghi vấn, khuyết điểm, thiếu sót, sai lầm, yếu, lạc hậu, cũ nát, dột nát,
  tạm bợ, ọp ẹp, xập xệ, hư, xấu, xấu xí, cộc lốc, gắt, gắt gỏng, quát, quát nạt, vòi tiền, ngâm hồ sơ, bị ngâm, mất việc, tan nát,
  hoành hành, hỗn chiến, cày nát, nát, nát bét, hứa suông, loạn, mòn mỏi, trở tay không kịp, bỏ không, chết, cá chết, trầm trọng,
  cắt xén, đục ngầu, mùi lạ, nghiêng, sắp đổ, đau bụng, tồn đọng, đổ bỏ, tranh tre, cuối bảng, gây khó dễ, khó dễ, ế ẩm, chặt chém, thiếu nước sạch, không an toàn, mất vệ sinh, chặt phá, phá rừng, khai thác trái phép, cát tặc, lâm tặc`;

const MILD_NEGATIVE = `chậm, chưa kịp thời, chưa đồng bộ, chưa hiệu quả, còn chậm, còn hạn chế, còn khó khăn, còn thiếu, còn yếu, chưa cao, chưa tốt,
  chưa đáp ứng, hạn chế, thấp, quá thấp, chung chung, hết hạn, chưa ký, gấp đôi, gấp ba, lệch, mỏi, chưa thấy, chưa cập nhật, chưa rõ ràng, chưa thỏa đáng, cảnh báo, băn khoăn, trăn trở, e ngại, ngại, dè dặt, tăng giá, áp lực, gánh nặng,
  chưa hài lòng, thắc mắc, ý kiến trái chiều, tranh cãi, gây tranh cãi, khó, mưa lớn, mưa to, gió giật, rét đậm, nắng nóng, phức tạp,
  diễn biến phức tạp, chưa hoàn thành, chưa xong, chưa có, vẫn chưa, thiếu đồng bộ, đắt hơn, bất tiện, hơi chậm, phải chờ,
  chờ lâu, mất thời gian, tốn thời gian, chật chội, chật, ồn ào, ồn, bụi, nhỏ hẹp, sụt giá, rớt giá, mất giá, nghi ngờ`;

const MILD_POSITIVE = `ổn, ổn định, bình thường trở lại, đảm bảo, bảo đảm, đủ, đầy đủ, kịp thời, đúng hạn, đúng tiến độ, thuận lợi, thuận tiện,
  tiện, tiện lợi, nhanh, nhanh chóng, gọn, gọn gàng, sạch, sạch sẽ, rõ ràng, công khai, minh bạch, hỗ trợ, giúp đỡ, tiếp sức, chia sẻ,
  quan tâm, lắng nghe, tiếp thu, khắc phục, sửa chữa xong, khôi phục, phục hồi, thông xe, thông tuyến, có điện trở lại, cấp nước trở lại,
  tăng trưởng, tăng thu, vượt, vượt kế hoạch, vượt chỉ tiêu, hoàn thành, đạt, đạt chuẩn, khởi công, khánh thành, đưa vào sử dụng,
  nâng cấp, cải thiện, cải tạo, mở rộng, ưu đãi, miễn, miễn phí, giảm phí, giảm giá, hạ giá, ok, oke, được việc, dễ, dễ dàng,
  an toàn, bình yên, yên tâm, tin tưởng, đồng tình, ủng hộ, hưởng ứng, tán thành, đồng thuận, cảm ơn, cám ơn, biết ơn, tạm ổn, khá ổn, kỹ, kỹ lưỡng, dặn dò, giúp, nhờ,
  có kết quả, chấp nhận được, xin lỗi, tiếp cận, theo dõi được, lên kệ`;

const POSITIVE = `tốt, tốt đẹp, hiệu quả, thành công, thắng lợi, tích cực, khởi sắc, đổi mới, đổi thay, phát triển, thịnh vượng, no ấm, ấm no,
  khang trang, sạch đẹp, xanh sạch đẹp, đẹp, văn minh, hiện đại, chuyên nghiệp, tận tình, tận tâm, nhiệt tình, chu đáo, niềm nở, thân thiện,
  tận tụy, có trách nhiệm, gương mẫu, hài lòng, vui mừng, phấn khởi, vui, mừng, hạnh phúc, an tâm, hân hoan, tự hào, xúc động, ấm lòng,
  kịp thời hỗ trợ, cứu trợ, tiếp tế, cứu hộ thành công, giải cứu, cứu sống, an toàn tuyệt đối, thoát nghèo, giảm nghèo, làm giàu,
  nâng cao đời sống, thu nhập cao, được mùa, bội thu, trúng mùa, được giá, thuận buồm xuôi gió, đột phá, nổi bật, điển hình, tiêu biểu,
  khen ngợi, khen thưởng, biểu dương, tuyên dương, ghi nhận, đánh giá cao, hoan nghênh, đáng khen, đáng ghi nhận, đáng mừng, xứng đáng,
  thiết thực, ý nghĩa, hữu ích, bổ ích, hợp lý, hợp lòng dân, thấu đáo, thỏa đáng, công bằng, nghiêm minh, liêm chính, trong sạch, xử lý nghiêm,
  thông thoáng, cởi mở, đơn giản hóa, cắt giảm thủ tục, rút ngắn, nhanh gọn, trực tuyến thuận tiện, không phải đi lại, khỏi phải, sáng tạo, suôn sẻ, trơn tru, dứt điểm, giải quyết dứt điểm, thoải mái, ấm áp, đáng quý,
  rất quý, chu toàn, có tâm, trong lành, triệt phá, kín phòng, hút khách, kỷ lục, đứng đầu, dẫn đầu, vươn lên, về đích, khấm khá, sướng,
  đón nhận, đoạt giải, giải nhất, thay đổi diện mạo, đổi mới diện mạo, trả lại, khỏi xếp hàng, yên tâm sản xuất, an cư,
  ấn tượng, hấp dẫn, thu hút, sôi động, nhộn nhịp, tấp nập, đông vui, xịn, xịn sò, đỉnh, tuyệt, ngon, mượt, êm, thơm, thích, yêu,
  vững chắc, kiên cố, bền vững, kiên cố hóa, đoàn kết, chung sức, đồng lòng, chung tay, nghĩa tình, tương thân tương ái, lá lành đùm lá rách`;

const STRONG_POSITIVE = `tuyệt vời, xuất sắc, rất tốt, tuyệt hảo, hoàn hảo, vượt bậc, kỳ tích, vẻ vang, rực rỡ, vô cùng biết ơn, biết ơn sâu sắc,
  cảm động, đổi đời, mát lòng mát dạ, hết sức hài lòng, rất hài lòng, trên cả tuyệt vời, quá đỉnh, đỉnh cao, số một, thành tựu, thành quả`;

/**
 * Phrases that name a topic or a routine act and must not score as the words inside them ("phòng chống tham
 * nhũng" is not corruption, "lịch cắt điện" is a notice): weight 0, they only stop the shorter matches.
 */
const NEUTRAL = `phòng chống tham nhũng, phòng, chống tham nhũng, phòng chống thiên tai, phòng chống lũ, ứng phó, hoàn cảnh khó khăn,
  lịch cắt điện, lịch tạm ngừng cấp điện, tạm ngừng cấp điện, hạn chế tốc độ, cảnh báo thủ đoạn, nguy cơ sạt lở, điểm có nguy cơ, không khí, không gian, không quân, thiếu nhi, thiếu niên, thiếu tá, thiếu tướng,
  yêu cầu, thích ứng, tốt nghiệp, vui lòng, phương tiện, chữa cháy, phòng cháy, chậm nhất, tiền tệ, đỉnh núi, đỉnh đèo, đỉnh dốc,
  tuyệt đối, cao điểm`;

/** The seed lexicon: phrase (as written, with accents) → weight. */
export function seedLexicon(): Record<string, number> {
  const out: Record<string, number> = {};
  const groups: [string, number][] = [
    [MILD_NEGATIVE, -1],
    [NEGATIVE, -2],
    [STRONG_NEGATIVE, -3],
    [MILD_POSITIVE, 1],
    [POSITIVE, 2],
    [STRONG_POSITIVE, 3],
    [NEUTRAL, 0],
  ];
  // later groups win on a phrase listed twice: the stronger entry is the deliberate one
  for (const [list, weight] of groups) {
    for (const raw of list.split(',')) {
      const phrase = raw.trim().replace(/\s+/g, ' ');
      if (phrase) out[phrase] = weight;
    }
  }
  return out;
}

/**
 * Single syllables typed without accents that still mean one thing (tot = tốt, dep = đẹp); any other unaccented
 * single syllable is ignored by the lexicon in a text typed without accents ("ban" may be ban, bạn, bán or bẩn).
 */
export const LOOSE_SINGLES = new Set(['tot', 'dep', 'vui', 'thich', 'ngon', 'on', 'buc', 'muot', 'ok', 'xau', 'ngap', 'nat', 'tuyet']);

/** Words that flip what follows (within NEGATION_WINDOW syllables, same clause). Longer forms first. */
export const NEGATORS = ['không hề', 'chẳng hề', 'chưa hề', 'chưa từng', 'không phải', 'chẳng phải', 'đâu có', 'không còn', 'chẳng còn', 'không', 'chẳng', 'chưa', 'chả', 'chớ', 'đừng', 'không được'];

/** Intensifiers written before the word they modify, with their factor. */
export const INTENSIFIERS_BEFORE: Record<string, number> = {
  'rất': 1.5, 'quá': 1.5, 'cực kỳ': 1.8, 'cực kì': 1.8, 'vô cùng': 1.8, 'hết sức': 1.6, 'cực': 1.6, 'siêu': 1.6, 'thật sự': 1.3, 'thực sự': 1.3,
  'vô cùng là': 1.8, 'đặc biệt': 1.4, 'quá là': 1.6, 'thật là': 1.3, 'càng': 1.2, 'càng ngày càng': 1.4, 'ngày càng': 1.3, 'hơi': 0.6, 'khá': 0.8,
  'tương đối': 0.8, 'có phần': 0.7, 'hơi bị': 1.3, 'khá là': 0.8, 'nhất là': 1.2,
};

/** Intensifiers written after the word ("đẹp quá", "tốt lắm", "chán vl"), with their factor. */
export const INTENSIFIERS_AFTER: Record<string, number> = { 'lắm': 1.4, 'quá': 1.4, 'quá trời': 1.6, 'ghê': 1.3, 'vl': 1.6, 'vãi': 1.6, 'cực': 1.5, 'nhất': 1.5, 'thật': 1.2, 'hẳn': 1.2 };

/** Words that open a clause weighing more than what came before it. */
export const CONTRAST = ['nhưng', 'nhưng mà', 'tuy nhiên', 'song', 'thế nhưng', 'mà lại', 'có điều', 'ngặt nỗi', 'trái lại', 'tuy vậy'];

/** Words that open a concessive clause ("mặc dù …, …"): that clause weighs less. */
export const CONCESSIVE = ['mặc dù', 'dù', 'tuy', 'dẫu', 'dẫu cho', 'cho dù', 'dù cho', 'tuy rằng'];

/** Hedges and reported speech: the text is less sure of itself. */
export const HEDGES = ['có thể', 'có lẽ', 'dường như', 'hình như', 'nghe nói', 'nghe đồn', 'được cho là', 'chưa rõ', 'chưa xác định', 'chưa được kiểm chứng', 'nghi', 'liệu', 'không biết có'];

/** Question words (besides "?"). */
export const QUESTION_WORDS = ['tại sao', 'vì sao', 'sao lại', 'bao giờ', 'khi nào', 'có phải', 'phải chăng', 'liệu', 'thế nào', 'ra sao', 'hay không', 'à', 'hả', 'không ạ'];

/**
 * Teen code and chat spellings (a whole token as typed, lowercased) → the standard form. Forms that are also common
 * words or other abbreviations (v, r, j, hong = hồng, hem = hẻm, dk = điều kiện/đăng ký) are left out.
 */
export const TEEN_CODE: Record<string, string> = {
  ko: 'không', k: 'không', kg: 'không', kh: 'không', khg: 'không', hok: 'không', khum: 'không', hk: 'không', kô: 'không',
  dc: 'được', đc: 'được', đx: 'được', chx: 'chưa', cx: 'cũng', cg: 'cũng', vs: 'với', mn: 'mọi người', mng: 'mọi người',
  ng: 'người', ngta: 'người ta', bh: 'bao giờ', bjo: 'bao giờ', trc: 'trước', ntn: 'như thế nào', thik: 'thích', iu: 'yêu',
  wa: 'quá', qa: 'quá', wá: 'quá', qá: 'quá', lun: 'luôn', ms: 'mới', tks: 'cảm ơn', thanks: 'cảm ơn', thank: 'cảm ơn', camon: 'cảm ơn',
  oke: 'ok', okie: 'ok', okla: 'ok', bik: 'biết', bít: 'biết', hix: 'buồn', huhu: 'buồn', hic: 'buồn', vcl: 'vl', vkl: 'vl', vđ: 'vấn đề',
};
