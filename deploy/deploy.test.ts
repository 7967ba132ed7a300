import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/platform/config';
import { findNginx, mainConf, tlsSite } from './nginx-config';
import { WEB_NODE_FLAGS } from '../scripts/node-flags.mjs';

/**
 * The deployment files (deploy/) checked by the tools that will read them: nginx parses the TLS site, systemd parses
 * the units, logrotate reads its file, and the environment example names exactly the variables the code reads.
 */
const mustRun = process.env.REQUIRE_ALL_TIERS === '1';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'deploy-test-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const run = (cmd: string, args: string[]) => {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
};

describe('nginx site', () => {
  const nginx = findNginx();

  it.runIf(nginx || mustRun)('passes nginx -t as installed, with a self-signed certificate', () => {
    if (!nginx) throw new Error('REQUIRE_ALL_TIERS=1 nhưng chưa cài nginx (apt-get install nginx-light): tầng kiểm tra nginx không được bỏ qua.');
    const dir = fs.mkdtempSync(path.join(tmp, 'tls-'));
    const certFile = path.join(dir, 'cert.pem');
    const keyFile = path.join(dir, 'key.pem');
    const cert = run('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyFile, '-out', certFile, '-days', '1', '-subj', '/CN=dongthuan.test']);
    expect(cert.status, cert.output).toBe(0);
    fs.writeFileSync(path.join(dir, 'site.conf'), tlsSite(dir, { certFile, keyFile }));
    fs.writeFileSync(path.join(dir, 'nginx.conf'), mainConf(dir, path.join(dir, 'site.conf')));
    const test = (conf: string) => run(nginx, ['-t', '-q', '-p', dir, '-e', path.join(dir, 'error.log'), '-c', conf]);
    const result = test(path.join(dir, 'nginx.conf'));
    expect(result.status, result.output).toBe(0);

    // the same check refuses a broken site, so a pass above is nginx's verdict on the real file
    fs.writeFileSync(path.join(dir, 'site.conf'), `${tlsSite(dir, { certFile, keyFile })}\nserver { listen 127.0.0.1:1; proxy_pass_unknown on; }\n`);
    expect(test(path.join(dir, 'nginx.conf')).status).not.toBe(0);
  });

  it('keeps its rules: TLS with HTTP/2, retries for idempotent requests only, body limits, maintenance page', () => {
    const site = fs.readFileSync('deploy/nginx/dong-thuan.conf', 'utf8').replace(/#.*$/gm, '');
    const locations = fs.readFileSync('deploy/nginx/dong-thuan-locations.conf', 'utf8').replace(/#.*$/gm, '');
    expect(site).toMatch(/listen 443 ssl http2;/);
    expect(site).toMatch(/include \/etc\/nginx\/dong-thuan\/dong-thuan-locations\.conf;/);
    const upstream = /upstream dong_thuan_web \{([^}]*)\}/.exec(site)?.[1] ?? '';
    expect(upstream.match(/^\s*server\s/gm)?.length ?? 0).toBeGreaterThanOrEqual(2);
    const retry = /proxy_next_upstream ([^;]*);/.exec(locations)?.[1]?.split(/\s+/) ?? [];
    expect(retry).toEqual(expect.arrayContaining(['error', 'timeout', 'http_502', 'http_503']));
    expect(retry).not.toContain('non_idempotent');
    expect(locations).toMatch(/error_page 502 503 504 =503 \/bao-tri\.html;/);
    expect(locations).not.toMatch(/proxy_intercept_errors on/);
    expect(locations).toMatch(/proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;/);
    expect(locations).toMatch(/proxy_set_header X-Forwarded-Proto \$scheme;/);
    // the largest legitimate upload (a directory import: 3 files × 10 MB) fits under /api/, and the default is the
    // application's JSON limit
    const sizes = [...locations.matchAll(/client_max_body_size (\d+)m;/g)].map((m) => Number(m[1]));
    expect(sizes[0]).toBe(1);
    expect(Math.max(...sizes)).toBeGreaterThanOrEqual(31);
    const page = fs.readFileSync('deploy/nginx/bao-tri.html', 'utf8');
    expect(page).toMatch(/<html lang="vi">/);
    expect(page).toMatch(/Hệ thống đang bảo trì/);
    expect(page).not.toMatch(/<script/i);
  });
});

/** The unit file as systemd reads it: section → key → values (a key may repeat). */
function parseUnit(text: string): Map<string, Map<string, string[]>> {
  const sections = new Map<string, Map<string, string[]>>();
  let current: Map<string, string[]> | null = null;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith(';')) continue;
    const section = /^\[([A-Za-z]+)\]$/.exec(line);
    if (section) {
      current = new Map();
      sections.set(section[1]!, current);
      continue;
    }
    const kv = /^([A-Za-z][A-Za-z0-9]*)=(.*)$/.exec(line);
    if (!kv || !current) throw new Error(`not a unit file line: ${raw}`);
    current.set(kv[1]!, [...(current.get(kv[1]!) ?? []), kv[2]!]);
  }
  return sections;
}

