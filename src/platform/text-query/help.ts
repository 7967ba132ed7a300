/**
 * The query syntax explained for officers (Vietnamese), so the office can show it next to the query field; each
 * example is checked by the tests to parse.
 */
export const QUERY_SYNTAX_HELP: readonly { example: string; meaning: string }[] = [
  { example: 'Yên Bái', meaning: 'Các từ cách nhau bằng dấu cách: tin phải có tất cả các từ (không phân biệt hoa thường, có dấu hay không dấu, "hoà" hay "hòa").' },
  { example: '"sạt lở đất"', meaning: 'Cụm từ trong ngoặc kép: các từ đứng liền nhau, đúng thứ tự, trong cùng một câu.' },
  { example: 'lũ VÀ "Lào Cai"', meaning: 'VÀ (hoặc AND): tin phải có cả hai. Toán tử phải viết HOA: "và" viết thường được tìm như một từ bình thường.' },
  { example: 'lũ HOẶC "sạt lở"', meaning: 'HOẶC (hoặc OR): tin có một trong hai là đủ. VÀ được xét trước HOẶC.' },
  { example: 'lũ KHÔNG "diễn tập"', meaning: 'KHÔNG (hoặc NOT, hoặc dấu trừ: -"diễn tập"): loại các tin có từ đó.' },
  { example: '(lũ HOẶC bão) "Yên Bái"', meaning: 'Dấu ngoặc đơn gom nhóm các điều kiện.' },
  { example: 'lũ NEAR/5 "Yên Bái"', meaning: 'NEAR/n: hai từ (cụm từ) cách nhau không quá n âm tiết, theo thứ tự bất kỳ.' },
  { example: '"hỗ trợ hộ nghèo"~3', meaning: 'Cụm từ kèm ~n: các từ có mặt đủ, thứ tự bất kỳ, trong một đoạn dài hơn cụm từ tối đa n âm tiết.' },
  { example: 'thông*', meaning: 'Dấu * ở cuối: mọi âm tiết bắt đầu bằng "thông" (thông tin, thông báo, thông xe…).' },
];
