/**
 * Vietnamese explanations of fetch failures, shown on a source's health line. No URL, no query string.
 */
import type { FetchFailure } from './types';

const HTTP_LABELS: Record<number, string> = {
  400: 'yêu cầu không hợp lệ',
  401: 'cần đăng nhập',
  403: 'bị từ chối truy cập',
  404: 'không tìm thấy trang',
  408: 'máy chủ hết thời gian chờ',
  429: 'gửi yêu cầu quá dày, máy chủ yêu cầu chờ',
  451: 'bị chặn vì lý do pháp lý',
  500: 'lỗi của máy chủ',
  502: 'cổng trung gian lỗi',
  503: 'máy chủ tạm thời không phục vụ',
  504: 'cổng trung gian hết thời gian chờ',
};

const NETWORK_LABELS: Record<string, string> = {
  ENOTFOUND: 'không tìm thấy tên miền',
  EAI_AGAIN: 'tạm thời không phân giải được tên miền',
  ECONNREFUSED: 'máy chủ từ chối kết nối',
  ECONNRESET: 'kết nối bị ngắt giữa chừng',
  EHOSTUNREACH: 'không tới được máy chủ',
  ENETUNREACH: 'không tới được mạng của máy chủ',
  EPIPE: 'kết nối bị ngắt giữa chừng',
  ERR_TLS_CERT_ALTNAME_INVALID: 'chứng chỉ bảo mật không đúng tên miền',
  CERT_HAS_EXPIRED: 'chứng chỉ bảo mật đã hết hạn',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'chứng chỉ bảo mật tự ký',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'không xác minh được chứng chỉ bảo mật',
  Z_DATA_ERROR: 'dữ liệu nén bị hỏng',
  HPE_INVALID_CONSTANT: 'máy chủ trả lời sai giao thức HTTP',
};

/** The reason line for a failure; `detail` carries the status, the limit or the error code. */
export function failureReason(failure: FetchFailure, detail: { status?: number | null; limit?: number; code?: string } = {}): string {
  switch (failure) {
    case 'timeout':
      return `Quá thời gian chờ (${Math.round((detail.limit ?? 0) / 1000)} giây) khi tải nguồn tin.`;
    case 'too-large':
      return `Nội dung quá lớn (vượt ${formatMb(detail.limit ?? 0)}), đã dừng tải.`;
    case 'redirect-loop':
      return 'Chuyển hướng vòng lặp: địa chỉ chuyển về một địa chỉ đã đi qua.';
    case 'too-many-redirects':
      return `Chuyển hướng quá nhiều lần (hơn ${detail.limit ?? 0} lần).`;
    case 'http': {
      const status = detail.status ?? 0;
      const label = HTTP_LABELS[status] ?? (status >= 500 ? 'lỗi của máy chủ' : 'yêu cầu không được chấp nhận');
      return `Máy chủ trả lời lỗi HTTP ${status} (${label}).`;
    }
    case 'gone':
      return 'Nguồn tin đã bị gỡ bỏ vĩnh viễn (HTTP 410).';
    case 'network': {
      const label = detail.code === undefined ? undefined : NETWORK_LABELS[detail.code];
      return `Không kết nối được tới máy chủ: ${label ?? 'lỗi mạng'}.`;
    }
    case 'robots':
      return 'Trang web không cho phép công cụ tự động tải địa chỉ này (robots.txt).';
    case 'binary':
      return 'Nội dung không phải văn bản (ảnh, tệp nén hoặc tệp nhị phân).';
    case 'forbidden-host':
      return 'Địa chỉ trỏ tới mạng nội bộ hoặc chính máy chủ này, không được phép tải.';
    case 'bad-url':
      return 'Địa chỉ không hợp lệ (chỉ nhận địa chỉ http:// hoặc https://).';
  }
}

function formatMb(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 1 ? `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} kB`;
}
