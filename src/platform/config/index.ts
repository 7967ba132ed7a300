import { isIP } from 'node:net';
import { availableParallelism } from 'node:os';
import { AppError } from '../errors';

/** The validated process configuration; read once at start. */
export interface Config {
  databaseUrl: string;
  port: number;
  host: string;
  adminPassword: string | null;
  logLevel: string;
  isProduction: boolean;
  /** Cookies get the Secure flag when the public URL is https. */
  publicUrl: string;
  sessionTtlHours: number;
  provinceName: string;
  /** Web processes sharing the port (node:cluster); more than one needs PostgreSQL. */
  webProcesses: number;
  /**
   * Which peers may tell the client's address in X-Forwarded-For (the rate limits key on it): addresses, CIDRs or
   * proxy-addr names (loopback, linklocal, uniquelocal), comma-separated. Default: loopback, a proxy on this host.
   */
  trustProxy: string;
}

/** Reads and checks the environment; a wrong value stops the start with a clear message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL?.trim() || 'file:./data/pglite';
  if (!/^(postgres(ql)?:\/\/|file:|memory:)/.test(databaseUrl)) {
    throw new AppError(
      'config',
      `DATABASE_URL không hợp lệ: "${redactUrl(databaseUrl)}". Dùng postgres://người-dùng:mật-khẩu@máy:cổng/csdl hoặc file:./thư-mục.`,
    );
  }
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new AppError('config', `PORT không hợp lệ: "${env.PORT}".`);
  }
  const ttl = Number(env.SESSION_TTL_HOURS ?? 12);
  const webProcesses = env.WEB_PROCESSES === 'auto' ? availableParallelism() : Number(env.WEB_PROCESSES ?? 1);
  if (!Number.isInteger(webProcesses) || webProcesses < 1 || webProcesses > 64) {
    throw new AppError('config', `WEB_PROCESSES không hợp lệ: "${env.WEB_PROCESSES}". Dùng một số từ 1 đến 64, hoặc auto (bằng số nhân CPU).`);
  }
  if (webProcesses > 1 && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new AppError('config', `WEB_PROCESSES=${webProcesses} cần PostgreSQL (DATABASE_URL=postgres://…): cơ sở dữ liệu nhúng chỉ mở được trong một tiến trình.`);
  }
  return {
    databaseUrl,
    port,
    host: env.HOST ?? '0.0.0.0',
    adminPassword: env.ADMIN_PASSWORD || null,
    logLevel: env.LOG_LEVEL ?? 'info',
    isProduction: env.NODE_ENV === 'production',
    publicUrl: env.PUBLIC_URL ?? `http://localhost:${port}`,
    sessionTtlHours: Number.isFinite(ttl) && ttl > 0 ? ttl : 12,
    provinceName: env.PROVINCE_NAME ?? 'Lào Cai',
    webProcesses,
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
  };
}

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function parseTrustProxy(raw: string | undefined): string {
  const v = raw?.trim() || 'loopback';
  if (v === 'true' || v === '*') {
    throw new AppError('config', 'TRUST_PROXY=true sẽ tin mọi địa chỉ trong X-Forwarded-For (ai cũng giả được, vượt giới hạn gửi ý kiến). Ghi địa chỉ hoặc dải mạng của proxy, ví dụ TRUST_PROXY=10.0.0.5 hoặc loopback.');
  }
  const items = v.split(',').map((x) => x.trim());
  for (const item of items) {
    if (PROXY_NAMES.has(item) || isIP(item)) continue;
    const [address, prefix, ...rest] = item.split('/');
    const version = isIP(address ?? '');
    if (version && rest.length === 0 && /^\d{1,3}$/.test(prefix ?? '') && Number(prefix) <= (version === 4 ? 32 : 128)) continue;
    throw new AppError(
      'config',
      `TRUST_PROXY không hợp lệ: "${item}". Ghi địa chỉ IP hoặc dải mạng của proxy (ví dụ 10.0.0.5 hoặc 10.0.0.0/8), hoặc loopback, linklocal, uniquelocal; nhiều giá trị cách nhau bằng dấu phẩy.${/^\d+$/.test(item) ? ' Không hỗ trợ đếm số bước proxy.' : ''}`,
    );
  }
  return items.join(',');
}

/** Hides the password of a connection string before it is printed. */
export function redactUrl(url: string): string {
  return url.replace(/(postgres(?:ql)?:\/\/[^:/@]+:)[^@]*@/, '$1***@');
}
