import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import https from 'node:https';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpServer } from '../e2e/smtp';
import { accepts, freePort } from './harness';
import { findNginx } from './nginx-config';

/**
 * docs/operations.md followed on a clean machine: the commands of "Cài đặt trên Debian 12" and "Khởi động lần đầu"
 * are taken from the runbook's code blocks and run as written, in order, in one bash session as root, from this
 * repository's files alone (a git clone of the release's tag, `npm ci`, the builds, the units, the nginx site, the
 * env file). They run in a private mount namespace where /etc, /opt, /usr/local and /var are overlays and /run is
 * empty, so the machine looks fresh and the host is left as it was (the service account is created in the overlay).
 * What a container without network or systemd lacks is stood in for by the small programs in deploy/runbook/shims/
 * (apt-get checks the packages are installed, systemctl starts the units' ExecStart as their User with their
 * environment, sudo -u postgres reaches the test's PostgreSQL, git clones this repository, editor makes the
 * operator's edits, curl resolves the site's name to this machine). Two blocks are not run: Node.js from NodeSource
 * (the machine's own Node is used) and Let's Encrypt (the test places a self-signed certificate where the runbook
 * says). Then, from outside: the portal answers through nginx over TLS, HTTP redirects to HTTPS, the administrator
 * signs in with the password of the env file, the services run as the service account, and the backup timer's first
 * run left a backup of mode 0600.
 */
const RUNBOOK = path.resolve('docs/operations.md');
const SHIMS = path.resolve('deploy/runbook/shims');
const pgUrl = process.env.TEST_DATABASE_URL;
const mustRun = process.env.REQUIRE_ALL_TIERS === '1';
const isRoot = os.userInfo().uid === 0;
const nginx = findNginx();
const hasUnshare = spawnSync('unshare', ['--version']).status === 0;
const SITE = 'dongthuan.example.gov.vn';
const PORTS = [80, 443, 3001, 3002];
const VERSION_TAG = '2026.12.1';

/** The bash blocks of a `## ` section of the runbook, each with the heading it stands under. */
export function runbookBlocks(markdown: string, section: string): { heading: string; code: string }[] {
  const start = markdown.indexOf(`\n## ${section}\n`);
  if (start < 0) throw new Error(`docs/operations.md has no section "${section}"`);
  const next = markdown.indexOf('\n## ', start + 1);
  const body = markdown.slice(start, next < 0 ? undefined : next);
  const blocks: { heading: string; code: string }[] = [];
  let heading = section;
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const h = /^#{2,4} (.*)$/.exec(line) ?? /^(\d+)\. (.*)$/.exec(line);
    if (h) heading = h.length === 3 ? `${section} — bước ${h[1]}` : h[1]!;
    const fence = /^(\s*)```bash\s*$/.exec(line);
    if (!fence) continue;
    const indent = fence[1]!.length;
    const code: string[] = [];
    for (i++; i < lines.length && !/^\s*```\s*$/.test(lines[i]!); i++) code.push(lines[i]!.slice(indent));
    blocks.push({ heading, code: code.join('\n') });
  }
  return blocks;
}

/** A self-signed certificate for the site's name, as the runbook's fullchain.pem / privkey.pem. */
function makeCertificate(dir: string): { cert: string; key: string } {
  const cert = path.join(dir, 'fullchain.pem');
  const key = path.join(dir, 'privkey.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', `/CN=${SITE}`, '-addext', `subjectAltName=DNS:${SITE}`], { stdio: 'pipe' });
  return { cert, key };
}

