/**
 * The one error type of the parser, with a Vietnamese message ready to show to officials.
 */

/** Why a document could not be turned into a plan. */
export type PlanParseErrorCode = 'empty' | 'not-a-plan' | 'unreadable' | 'broken-docx' | 'unsupported-type' | 'encoding' | 'too-complex'
  | 'broken-pdf' | 'encrypted-pdf' | 'scanned-pdf';

const DEFAULT_MESSAGES: Record<PlanParseErrorCode, string> = {
  empty: 'Tệp rỗng: không có nội dung để đọc.',
  'not-a-plan':
    'Nội dung không giống một văn bản hành chính: không thấy số hiệu, quốc hiệu hay tên loại văn bản (ví dụ "KẾ HOẠCH").',
  unreadable: 'Không đọc được tệp: nội dung có vẻ là dữ liệu nhị phân, không phải văn bản.',
  'broken-docx': 'Tệp .docx bị hỏng hoặc không đúng định dạng Word, không mở được.',
  'broken-pdf': 'Tệp PDF bị hỏng hoặc không đúng định dạng PDF, không mở được.',
  'encrypted-pdf': 'Tệp PDF được đặt mật khẩu (mã hóa), hệ thống không mở được. Hãy bỏ mật khẩu hoặc tải lên bản .docx.',
  'scanned-pdf':
    'Tệp PDF là bản quét (ảnh), không có lớp văn bản; hệ thống không nhận dạng chữ (OCR). Hãy tải lên bản .docx hoặc PDF có lớp văn bản.',
  'unsupported-type': 'Định dạng tệp chưa được hỗ trợ: hãy tải lên tệp .docx, .pdf hoặc .txt.',
  'too-complex': 'Tệp quá lớn hoặc quá phức tạp để đọc nên đã bị từ chối để bảo vệ hệ thống.',
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
