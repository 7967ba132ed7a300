import { isIP } from 'node:net';
import { availableParallelism } from 'node:os';
import { AppError } from '../errors';
import { SETTINGS, shownValue } from './settings';

export { SETTINGS, shownValue, type Setting } from './settings';

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
  /** PGlite in a thread of its own beside the web requests (ADR 010); PGLITE_THREAD=false keeps it in the web's thread. */
  pgliteThread: boolean;
}

/** Whether the server runs PGlite in a thread of its own: yes unless PGLITE_THREAD=false (ADR 010). */
export const wantsPgliteThread = (env: NodeJS.ProcessEnv = process.env): boolean => env.PGLITE_THREAD !== 'false';

/**
 * Reads and checks the environment against the settings table (settings.ts): every variable that breaks its rule is
 * named with the rule, all at once, and the start stops.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems = configProblems(env);
  if (problems.length === 1) throw new AppError('config', problems[0]!);
  if (problems.length > 1) throw new AppError('config', `Cấu hình không hợp lệ:\n- ${problems.join('\n- ')}`);
  const databaseUrl = env.DATABASE_URL?.trim() || 'file:./data/pglite';
  const port = Number(env.PORT || 3000);
  return {
    databaseUrl,
    port,
    host: env.HOST || '0.0.0.0',
    adminPassword: env.ADMIN_PASSWORD || null,
    logLevel: env.LOG_LEVEL || 'info',
    isProduction: env.NODE_ENV === 'production',
    publicUrl: env.PUBLIC_URL || `http://localhost:${port}`,
    sessionTtlHours: Number(env.SESSION_TTL_HOURS || 12),
    provinceName: env.PROVINCE_NAME || 'Lào Cai',
    webProcesses: webProcessesOf(env),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    pgliteThread: wantsPgliteThread(env),
  };
}

/** Each variable that breaks its rule, as "NAME không hợp lệ: "value". rule" (secrets not repeated). */
export function configProblems(env: NodeJS.ProcessEnv): string[] {
  const problems: string[] = [];
  for (const setting of SETTINGS) {
    const value = setting.name === 'DATABASE_URL' ? env[setting.name]?.trim() : env[setting.name];
    if (!value || !setting.problem) continue;
    const problem = setting.problem(value, env);
    if (problem) problems.push(`${setting.name} không hợp lệ${setting.isSecret ? '' : `: "${shownValue(setting, value)}"`}. ${problem[0]!.toUpperCase()}${problem.slice(1)}`);
  }
  try {
    parseTrustProxy(env.TRUST_PROXY);
  } catch (err) {
    problems.push((err as Error).message);
  }
  const webProcesses = webProcessesOf(env);
  const databaseUrl = env.DATABASE_URL?.trim() || 'file:./data/pglite';
  if (webProcesses > 1 && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push(`WEB_PROCESSES=${webProcesses} cần PostgreSQL (DATABASE_URL=postgres://…): cơ sở dữ liệu nhúng chỉ mở được trong một tiến trình.`);
  }
  return problems;
}

function webProcessesOf(env: NodeJS.ProcessEnv): number {
  if (env.WEB_PROCESSES === 'auto') return availableParallelism();
  const n = Number(env.WEB_PROCESSES || 1);
  return Number.isInteger(n) && n >= 1 && n <= 64 ? n : 1;
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
