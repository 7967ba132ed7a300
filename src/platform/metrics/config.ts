import { isIP } from 'node:net';
import { AppError } from '../errors';

/** Where and how /metrics is served; read once at start by the composition root. */
export interface MetricsConfig {
  /** The separate listener's port; null when METRICS_PORT is unset (no separate listener). 0 picks a free port. */
  port: number | null;
  /** The separate listener's address: loopback by default, so a scraper must run on the machine or be let in. */
  host: string;
  /** When set, `/metrics` is also served on the public port to `Authorization: Bearer <token>`. */
  token: string | null;
}

/**
 * The metrics variables with their rules, in the shape of the platform's settings table
 * (src/platform/config/settings.ts), so the configuration module can list them with the others.
 */
export const METRICS_SETTINGS = [
  {
    name: 'METRICS_PORT',
    purpose: 'Cổng riêng phục vụ số liệu Prometheus (/metrics)',
    rule: 'số nguyên từ 0 đến 65535, khác PORT (0: chọn một cổng trống)',
    fallback: 'không mở cổng số liệu riêng',
    problem: (v: string, env: NodeJS.ProcessEnv): string | null => {
      if (!/^\d{1,5}$/.test(v) || Number(v) > 65535) return 'dùng một số nguyên từ 0 đến 65535.';
      if (Number(v) !== 0 && Number(v) === Number(env.PORT || 3000)) return `phải khác cổng web (PORT=${env.PORT || 3000}): số liệu không được lẫn vào cổng công khai.`;
      return null;
    },
  },
  {
    name: 'METRICS_HOST',
    purpose: 'Địa chỉ nghe của cổng số liệu',
    rule: 'địa chỉ IP hoặc tên máy',
    fallback: '127.0.0.1 (chỉ trong máy)',
    problem: (v: string): string | null =>
      isIP(v) !== 0 || /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i.test(v)
        ? null
        : 'ghi một địa chỉ IP (ví dụ 127.0.0.1 hoặc 10.0.0.5) hoặc tên máy.',
  },
  {
    name: 'METRICS_TOKEN',
    purpose: 'Mã cho phép đọc /metrics trên cổng web công khai (Authorization: Bearer …)',
    rule: 'ít nhất 32 ký tự, không có khoảng trắng',
    fallback: 'không phục vụ /metrics trên cổng web',
    isSecret: true,
    problem: (v: string): string | null =>
      /\s/.test(v) ? 'không được chứa khoảng trắng.' : v.length < 32 ? 'cần ít nhất 32 ký tự (ví dụ: openssl rand -hex 24).' : null,
  },
] as const;

/**
 * Reads and checks METRICS_PORT, METRICS_HOST and METRICS_TOKEN; a value that breaks its rule stops the start with a
 * Vietnamese message naming the variable and the rule (every problem at once).
 */
export function metricsConfig(env: NodeJS.ProcessEnv = process.env): MetricsConfig {
  const problems: string[] = [];
  for (const setting of METRICS_SETTINGS) {
    const value = env[setting.name];
    if (!value) continue;
    const problem = setting.problem(value, env);
    const shown = 'isSecret' in setting ? '' : `: "${value.slice(0, 100)}"`;
    if (problem) problems.push(`${setting.name} không hợp lệ${shown}. ${problem[0]!.toUpperCase()}${problem.slice(1)}`);
  }
  if (problems.length === 1) throw new AppError('config', problems[0]!);
  if (problems.length > 1) throw new AppError('config', `Cấu hình không hợp lệ:\n- ${problems.join('\n- ')}`);
  return {
    port: env.METRICS_PORT ? Number(env.METRICS_PORT) : null,
    host: env.METRICS_HOST || '127.0.0.1',
    token: env.METRICS_TOKEN || null,
  };
}
