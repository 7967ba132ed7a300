/**
 * The channel variables with their rules, in the shape of the platform's settings table
 * (src/platform/config/settings.ts), which lists them with the others; read by `channelsConfigFromEnv`.
 */
const isHttpUrl = (v: string) => {
  try {
    const u = new URL(v);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.search === '' && u.hash === '';
  } catch {
    return false;
  }
};
const isProduction = (env: NodeJS.ProcessEnv) => env.NODE_ENV === 'production';
const ZALO_NAMES = ['ZALO_OA_APP_ID', 'ZALO_OA_SECRET_KEY'] as const;
const together = (name: string) => (_v: string, env: NodeJS.ProcessEnv) => {
  const missing = ZALO_NAMES.filter((n) => n !== name && !env[n]);
  return missing.length ? `đặt cả ${missing.join(', ')} (Zalo OA cần mã ứng dụng và khoá bí mật).` : null;
};

export const CHANNEL_SETTINGS = [
  {
    name: 'ZALO_OA_APP_ID', purpose: 'Mã ứng dụng (app id) gửi tin qua Zalo OA của tỉnh', rule: 'dãy số; đặt cùng ZALO_OA_SECRET_KEY', fallback: 'Zalo OA chưa cấu hình (tin gửi qua Zalo được ghi là không gửi được)',
    problem: (v: string, env: NodeJS.ProcessEnv): string | null => (/^\d{1,30}$/.test(v) ? together('ZALO_OA_APP_ID')(v, env) : 'ghi mã ứng dụng Zalo (một dãy số).'),
  },
  {
    name: 'ZALO_OA_SECRET_KEY', purpose: 'Khoá bí mật của ứng dụng Zalo (để làm mới mã truy cập)', rule: 'đặt cùng ZALO_OA_APP_ID', fallback: 'Zalo OA chưa cấu hình', isSecret: true,
    problem: (v: string, env: NodeJS.ProcessEnv): string | null => (v.trim().length >= 8 ? together('ZALO_OA_SECRET_KEY')(v, env) : 'cần ít nhất 8 ký tự.'),
  },
  {
    name: 'ZALO_OA_REFRESH_TOKEN', purpose: 'Mã làm mới (refresh token) đầu tiên của Zalo OA; sau lần làm mới đầu, mã mới được giữ trong cơ sở dữ liệu', rule: 'chuỗi Zalo cấp khi cấp quyền cho ứng dụng', fallback: 'dùng mã đang giữ trong cơ sở dữ liệu', isSecret: true,
    problem: (v: string): string | null => (/^\S{8,}$/.test(v) ? null : 'cần ít nhất 8 ký tự, không có khoảng trắng.'),
  },
  {
    name: 'ZALO_OA_API_BASE', purpose: 'Địa chỉ API Zalo Official Account', rule: 'địa chỉ http:// hoặc https:// không có truy vấn; https:// khi NODE_ENV=production', fallback: 'https://openapi.zalo.me',
    problem: (v: string, env: NodeJS.ProcessEnv): string | null => (!isHttpUrl(v) ? 'ghi một địa chỉ http:// hoặc https://, ví dụ https://openapi.zalo.me.' : isProduction(env) && !v.startsWith('https://') ? 'dùng https:// khi NODE_ENV=production.' : null),
  },
  {
    name: 'ZALO_OA_OAUTH_BASE', purpose: 'Địa chỉ cấp mã truy cập Zalo (OAuth)', rule: 'địa chỉ http:// hoặc https:// không có truy vấn; https:// khi NODE_ENV=production', fallback: 'https://oauth.zaloapp.com',
    problem: (v: string, env: NodeJS.ProcessEnv): string | null => (!isHttpUrl(v) ? 'ghi một địa chỉ http:// hoặc https://, ví dụ https://oauth.zaloapp.com.' : isProduction(env) && !v.startsWith('https://') ? 'dùng https:// khi NODE_ENV=production.' : null),
  },
  {
    name: 'CHANNELS_ALLOW_PRIVATE_HOSTS', purpose: 'Cho phép webhook của nhóm đầu mối gửi tới địa chỉ nội bộ (127.0.0.1, mạng riêng); chỉ để kiểm thử', rule: 'true hoặc false; không bật khi NODE_ENV=production', fallback: 'false',
    problem: (v: string, env: NodeJS.ProcessEnv): string | null => (v !== 'true' && v !== 'false' ? 'dùng true hoặc false.' : v === 'true' && isProduction(env) ? 'không được bật khi NODE_ENV=production (ai đặt webhook có thể dò mạng nội bộ).' : null),
  },
];

export interface ChannelsConfig {
  /** Null when the Zalo OA is not configured: its deliveries fail with that reason. */
  zalo: { apiBase: string; oauthBase: string; appId: string; secretKey: string; seedRefreshToken: string | null } | null;
  allowPrivateHosts: boolean;
}

/** The channel settings in effect (validated at start with the others). */
export function channelsConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ChannelsConfig {
  const zalo =
    env.ZALO_OA_APP_ID && env.ZALO_OA_SECRET_KEY
      ? { apiBase: env.ZALO_OA_API_BASE || 'https://openapi.zalo.me', oauthBase: env.ZALO_OA_OAUTH_BASE || 'https://oauth.zaloapp.com', appId: env.ZALO_OA_APP_ID, secretKey: env.ZALO_OA_SECRET_KEY, seedRefreshToken: env.ZALO_OA_REFRESH_TOKEN || null }
      : null;
  return { zalo, allowPrivateHosts: env.CHANNELS_ALLOW_PRIVATE_HOSTS === 'true' };
}