/** The environment example's names: `NAME=value` lines and commented-out `# NAME=value` defaults. */
function exampleEnv(): { names: Set<string>; active: Record<string, string> } {
  const names = new Set<string>();
  const active: Record<string, string> = {};
  for (const line of fs.readFileSync('deploy/dong-thuan.env.example', 'utf8').split('\n')) {
    const m = /^(#\s?)?([A-Z][A-Z0-9_]*)=(.*)$/.exec(line);
    if (!m) continue;
    names.add(m[2]!);
    if (!m[1]) active[m[2]!] = m[3]!;
  }
  return { names, active };
}

describe('systemd units', () => {
  const units = [
    { file: 'deploy/systemd/dong-thuan-web@.service', instance: 'dong-thuan-web@3001.service', flags: ['--web', '--no-demo'] },
    { file: 'deploy/systemd/dong-thuan-worker.service', instance: 'dong-thuan-worker.service', flags: ['--worker', '--no-demo'] },
  ];

  it.each(units)('$file has the start, stop, limits and hardening it needs', ({ file, flags }) => {
    const unit = parseUnit(fs.readFileSync(file, 'utf8'));
    const service = unit.get('Service');
    expect(service, 'no [Service] section').toBeDefined();
    const one = (key: string) => {
      const v = service!.get(key);
      expect(v, `${key}= missing`).toBeDefined();
      return v!.at(-1)!;
    };
    const exec = one('ExecStart').split(/\s+/);
    const main = exec.findIndex((w) => w.endsWith('/dist/server/main.js'));
    expect(main, 'ExecStart does not run dist/server/main.js').toBeGreaterThan(0);
    expect(exec.slice(main + 1)).toEqual(flags);
    // a web process runs with the Node flags npm start and the benchmarks give it (scripts/node-flags.mjs)
    if (flags.includes('--web')) for (const flag of WEB_NODE_FLAGS) expect(exec.slice(0, main)).toContain(flag);
    // the flags are those src/main.ts parses (an unknown flag stops the process at start)
    const mainSource = fs.readFileSync('src/main.ts', 'utf8');
    for (const flag of flags) expect(mainSource).toMatch(new RegExp(`['"]?${flag.slice(2)}['"]?: \\{ type: 'boolean' \\}`));
    expect(one('EnvironmentFile')).toBe('/etc/dong-thuan/dong-thuan.env');
    expect(one('Restart')).toMatch(/^(always|on-failure)$/);
    expect(one('KillSignal')).toBe('SIGTERM');
    expect(Number(one('TimeoutStopSec'))).toBeGreaterThanOrEqual(10);
    expect(one('MemoryMax')).toMatch(/^\d+[MG]$/);
    expect(Number(one('LimitNOFILE'))).toBeGreaterThanOrEqual(4096);
    expect(Number(one('TasksMax'))).toBeGreaterThan(0);
    expect(one('NoNewPrivileges')).toBe('yes');
    expect(one('ProtectSystem')).toBe('strict');
    expect(one('PrivateTmp')).toBe('yes');
    expect(one('User')).not.toBe('root');
    // ProtectSystem=strict makes everything read-only: the folders the env example writes to must be let through
    const writable = (service!.get('ReadWritePaths') ?? []).join(' ').split(/\s+/);
    const { active } = exampleEnv();
    for (const name of ['FILES_DIR', 'AUDIT_CHECKPOINT_FILE']) {
      const target = active[name];
      expect(target, `${name} not set in the env example`).toBeTruthy();
      expect(writable.some((w) => target!.startsWith(`${w}/`)), `${name}=${target} is outside ReadWritePaths=${writable.join(' ')}`).toBe(true);
    }
  });

  it('back up every night with the command line, and keep two weeks', () => {
    const service = parseUnit(fs.readFileSync('deploy/systemd/dong-thuan-backup.service', 'utf8')).get('Service')!;
    expect(service.get('Type')).toEqual(['oneshot']);
    expect(service.get('EnvironmentFile')).toEqual(['/etc/dong-thuan/dong-thuan.env']);
    expect(service.get('ExecStart')?.[0]).toMatch(/\/dist\/server\/cli\.js backup \/var\/backups\/dong-thuan\/dong-thuan-\$\(date [^)]*\)\.jsonl\.gz'$/);
    expect(service.get('ReadWritePaths')).toEqual(['/var/backups/dong-thuan']);
    expect(service.get('ExecStartPost')?.[0]).toMatch(/-mtime \+14 -delete$/);
    const timer = parseUnit(fs.readFileSync('deploy/systemd/dong-thuan-backup.timer', 'utf8')).get('Timer')!;
    expect(timer.get('OnCalendar')?.[0]).toMatch(/^\*-\*-\* \d\d:\d\d:00$/);
    expect(timer.get('Persistent')).toEqual(['true']);
  });

  it.runIf(has('systemd-analyze'))('parse without a warning in systemd-analyze verify', () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'units-'));
    // verify checks that the program exists: the node running this test stands in where /usr/bin/node is missing
    const node = fs.existsSync('/usr/bin/node') ? '/usr/bin/node' : process.execPath;
    const verify = (name: string, text: string) => {
      fs.writeFileSync(path.join(dir, name), text.split('/usr/bin/node').join(node));
      const r = run('systemd-analyze', ['verify', path.join(dir, name)]);
      return { ...r, warnings: r.output.split('\n').filter((l) => l.includes(name)) };
    };
    const all = [...units, { file: 'deploy/systemd/dong-thuan-backup.service', instance: 'dong-thuan-backup.service' }, { file: 'deploy/systemd/dong-thuan-backup.timer', instance: 'dong-thuan-backup.timer' }];
    for (const { file, instance } of all) {
      const r = verify(instance, fs.readFileSync(file, 'utf8'));
      expect(r.status, r.output).toBe(0);
      expect(r.warnings, r.output).toEqual([]);
    }
    // a mistyped key is only a warning to systemd: the check above must see it
    const broken = verify('dong-thuan-broken.service', fs.readFileSync(units[1]!.file, 'utf8').replace('TasksMax=', 'TaskMax='));
    expect(broken.warnings.join('\n')).toMatch(/TaskMax/);
  });
});

