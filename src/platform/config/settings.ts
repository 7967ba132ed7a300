import { isIP } from 'node:net';
import { METRICS_SETTINGS } from '../metrics/config';
import { CHANNEL_SETTINGS } from '../channels/config';

/**
 * Every environment variable the platform reads, with its rule in Vietnamese: the start refuses a value that breaks
 * one (naming the variable and the rule, all problems at once), and `npm run cli -- doctor` prints the table with
 * the values in effect. A module that reads a variable reads one listed here (src/platform/config/settings.test.ts
 * checks the source for any other).
 */
export interface Setting {
  name: string;
  /** What the variable is for, for the doctor and the operator's runbook. */
  purpose: string;
  /** The rule a value must keep, as the refusal states it. */
  rule: string;
  /** What the platform uses when the variable is unset or empty, in words. */
  fallback: string;
  isSecret?: boolean;
  /** The reason (without the name) when `value` breaks the rule; null when it keeps it. */
  problem?: (value: string, env: NodeJS.ProcessEnv) => string | null;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const isIntIn = (value: string, min: number, max: number) => /^\d+$/.test(value) && Number(value) >= min && Number(value) <= max;
const isProduction = (env: NodeJS.ProcessEnv) => env.NODE_ENV === 'production';
const isHostName = (value: string) => isIP(value) !== 0 || /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i.test(value);
const isBool = (value: string) => value === 'true' || value === 'false';

export const SETTINGS: readonly Setting[] = [
  {
    name: 'NODE_ENV', purpose: 'Môi trường chạy', rule: 'production, development hoặc test', fallback: 'development',
    problem: (v) => (['production', 'development', 'test'].includes(v) ? null : 'dùng production, development hoặc test.'),
  },
  {
    name: 'DATABASE_URL', purpose: 'Cơ sở dữ liệu', rule: 'postgres://người-dùng:mật-khẩu@máy:cổng/csdl, file:./thư-mục (PGlite nhúng) hoặc memory:', fallback: 'file:./data/pglite',
    problem: (v) => (/^(postgres(ql)?:\/\/|file:|memory:)/.test(v) ? null : 'dùng postgres://người-dùng:mật-khẩu@máy:cổng/csdl hoặc file:./thư-mục.'),
  },
  {
    name: 'DATABASE_POOL_MAX', purpose: 'Số kết nối PostgreSQL tối đa của mỗi tiến trình', rule: 'số nguyên từ 1 đến 200', fallback: '10',
    problem: (v) => (isIntIn(v, 1, 200) ? null : 'dùng một số nguyên từ 1 đến 200.'),
  },
  {
    name: 'PGLITE_SHARED_BUFFERS', purpose: 'Bộ nhớ đệm của PGlite', rule: 'dung lượng như 32MB, 128MB, 1GB', fallback: '32MB',
    problem: (v) => (/^\d{1,6}(kB|MB|GB)$/.test(v) ? null : 'ghi dung lượng với đơn vị kB, MB hoặc GB, ví dụ 64MB.'),
  },
  {
    name: 'PGLITE_THREAD', purpose: 'PGlite chạy trong luồng riêng (không chặn luồng web)', rule: 'true hoặc false', fallback: 'true',
    problem: (v) => (isBool(v) ? null : 'ghi true (PGlite chạy trong luồng riêng, mặc định) hoặc false (chạy trong luồng web).'),
  },
  { name: 'PORT', purpose: 'Cổng web', rule: 'số nguyên từ 0 đến 65535', fallback: '3000', problem: (v) => (isIntIn(v, 0, 65535) ? null : 'dùng một số nguyên từ 0 đến 65535.') },
  { name: 'HOST', purpose: 'Địa chỉ nghe của máy chủ web', rule: 'địa chỉ IP hoặc tên máy', fallback: '0.0.0.0 (mọi địa chỉ)', problem: (v) => (isHostName(v) ? null : 'ghi một địa chỉ IP (ví dụ 127.0.0.1) hoặc tên máy.') },
  {
    name: 'PUBLIC_URL', purpose: 'Địa chỉ công khai của cổng thông tin (liên kết trong thư, cookie Secure)', rule: 'địa chỉ http:// hoặc https:// không có đường dẫn truy vấn; https:// khi NODE_ENV=production', fallback: 'http://localhost:PORT',
    problem: (v, env) => {
      let url: URL;
      try {
        url = new URL(v);
      } catch {
        return 'ghi địa chỉ đầy đủ, ví dụ https://gopy.laocai.gov.vn.';
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'dùng http:// hoặc https://.';
      if (url.search || url.hash) return 'bỏ phần ?… hoặc #… ở cuối địa chỉ.';
      if (isProduction(env) && url.protocol !== 'https:') return 'khi NODE_ENV=production phải là https:// (cookie phiên chỉ được gửi qua kết nối an toàn).';
      return null;
    },
  },
  {
    name: 'WEB_PROCESSES', purpose: 'Số tiến trình web dùng chung cổng', rule: 'số từ 1 đến 64, hoặc auto (bằng số nhân CPU); nhiều hơn 1 cần PostgreSQL', fallback: '1',
    problem: (v) => (v === 'auto' || isIntIn(v, 1, 64) ? null : 'dùng một số từ 1 đến 64, hoặc auto (bằng số nhân CPU).'),
  },
  { name: 'TRUST_PROXY', purpose: 'Proxy được tin khi báo địa chỉ người dùng (X-Forwarded-For)', rule: 'địa chỉ IP, dải mạng (10.0.0.0/8) hoặc loopback, linklocal, uniquelocal; cách nhau bằng dấu phẩy', fallback: 'loopback' },
  { name: 'SESSION_TTL_HOURS', purpose: 'Thời hạn phiên đăng nhập (giờ)', rule: 'số giờ từ 1 đến 720', fallback: '12', problem: (v) => (isIntIn(v, 1, 720) ? null : 'dùng một số giờ từ 1 đến 720.') },
  { name: 'PROVINCE_NAME', purpose: 'Tên tỉnh trên cổng thông tin', rule: 'từ 1 đến 100 ký tự', fallback: 'Lào Cai', problem: (v) => (v.trim().length > 0 && v.length <= 100 ? null : 'ghi tên tỉnh, tối đa 100 ký tự.') },
  { name: 'ADMIN_PASSWORD', purpose: 'Mật khẩu tài khoản admin tạo ở lần chạy đầu', rule: 'mật khẩu mạnh (kiểm tra khi tạo tài khoản)', fallback: 'tạo ngẫu nhiên và in một lần', isSecret: true },
  {
    name: 'LOG_LEVEL', purpose: 'Mức ghi nhật ký', rule: LOG_LEVELS.join(', '), fallback: 'info',
    problem: (v) => (LOG_LEVELS.includes(v) ? null : `dùng một trong ${LOG_LEVELS.join(', ')}.`),
  },
  { name: 'FILES_DIR', purpose: 'Thư mục tệp đính kèm và báo cáo đã công bố', rule: 'đường dẫn thư mục', fallback: './data/files', problem: (v) => (v.includes('\0') ? 'đường dẫn có ký tự NUL.' : null) },
  { name: 'AUDIT_CHECKPOINT_FILE', purpose: 'Tệp mốc kiểm tra nhật ký (ngoài cơ sở dữ liệu)', rule: 'đường dẫn tệp', fallback: './data/audit-checkpoints.jsonl', problem: (v) => (v.includes('\0') ? 'đường dẫn có ký tự NUL.' : null) },
  {
    name: 'AUDIT_CHECKPOINT_KEY', purpose: 'Khoá ký (HMAC) các mốc kiểm tra nhật ký', rule: 'ít nhất 16 ký tự', fallback: 'không ký (ai sửa được tệp mốc có thể làm giả)', isSecret: true,
    problem: (v) => (v.length >= 16 ? null : 'cần ít nhất 16 ký tự; tạo bằng: openssl rand -base64 32.'),
  },
  { name: 'SMTP_HOST', purpose: 'Máy chủ gửi thư', rule: 'tên máy hoặc địa chỉ IP', fallback: 'không gửi (thư nằm trong hộp thư đi)', problem: (v) => (isHostName(v) ? null : 'ghi tên máy chủ thư (ví dụ smtp.laocai.gov.vn) hoặc địa chỉ IP.') },
  { name: 'SMTP_PORT', purpose: 'Cổng máy chủ gửi thư', rule: 'số nguyên từ 1 đến 65535', fallback: '587', problem: (v) => (isIntIn(v, 1, 65535) ? null : 'dùng một số nguyên từ 1 đến 65535 (thường là 587 hoặc 465).') },
  { name: 'SMTP_SECURE', purpose: 'Dùng TLS ngay khi kết nối (cổng 465)', rule: 'true hoặc false', fallback: 'false (STARTTLS khi máy chủ hỗ trợ)', problem: (v) => (isBool(v) ? null : 'dùng true hoặc false.') },
  {
    name: 'SMTP_USER', purpose: 'Tài khoản gửi thư', rule: 'đặt cùng SMTP_PASSWORD', fallback: 'không xác thực',
    problem: (_v, env) => (env.SMTP_PASSWORD ? null : 'đặt cả SMTP_PASSWORD (hoặc bỏ cả hai).'),
  },
  {
    name: 'SMTP_PASSWORD', purpose: 'Mật khẩu tài khoản gửi thư', rule: 'đặt cùng SMTP_USER', fallback: 'không xác thực', isSecret: true,
    problem: (_v, env) => (env.SMTP_USER ? null : 'đặt cả SMTP_USER (hoặc bỏ cả hai).'),
  },
  {
    name: 'SMTP_TLS_INSECURE', purpose: 'Chấp nhận chứng chỉ TLS không hợp lệ của máy chủ thư', rule: 'true hoặc false; không dùng true khi NODE_ENV=production', fallback: 'false',
    problem: (v, env) => (!isBool(v) ? 'dùng true hoặc false.' : v === 'true' && isProduction(env) ? 'không được bật khi NODE_ENV=production (thư có thể bị đọc trộm trên đường truyền).' : null),
  },
  {
    name: 'MAIL_FROM', purpose: 'Người gửi trên thư', rule: 'địa chỉ thư, có thể kèm tên: Tên <dia-chi@ten-mien>', fallback: 'Đồng Thuận <no-reply@localhost>',
    problem: (v) => (/^([^<>]*<[^<>\s@]+@[^<>\s@]+>|[^<>\s@]+@[^<>\s@]+)$/.test(v.trim()) ? null : 'ghi một địa chỉ thư, ví dụ Sở TT&TT <no-reply@laocai.gov.vn>.'),
  },
  {
    name: 'ENABLE_TEST_CLOCK', purpose: 'Đồng hồ giả cho kiểm thử trình duyệt', rule: '1 để bật; 0 hoặc để trống là tắt; không bao giờ bật khi NODE_ENV=production', fallback: 'tắt',
    problem: (v, env) => (v === '0' ? null : v !== '1' ? 'dùng 1 (bật), 0 hoặc để trống (tắt).' : isProduction(env) ? 'chỉ dùng khi kiểm thử, không bao giờ khi NODE_ENV=production.' : null),
  },
  {
    name: 'MONITORING_ALLOW_PRIVATE_HOSTS', purpose: 'Cho phép theo dõi dư luận tải từ địa chỉ nội bộ (127.0.0.1, mạng riêng); chỉ để kiểm thử', rule: 'true (hoặc 1) hay false; không bật khi NODE_ENV=production', fallback: 'false',
    problem: (v, env) => (!isBool(v) && v !== '1' ? 'dùng true hoặc false.' : v !== 'false' && isProduction(env) ? 'không được bật khi NODE_ENV=production (ai thêm nguồn có thể dò mạng nội bộ).' : null),
  },
  // METRICS_PORT, METRICS_HOST, METRICS_TOKEN: kept with the metrics module, which reads them
  ...METRICS_SETTINGS,
  // ZALO_OA_*, CHANNELS_ALLOW_PRIVATE_HOSTS: kept with the channel adapters, which read them
  ...CHANNEL_SETTINGS,
];

/** The value to print: secrets as ***, a database URL without its password. */
export function shownValue(setting: Setting, value: string): string {
  if (setting.isSecret) return '***';
  if (setting.name === 'DATABASE_URL') return value.replace(/(postgres(?:ql)?:\/\/[^:/@]+:)[^@]*@/, '$1***@');
  return value;
}
