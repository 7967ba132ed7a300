import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { chainHead, checkpointFileFromEnv, readCheckpoints } from './platform/audit';
import { configProblems, SETTINGS, shownValue } from './platform/config';
import { openDatabase, pendingMigrations, unknownMigrations, type Database } from './platform/db';
import { explainFsError } from './platform/db/data-dir';
import { smtpFromEnv } from './platform/mail';

/**
 * `npm run cli -- doctor`: what an operator checks before and after a change, in one screen. The configuration in
 * effect (secrets masked, each problem named), the database and how durable its writes are, free disk where the
 * platform writes, whether the mail server answers, and the audit checkpoints. Nothing is changed. Exit code 0
 * when nothing is wrong (warnings allowed), 1 when something is.
 */
export async function runDoctor(env: NodeJS.ProcessEnv = process.env, out: (line: string) => void = console.log): Promise<number> {
  const report = new Report(out);

  report.section('Cấu hình');
  const problems = configProblems(env);
  for (const s of SETTINGS) {
    const raw = env[s.name];
    report.line(`${s.name.padEnd(22)} ${raw ? shownValue(s, raw) : `(chưa đặt: ${s.fallback})`}`);
  }
  for (const p of problems) report.error(p);
  if (problems.length === 0) report.ok('Mọi biến môi trường đúng quy tắc.');

  report.section('Cơ sở dữ liệu');
  const url = env.DATABASE_URL?.trim() || 'file:./data/pglite';
  let database: Database | null = null;
  try {
    // migrations are not run here: the doctor only looks
    database = await openDatabase(url, { migrate: false });
    await checkDatabase(database, url, env, report);
  } catch (e) {
    report.error(`Không mở được cơ sở dữ liệu ${shownValue(SETTINGS.find((s) => s.name === 'DATABASE_URL')!, url)}: ${e instanceof Error ? e.message : String(e)}`);
  }

  report.section('Dung lượng đĩa');
  const places: [string, string][] = [
    ['tệp đính kèm (FILES_DIR)', path.resolve(env.FILES_DIR || './data/files')],
    ['mốc kiểm tra nhật ký', path.dirname(checkpointFileFromEnv(env).path)],
  ];
  if (url.startsWith('file:')) places.unshift(['cơ sở dữ liệu nhúng', path.resolve(url.slice('file:'.length))]);
  for (const [what, dir] of places) checkDisk(what, dir, report);

  report.section('Thư điện tử');
  await checkSmtp(env, report);

  report.section('Mốc kiểm tra nhật ký');
  try {
    if (database) await checkCheckpoints(database, env, report);
  } finally {
    await database?.close();
  }

  out('');
  out(report.errors ? `Có ${report.errors} vấn đề cần xử lý${report.warnings ? `, ${report.warnings} cảnh báo` : ''}.` : `Không có vấn đề${report.warnings ? ` (${report.warnings} cảnh báo)` : ''}.`);
  return report.errors ? 1 : 0;
}

class Report {
  errors = 0;
  warnings = 0;
  constructor(private readonly out: (line: string) => void) {}
  section(title: string): void {
    this.out(`\n== ${title}`);
  }
  line(text: string): void {
    this.out(`   ${text}`);
  }
  ok(text: string): void {
    this.out(`✓  ${text}`);
  }
  warn(text: string): void {
    this.warnings++;
    this.out(`!  ${text}`);
  }
  error(text: string): void {
    this.errors++;
    this.out(`✗  ${text}`);
  }
}