describe('logrotate', () => {
  const text = fs.readFileSync('deploy/logrotate/dong-thuan', 'utf8');

  it('rotates the application and nginx logs the units and the site write', () => {
    expect(text).toMatch(/^\/var\/log\/dong-thuan\/\*\.log \{/m);
    expect(text).toMatch(/^\/var\/log\/nginx\/dong-thuan\/\*\.log \{/m);
    for (const file of ['deploy/systemd/dong-thuan-web@.service', 'deploy/systemd/dong-thuan-worker.service']) {
      expect(fs.readFileSync(file, 'utf8')).toMatch(/^StandardOutput=append:\/var\/log\/dong-thuan\/[^/\s]+\.log$/m);
    }
    expect(fs.readFileSync('deploy/nginx/dong-thuan.conf', 'utf8')).toMatch(/access_log \/var\/log\/nginx\/dong-thuan\/access\.log/);
  });

  it.runIf(has('logrotate') || mustRun)('is read by logrotate without an error', () => {
    if (!has('logrotate')) throw new Error('REQUIRE_ALL_TIERS=1 nhưng chưa cài logrotate (apt-get install logrotate): tệp xoay vòng nhật ký không được bỏ qua.');
    const dir = fs.mkdtempSync(path.join(tmp, 'logrotate-'));
    // nginx's user exists on the proxy, maybe not here: this machine's user stands in
    const user = os.userInfo().username;
    const group = run('id', ['-gn']).output.trim();
    const conf = path.join(dir, 'dong-thuan');
    fs.writeFileSync(conf, text.replace(/create 0640 www-data adm/g, `create 0640 ${user} ${group}`));
    const r = run('logrotate', ['--debug', '--state', path.join(dir, 'state'), conf]);
    expect(r.status, r.output).toBe(0);
    expect(r.output).not.toMatch(/^error:/m);
    expect(r.output).toMatch(/rotating pattern: \/var\/log\/dong-thuan\/\*\.log/);
  });
});

describe('environment example', () => {
  // read only by tests and development tools, never by a running platform
  const NOT_SETTINGS: Record<string, string> = {
    ENABLE_TEST_CLOCK: 'end-to-end journeys only; refused in production',
    REQUIRE_ALL_TIERS: 'test tiers (render-check.ts)',
    RENDER_DIR: 'test output (render-check.ts)',
    PATH: 'looking up soffice for the render tests',
    CONTRACT_OUT: 'the office contract generator (npm run contract)',
    CONTRACT_DOC_OUT: 'the office contract generator (npm run contract)',
  };

  /** Every NAME read as process.env.NAME, env.NAME or env['NAME'] in src/, tests excluded. */
  function namesReadByCode(): Set<string> {
    const names = new Set<string>();
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(p);
        else if (/\.(ts|tsx|mjs|js)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && entry.name !== 'test-setup.ts') {
          for (const m of fs.readFileSync(p, 'utf8').matchAll(/\benv(?:\?)?(?:\.([A-Z][A-Z0-9_]*)\b|\[\s*['"`]([A-Z][A-Z0-9_]*)['"`]\s*\])/g)) names.add((m[1] ?? m[2])!);
        }
      }
    };
    walk('src');
    return names;
  }

  it('names every variable the code reads, and nothing else', () => {
    const read = namesReadByCode();
    expect(read.size, 'the scan found no variable: the pattern no longer matches the code').toBeGreaterThan(15);
    for (const name of Object.keys(NOT_SETTINGS)) expect(read.has(name), `${name} is no longer read: drop it from NOT_SETTINGS`).toBe(true);
    const settings = [...read].filter((n) => !(n in NOT_SETTINGS)).sort();
    expect([...exampleEnv().names].sort()).toEqual(settings);
  });

  it('is a configuration the platform accepts', () => {
    const { active } = exampleEnv();
    expect(() => loadConfig({ ...active })).not.toThrow();
    expect(loadConfig({ ...active }).isProduction).toBe(true);
  });
});

describe('dong-thuan-cli', () => {
  // it switches to the service's user with runuser, which only root may do; root stands in for dong-thuan here
  it.runIf(os.userInfo().uid === 0 && has('runuser'))('runs the command line with the env file, a setting overridden on its line', () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'cli-'));
    const envFile = path.join(dir, 'dong-thuan.env');
    fs.writeFileSync(
      envFile,
      [
        '# a comment, and a default left commented out',
        '# PORT=3000',
        `DATABASE_URL=file:${dir}/from-file`,
        'ADMIN_PASSWORD=Quan-tri-cli-2024!',
        'PUBLIC_URL=https://dongthuan.example.gov.vn',
        'PROVINCE_NAME=Lào Cai',
        'MAIL_FROM=Đồng Thuận <no-reply@example.gov.vn>',
        `FILES_DIR=${dir}/files`,
        `AUDIT_CHECKPOINT_FILE=${dir}/checkpoints.jsonl`,
        'LOG_LEVEL=silent',
        '',
      ].join('\n'),
    );
    const cli = (...args: string[]) =>
      spawnSync('deploy/dong-thuan-cli', [`DATABASE_URL=file:${dir}/overridden`, ...args], {
        encoding: 'utf8',
        env: { ...process.env, DONG_THUAN_ENV_FILE: envFile, DONG_THUAN_HOME: process.cwd(), DONG_THUAN_USER: os.userInfo().username },
      });
    const r = cli('setup');
    expect(r.status, `${r.stdout}${r.stderr}`).toBe(0);
    // the file's ADMIN_PASSWORD reached the process (no password was generated and printed)
    expect(r.stdout).toContain('Đã tạo tài khoản quản trị "admin" với mật khẩu ADMIN_PASSWORD');
    expect(r.stderr).not.toMatch(/Đã tạo tài khoản admin/);
    const list = cli('org', 'list', '--at', '2024-06-01');
    expect(list.status, `${list.stdout}${list.stderr}`).toBe(0);
    expect(list.stdout).toMatch(/— \d+ đơn vị ngày 01\/06\/2024/);
    // the override won over the file's DATABASE_URL
    expect(fs.existsSync(path.join(dir, 'overridden'))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'from-file'))).toBe(false);
  }, 60_000);
});