/** GET or POST to the site through nginx on this machine, by its name (SNI) with the test certificate. */
function siteRequest(ca: string, method: string, urlPath: string, body?: unknown): Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }> {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : JSON.stringify(body);
    const req = https.request(
      { host: '127.0.0.1', port: 443, servername: SITE, ca, method, path: urlPath, headers: { host: SITE, ...(data ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) } : {}) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

const uidOf = (pid: number) => Number(/^Uid:\s+(\d+)/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);

describe.runIf((isRoot && nginx && hasUnshare && pgUrl) || mustRun)('docs/operations.md followed on a clean machine', () => {
  // made when the suite runs, not while it is collected: a skipped suite (most machines) runs no afterAll to remove it
  let work = '';
  let pids = '';
  let pgAdmin: string[] = [];
  let closeSmtp: (() => Promise<void>) | null = null;

  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'runbook-'));
    pids = path.join(work, 'pids');
  });

  afterAll(async () => {
    await closeSmtp?.();
    for (const f of fs.existsSync(pids) ? fs.readdirSync(pids).filter((n) => n.endsWith('.pid')) : []) {
      const pid = Number(fs.readFileSync(path.join(pids, f), 'utf8'));
      try {
        // each service was started in its own process group (setsid), and nginx's daemon leads its workers' group
        process.kill(-pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
    if (pgAdmin.length) spawnSync('psql', [...pgAdmin, '-d', 'postgres', '-qc', 'DROP DATABASE IF EXISTS dongthuan WITH (FORCE)', '-c', 'DROP ROLE IF EXISTS dongthuan']);
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  it('installs the release from the repository, starts the worker, two web processes and nginx, and serves the portal over TLS', async () => {
    if (!isRoot || !nginx || !hasUnshare || !pgUrl) throw new Error('REQUIRE_ALL_TIERS=1: the runbook test needs root, nginx, unshare and TEST_DATABASE_URL');
    for (const port of PORTS) if (await accepts(port)) throw new Error(`Port ${port} is in use: the runbook's install needs 80, 443, 3001 and 3002 free on this machine.`);
    fs.chmodSync(work, 0o755);
    fs.mkdirSync(pids);

    // the province's PostgreSQL: the test's server, without the role and database the runbook creates
    const pg = new URL(pgUrl);
    pgAdmin = ['-h', pg.hostname, '-p', pg.port || '5432', '-U', decodeURIComponent(pg.username || 'postgres')];
    const drop = spawnSync('psql', [...pgAdmin, '-d', 'postgres', '-qc', 'DROP DATABASE IF EXISTS dongthuan WITH (FORCE)', '-c', 'DROP ROLE IF EXISTS dongthuan'], { encoding: 'utf8' });
    expect(drop.status, drop.stderr).toBe(0);

    // the release: a bare copy of this repository's committed HEAD with the runbook's tag
    const repo = path.join(work, 'dong-thuan.git');
    execFileSync('git', ['clone', '-q', '--bare', '--no-local', path.resolve('.'), repo]);
    execFileSync('git', ['--git-dir', repo, 'tag', VERSION_TAG, execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim()]);

    const certs = makeCertificate(work);
    const smtpPort = await freePort();
    closeSmtp = (await startSmtpServer(smtpPort)).close;
    const dbPassword = randomBytes(12).toString('hex');
    const adminPassword = `Quan-tri-${randomBytes(6).toString('hex')}-A1!`;
    const envEdits = {
      DATABASE_URL: `postgres://dongthuan:${dbPassword}@${pg.hostname}:${pg.port || '5432'}/dongthuan`,
      ADMIN_PASSWORD: adminPassword,
      AUDIT_CHECKPOINT_KEY: randomBytes(32).toString('hex'),
      // the province's mail server: one in this test (doctor checks that it answers)
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtpPort),
    };

    // the runbook's blocks in order, in one bash session; the two not run are named
    const markdown = fs.readFileSync(RUNBOOK, 'utf8');
    const install = runbookBlocks(markdown, 'Cài đặt trên Debian 12');
    const firstStart = runbookBlocks(markdown, 'Khởi động lần đầu');
    const skipped = install.filter((b) => /nodesource|certbot/.test(b.code));
    expect(skipped.map((b) => b.heading)).toEqual(['1. Node.js', '7. nginx và TLS']);
    expect(markdown).toMatch(/`dong-thuan-cli setup`/);
    // doctor stops the session on a problem, as an operator would stop; the one it must find here is the test
    // server's fsync=off (checked below), so its status is printed instead
    const step = (b: { heading: string; code: string }) =>
      `echo "=== ${b.heading.replace(/"/g, '')}"\n${b.code.replace(/^dong-thuan-cli doctor\b.*$/m, 'dong-thuan-cli doctor || echo "doctor: mã thoát $?"')}\n`;
    const script = [
      ...install.filter((b) => !skipped.includes(b)).map(step),
      // "Chứng chỉ TLS: đặt fullchain.pem … và privkey.pem vào /etc/ssl/dong-thuan/ (chmod 0600 privkey.pem)"
      `echo "=== chứng chỉ TLS"\ninstall -d -m 0755 /etc/ssl/dong-thuan\ninstall -m 0644 ${certs.cert} /etc/ssl/dong-thuan/fullchain.pem\ninstall -m 0600 ${certs.key} /etc/ssl/dong-thuan/privkey.pem\n`,
      step(firstStart[0]!),
      // step 2 is prose: the directory and the administrator account
      'echo "=== Khởi động lần đầu — bước 2"\ndong-thuan-cli setup\n',
      ...firstStart.slice(1).map(step),
    ].join('\n');
    fs.writeFileSync(path.join(work, 'runbook.sh'), script);

    // a fresh-looking machine: overlays on /etc /opt /usr/local /var, an empty /run; the shims first on PATH
    const mounts = ['etc', 'opt', 'usr/local', 'var']
      .map((d) => {
        const up = path.join(work, 'overlay', d.replace('/', '-'));
        fs.mkdirSync(`${up}/upper`, { recursive: true });
        fs.mkdirSync(`${up}/work`, { recursive: true });
        return `mount -t overlay overlay -o lowerdir=/${d},upperdir=${up}/upper,workdir=${up}/work /${d}`;
      })
      .join('\n');
    const shims = path.join(work, 'shims');
    const transcriptFile = path.join(work, 'transcript.txt');
    fs.cpSync(SHIMS, shims, { recursive: true });
    fs.writeFileSync(
      path.join(work, 'machine.sh'),
      `set -euo pipefail\n${mounts}\nmount -t tmpfs tmpfs /run\ncd /root 2>/dev/null || cd /\nexec bash -euo pipefail ${path.join(work, 'runbook.sh')} > ${transcriptFile} 2>&1\n`,
    );
    // spawned, not spawnSync: the test's mail server answers doctor's greeting from this process's event loop
    const run = await new Promise<{ status: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
      const child = spawn('unshare', ['-m', '--propagation', 'private', 'bash', path.join(work, 'machine.sh')], {
        stdio: 'ignore',
        env: {
          PATH: `${shims}:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin`,
          HOME: os.homedir(),
          LANG: 'C.UTF-8',
          // the npm cache of this machine (npm ci of the release needs no download when it holds the packages)
          npm_config_prefer_offline: 'true',
          RUNBOOK_REPO: repo,
          RUNBOOK_PGHOST: pg.hostname,
          RUNBOOK_PGPORT: pg.port || '5432',
          RUNBOOK_DB_PASSWORD: dbPassword,
          RUNBOOK_ENV_EDITS: JSON.stringify(envEdits),
          RUNBOOK_PIDS: pids,
        },
      });
      const timer = setTimeout(() => child.kill('SIGKILL'), 480_000);
      child.on('error', reject);
      child.on('exit', (status, signal) => {
        clearTimeout(timer);
        resolve({ status, signal });
      });
    });
    const transcript = fs.existsSync(transcriptFile) ? fs.readFileSync(transcriptFile, 'utf8') : '';
    expect(run.status, `the runbook stopped (exit ${run.status ?? run.signal}):\n${transcript.slice(-12000)}`).toBe(0);
    expect(transcript).toMatch(/Đồng Thuận đang chạy \(chỉ tiến trình nền\)/);
    // doctor before the first start: the settings pass, the mail server answers, the only problem is the test
    // database's durability (fsync=off in CI's throwaway server)
    expect(transcript).toMatch(/✓ {2}Mọi biến môi trường đúng quy tắc\./);
    expect(transcript).toMatch(/✓ {2}Máy chủ thư 127\.0\.0\.1:\d+ trả lời: 220/);
    const problems = transcript.split('\n').filter((l) => l.startsWith('✗'));
    expect(problems.every((l) => /fsync hoặc full_page_writes đang tắt/.test(l)), problems.join('\n')).toBe(true);

    // the portal through nginx over TLS, by the site's name; plain HTTP sends to HTTPS
    const ca = fs.readFileSync(certs.cert, 'utf8');
    const portal = await siteRequest(ca, 'GET', '/gop-y');
    expect(portal.status).toBe(200);
    expect(portal.text).toMatch(/<html lang="vi"/);
    const plain = await new Promise<http.IncomingMessage>((resolve, reject) => http.get({ host: '127.0.0.1', port: 80, path: '/gop-y', headers: { host: SITE } }, resolve).on('error', reject));
    expect(plain.statusCode).toBe(301);
    expect(plain.headers.location).toBe(`https://${SITE}/gop-y`);

    // the administrator that `dong-thuan-cli setup` made, with the env file's password
    const signIn = await siteRequest(ca, 'POST', '/api/v1/session', { username: 'admin', password: adminPassword });
    expect(signIn.status, signIn.text).toBe(200);

    // the worker and both web processes run as the service account, not as root
    const account = /^dong-thuan:x:(\d+):/m.exec(fs.readFileSync(path.join(work, 'overlay/etc/upper/passwd'), 'utf8'));
    expect(account, 'adduser made no dong-thuan account').not.toBeNull();
    for (const unit of ['dong-thuan-worker.service', 'dong-thuan-web@3001.service', 'dong-thuan-web@3002.service']) {
      const runuser = Number(fs.readFileSync(path.join(pids, `${unit}.pid`), 'utf8'));
      const node = Number(fs.readFileSync(`/proc/${runuser}/task/${runuser}/children`, 'utf8').trim().split(/\s+/)[0]);
      expect(uidOf(node), unit).toBe(Number(account![1]));
    }

    // the backup timer's first run: a backup only its owner can read, in the folder the runbook made
    const backups = path.join(work, 'overlay/var/upper/backups/dong-thuan');
    const files = fs.readdirSync(backups).filter((f) => /^dong-thuan-\d{8}-\d{4}\.jsonl\.gz$/.test(f));
    expect(files).toHaveLength(1);
    expect(fs.statSync(path.join(backups, files[0]!)).mode & 0o777).toBe(0o600);
  }, 600_000);
});