async function checkDatabase(database: Database, url: string, env: NodeJS.ProcessEnv, report: Report): Promise<void> {
  const version = (await database.query<{ v: string }>('select version() as v', [])).rows[0]?.v ?? '';
  report.line(`${database.kind === 'postgres' ? 'PostgreSQL' : 'PGlite (nhúng)'}: ${version.split(',')[0]}`);
  const unknown = await unknownMigrations(database);
  if (unknown) report.error(`Cơ sở dữ liệu đã được một phiên bản mới hơn cập nhật cấu trúc (${unknown} bản cập nhật phiên bản này không có): phiên bản này sẽ không khởi động trên nó.`);
  const pending = await pendingMigrations(database);
  if (unknown) return;
  if (pending.length) report.warn(`${pending.length} bản cập nhật cấu trúc chưa áp dụng (sẽ chạy khi khởi động): ${pending.join(', ')}.`);
  else report.ok('Cấu trúc cơ sở dữ liệu đã cập nhật.');
  const setting = async (name: string) => (await database.query<{ v: string }>(`select current_setting('${name}') as v`, [])).rows[0]?.v ?? '?';
  const durability = { fsync: await setting('fsync'), synchronous_commit: await setting('synchronous_commit'), full_page_writes: await setting('full_page_writes') };
  report.line(`Độ bền ghi: fsync=${durability.fsync}, synchronous_commit=${durability.synchronous_commit}, full_page_writes=${durability.full_page_writes}`);
  if (database.kind === 'postgres') {
    if (durability.fsync !== 'on' || durability.full_page_writes !== 'on') report.error('fsync hoặc full_page_writes đang tắt: mất điện có thể làm hỏng cơ sở dữ liệu. Bật lại trong postgresql.conf.');
    else if (durability.synchronous_commit === 'off') report.warn('synchronous_commit=off: mất điện có thể mất vài giao dịch cuối đã báo thành công (ý kiến đã cấp mã biên nhận).');
    else report.ok('Ghi bền vững (fsync, full_page_writes, synchronous_commit bật).');
    const archive = await setting('archive_mode');
    const standby = (await database.query<{ n: number }>('select count(*)::int as n from pg_stat_replication', [])).rows[0]?.n ?? 0;
    report.line(`Lưu trữ WAL: archive_mode=${archive}; máy dự phòng đang nhận: ${standby}`);
    if (archive === 'off' && standby === 0) report.warn('Không có lưu trữ WAL và không có máy dự phòng: chỉ khôi phục được tới bản sao lưu gần nhất.');
    const max = Number(await setting('max_connections'));
    const pool = Number(env.DATABASE_POOL_MAX || 10);
    report.line(`Kết nối: max_connections=${max}, DATABASE_POOL_MAX=${pool} mỗi tiến trình`);
  } else {
    report.line(`Thư mục dữ liệu: ${url.startsWith('file:') ? path.resolve(url.slice('file:'.length)) : 'bộ nhớ (mất khi dừng)'}`);
    if (!url.startsWith('file:')) report.warn('Cơ sở dữ liệu trong bộ nhớ: mọi dữ liệu mất khi dừng. Chỉ dùng để thử.');
    // PGlite starts with fsync off: a write survives the process being killed (it is in the system's cache) but not a power cut
    else if (durability.fsync !== 'on') report.warn('PGlite ghi không fsync: dữ liệu còn nguyên khi tiến trình bị dừng đột ngột, nhưng có thể mất vài giao dịch cuối khi mất điện. Môi trường thật nên dùng PostgreSQL (docs/operations.md).');
  }
}

function checkDisk(what: string, dir: string, report: Report): void {
  // the nearest folder that exists: a folder not yet created lives on its parent's disk
  let probe = dir;
  while (!fs.existsSync(probe) && path.dirname(probe) !== probe) probe = path.dirname(probe);
  try {
    const s = fs.statfsSync(probe);
    const free = s.bavail * s.bsize;
    const total = s.blocks * s.bsize;
    const gb = (n: number) => `${(n / 1024 ** 3).toFixed(1)} GB`;
    const text = `${what} (${dir}): còn trống ${gb(free)} / ${gb(total)} (${Math.round((free / total) * 100)}%)`;
    if (free < 1024 ** 3 || free / total < 0.05) report.error(`${text}: sắp đầy; khi đầy, ý kiến mới bị từ chối (503).`);
    else if (free / total < 0.15) report.warn(`${text}: dưới 15%.`);
    else report.ok(text);
    fs.accessSync(probe, fs.constants.W_OK);
  } catch (e) {
    report.error(`${what} (${dir}): ${explainFsError(e, probe)}.`);
  }
}

