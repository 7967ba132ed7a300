/**
 * The error raised when an uploaded draft cannot be read or holds no articles.
 */

/** Why a file could not be turned into a draft document. */
export type DraftParseErrorCode = 'empty' | 'no-articles' | 'unreadable' | 'broken-docx' | 'unsupported-type' | 'encoding';

const DEFAULT_MESSAGES: Record<DraftParseErrorCode, string> = {
  empty: 'Tệp rỗng: không có nội dung để đọc.',
  'no-articles':
    'Không tìm thấy Điều nào trong văn bản: dự thảo văn bản quy phạm pháp luật phải có các Điều (ví dụ "Điều 1. Phạm vi điều chỉnh").',
  unreadable: 'Không đọc được tệp: nội dung có vẻ là dữ liệu nhị phân, không phải văn bản.',
  'broken-docx': 'Tệp .docx bị hỏng hoặc không đúng định dạng Word, không mở được.',
  'unsupported-type': 'Định dạng tệp chưa được hỗ trợ: hãy tải lên tệp .docx hoặc .txt.',
  encoding: 'Không nhận ra bảng mã của tệp văn bản. Hãy lưu lại tệp dưới dạng Unicode.',
};

/** Raised by `parseDraftFile`; `messageVi` is meant for end users. */
export class DraftParseError extends Error {
  readonly code: DraftParseErrorCode;
  readonly messageVi: string;

  constructor(code: DraftParseErrorCode, messageVi?: string) {
    const vi = messageVi ?? DEFAULT_MESSAGES[code];
    super(`${code}: ${vi}`);
    this.name = 'DraftParseError';
    this.code = code;
    this.messageVi = vi;
  }
}
