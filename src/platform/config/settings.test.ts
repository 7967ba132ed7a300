import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configProblems, loadConfig, SETTINGS } from './index';

/** Variables read only by development and test tools, never by the running platform. */
const TOOLING = new Map([
  ['TEST_DATABASE_URL', 'the PostgreSQL tier of the tests'],
  ['REQUIRE_ALL_TIERS', 'CI: a missing tier fails'],
  ['CONTRACT_OUT', 'npm run contract writes elsewhere (its staleness test)'],
  ['CONTRACT_DOC_OUT', 'npm run contract writes elsewhere (its staleness test)'],
  ['RENDER_DIR', 'the document render checks keep their PDFs and PNGs'],
  ['PATH', 'the system’s'],
]);

/** A value that breaks the rule of each setting that has one. */
const BAD: Record<string, string> = {
  NODE_ENV: 'prod', DATABASE_URL: 'mysql://x', DATABASE_POOL_MAX: '0', PGLITE_SHARED_BUFFERS: 'lots', PGLITE_THREAD: 'yes', PORT: '70000', HOST: 'máy chủ',
  PUBLIC_URL: 'gopy.laocai.gov.vn', WEB_PROCESSES: '0', SESSION_TTL_HOURS: '-1', PROVINCE_NAME: ' ', LOG_LEVEL: 'verbose', FILES_DIR: 'a\0b',
  AUDIT_CHECKPOINT_FILE: 'a\0b', AUDIT_CHECKPOINT_KEY: 'ngan', SMTP_HOST: 'smtp server', SMTP_PORT: '0', SMTP_SECURE: 'yes', SMTP_TLS_INSECURE: '1',
  MAIL_FROM: 'không phải thư', ENABLE_TEST_CLOCK: 'true', SMTP_USER: 'chi-co-ten', SMTP_PASSWORD: 'chi-co-mat-khau',
  METRICS_PORT: '99999', METRICS_HOST: 'máy số liệu', METRICS_TOKEN: 'ngan', MONITORING_ALLOW_PRIVATE_HOSTS: 'yes',
  ZALO_OA_APP_ID: 'abc', ZALO_OA_SECRET_KEY: 'ngan', ZALO_OA_REFRESH_TOKEN: 'co dau cach', ZALO_OA_API_BASE: 'openapi.zalo.me', ZALO_OA_OAUTH_BASE: 'ftp://oauth', CHANNELS_ALLOW_PRIVATE_HOSTS: 'yes',
};

function variablesReadBySource(dir: string, found = new Set<string>()): Set<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) variablesReadBySource(p, found);
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
      for (const m of fs.readFileSync(p, 'utf8').matchAll(/\benv\.([A-Z][A-Z0-9_]+)/g)) found.add(m[1]!);
    }
  }
  return found;
}

describe('the settings table', () => {
  it('lists every variable the platform reads, and each has its rule and fallback in Vietnamese', () => {
    const listed = new Set(SETTINGS.map((s) => s.name));
    const unlisted = [...variablesReadBySource('src')].filter((name) => !listed.has(name) && !TOOLING.has(name));
    expect(unlisted, 'add them to src/platform/config/settings.ts').toEqual([]);
    for (const s of SETTINGS) expect(s.rule.length > 3 && s.fallback.length > 0 && s.purpose.length > 3, s.name).toBe(true);
  });

  it('refuses a bad value of each setting, naming the variable and the rule', () => {
    for (const s of SETTINGS.filter((x) => x.problem)) {
      const bad = BAD[s.name];
      expect(bad, `a bad value for ${s.name} in BAD`).toBeDefined();
      const problems = configProblems({ [s.name]: bad });
      expect(problems.join('\n'), s.name).toContain(`${s.name} không hợp lệ`);
      expect(() => loadConfig({ [s.name]: bad }), s.name).toThrow(s.name);
    }
  });

  it('lists every problem at once, and never repeats a secret', () => {
    const secret = 'ngan-bi-mat';
    expect(() => loadConfig({ PORT: 'abc', LOG_LEVEL: 'to', AUDIT_CHECKPOINT_KEY: secret.slice(0, 5) })).toThrow(/Cấu hình không hợp lệ:\n- PORT không hợp lệ: "abc"\. Dùng một số nguyên từ 0 đến 65535\.\n- LOG_LEVEL không hợp lệ: "to"\..*\n- AUDIT_CHECKPOINT_KEY không hợp lệ\. Cần ít nhất 16 ký tự/);
    expect(configProblems({ AUDIT_CHECKPOINT_KEY: secret.slice(0, 5) }).join()).not.toContain(secret.slice(0, 5));
  });

  it('keeps rules that depend on each other: production needs https and no test clock; SMTP user and password go together', () => {
    expect(configProblems({ NODE_ENV: 'production', PUBLIC_URL: 'http://gopy.laocai.gov.vn' }).join()).toMatch(/PUBLIC_URL không hợp lệ.*https:\/\//);
    expect(configProblems({ NODE_ENV: 'production', PUBLIC_URL: 'https://gopy.laocai.gov.vn' })).toEqual([]);
    expect(configProblems({ NODE_ENV: 'production', ENABLE_TEST_CLOCK: '1' }).join()).toContain('ENABLE_TEST_CLOCK không hợp lệ');
    expect(configProblems({ ENABLE_TEST_CLOCK: '1' })).toEqual([]);
    expect(configProblems({ ENABLE_TEST_CLOCK: '0', NODE_ENV: 'production' })).toEqual([]);
    expect(configProblems({ SMTP_PASSWORD: 'mat-khau-thu' }).join()).toContain('SMTP_PASSWORD không hợp lệ. Đặt cả SMTP_USER');
    expect(configProblems({ SMTP_USER: 'gopy', SMTP_PASSWORD: 'mat-khau-thu', SMTP_HOST: 'smtp.laocai.gov.vn', MAIL_FROM: 'Sở TT&TT <no-reply@laocai.gov.vn>' })).toEqual([]);
  });

  it('takes the defaults when nothing is set', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ databaseUrl: 'file:./data/pglite', port: 3000, host: '0.0.0.0', logLevel: 'info', sessionTtlHours: 12, webProcesses: 1, trustProxy: 'loopback', pgliteThread: true });
  });
});