async function checkSmtp(env: NodeJS.ProcessEnv, report: Report): Promise<void> {
  const smtp = smtpFromEnv(env);
  if (!smtp) {
    report.warn('Chưa đặt SMTP_HOST: thư (xác nhận email, đặt lại mật khẩu, nhắc hạn) nằm trong hộp thư đi, không gửi được.');
    return;
  }
  const greeting = await smtpGreeting(smtp.host, smtp.port, 5000);
  if (greeting.ok) report.ok(`Máy chủ thư ${smtp.host}:${smtp.port} trả lời: ${greeting.text}`);
  else report.error(`Máy chủ thư ${smtp.host}:${smtp.port} không trả lời: ${greeting.text}`);
}

/** Opens a TCP connection and reads the server's 220 greeting (no login, nothing sent but QUIT). */
function smtpGreeting(host: string, port: number, timeoutMs: number): Promise<{ ok: boolean; text: string }> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok: boolean, text: string) => {
      socket.destroy();
      resolve({ ok, text });
    };
    socket.setTimeout(timeoutMs, () => done(false, `quá ${timeoutMs / 1000} giây`));
    socket.once('error', (e) => done(false, (e as NodeJS.ErrnoException).code ?? e.message));
    socket.once('data', (d) => {
      const text = d.toString('utf8').split('\r\n')[0]!.slice(0, 120);
      socket.write('QUIT\r\n');
      // port 465 speaks TLS first: its bytes are not a greeting, but the server is there
      done(text.startsWith('220') || port === 465, text.startsWith('220') ? text : 'không phải lời chào SMTP (cổng TLS?)');
    });
  });
}

async function checkCheckpoints(database: Database, env: NodeJS.ProcessEnv, report: Report): Promise<void> {
  const file = checkpointFileFromEnv(env);
  const { checkpoints, bad } = readCheckpoints(file);
  let head: { seq: number } | null = null;
  try {
    head = await chainHead(database.db);
  } catch {
    report.warn('Chưa đọc được nhật ký kiểm tra (cơ sở dữ liệu chưa cập nhật cấu trúc?).');
  }
  report.line(`Tệp: ${file.path}${file.key ? ' (có ký HMAC)' : ' (không ký)'}`);
  if (!file.key) report.warn('Chưa đặt AUDIT_CHECKPOINT_KEY: ai sửa được tệp mốc có thể làm giả.');
  for (const b of bad) report.error(`Dòng ${b.line} của tệp mốc: ${b.reason}.`);
  const last = checkpoints.at(-1);
  if (!last) {
    // the server records one each night; the command line cannot open the embedded database while the server runs
    report.warn('Chưa có mốc nào: máy chủ tự ghi mốc mỗi đêm. Muốn ghi ngay: với PostgreSQL chạy "npm run cli -- audit checkpoint"; với cơ sở dữ liệu nhúng, dừng máy chủ trước.');
    return;
  }
  const behind = head ? head.seq - last.seq : 0;
  const age = Math.round((Date.now() - Date.parse(last.at)) / 3_600_000);
  const text = `Mốc gần nhất: dòng ${last.seq}, ${new Date(last.at).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })} (${age} giờ trước); ${behind} dòng nhật ký mới hơn mốc.`;
  if (head && head.seq < last.seq) report.error(`${text} Nhật ký ngắn hơn mốc: có dòng đã bị xoá, chạy "npm run cli -- audit verify".`);
  else if (age > 48) report.warn(`${text} Mốc đã cũ hơn 2 ngày.`);
  else report.ok(text);
}
