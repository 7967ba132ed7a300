/**
 * The one error type of the parser, with a Vietnamese message ready to show to officials.
 */

/** Why a document could not be turned into a plan. */
export type PlanParseErrorCode = 'empty' | 'not-a-plan' | 'unreadable' | 'broken-docx' | 'unsupported-type' | 'encoding';

const DEFAULT_MESSAGES: Record<PlanParseErrorCode, string> = {
  empty: 'Tệp rỗng: không có nội dung để đọc.',
  'not-a-plan':
    'Nội dung không giống một văn bản hành chính: không thấy số hiệu, quốc hiệu hay tên loại văn bản (ví dụ "KẾ HOẠCH").',
  unreadable: 'Không đọc được tệp: nội dung có vẻ là dữ liệu nhị phân, không phải văn bản.',
  'broken-docx': 'Tệp .docx bị hỏng hoặc không đúng định dạng Word, không mở được.',
  'unsupported-type': 'Định dạng tệp chưa được hỗ trợ: hãy tải lên tệp .docx hoặc .txt.',
  encoding:
    'Không nhận ra bảng mã của tệp văn bản (đã thử Unicode UTF-8/UTF-16, TCVN3, VNI, Windows-1258). Hãy lưu lại tệp dưới dạng Unicode.',
};

/** Raised by the parser and the document reader; `messageVi` is meant for end users. */
export class PlanParseError extends Error {
  readonly code: PlanParseErrorCode;
  readonly messageVi: string;

  constructor(code: PlanParseErrorCode, messageVi?: string) {
    const vi = messageVi ?? DEFAULT_MESSAGES[code];
    super(`${code}: ${vi}`);
    this.name = 'PlanParseError';
    this.code = code;
    this.messageVi = vi;
  }
}
