import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { checkAuditChain, checkpointFileFromEnv } from './platform/audit';
import { systemActor, type RoleGrant } from './platform/auth';
import { backupDatabase, restoreDatabase } from './platform/backup';
import { loadConfig } from './platform/config';
import { openDatabase, type Database } from './platform/db';
import { isAppError } from './platform/errors';
import { formatDateVi, isIsoDate, todayVn } from './platform/text';
import { bootstrapData } from './bootstrap';
import { createUser, resetPassword } from './modules/accounts';
import { getDirectory, UNIT_TYPE_LABELS } from './modules/organisations';

const USAGE = `Cách dùng: npm run cli -- <lệnh>
  user add USERNAME --name "Họ tên" [--email THƯ] [--password P] [--role ROLE --unit UNIT_ID]...
  user reset-password USERNAME [--password P]
  org list [--at YYYY-MM-DD] [--json]
  org resolve "TÊN ĐƠN VỊ" [--at YYYY-MM-DD] [--json]
  org import FILE.xlsx|FILE.csv... [--apply]   (không có --apply: chỉ kiểm tra, không ghi gì)
  setup                   (lần chạy đầu của một hệ thống thật: danh mục có sẵn và tài khoản admin, không có dự thảo mẫu)
  doctor                  (cấu hình đang dùng, độ bền cơ sở dữ liệu, dung lượng đĩa, máy chủ thư, mốc kiểm tra nhật ký)
  audit verify            (chuỗi nhật ký và các mốc trong AUDIT_CHECKPOINT_FILE)
  audit checkpoint        (kiểm tra, rồi ghi mốc mới vào tệp mốc)
  backup FILE
  restore FILE [--force]
  plan parse FILE --json
  plan import FILE [--map "Tên=ID"]... [--ignore-unresolved] [--expand-groups]
  plan report PLAN_ID --out FILE.docx [--xlsx FILE.xlsx] [--at YYYY-MM-DD] [--signer "Họ tên" --signer-title "Chức vụ"]`;

function parseOptions(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      at: { type: 'string' },
      json: { type: 'boolean' },
      name: { type: 'string' },
      email: { type: 'string' },
      password: { type: 'string' },
      role: { type: 'string', multiple: true },
      unit: { type: 'string', multiple: true },
      force: { type: 'boolean' },
      map: { type: 'string', multiple: true },
      'ignore-unresolved': { type: 'boolean' },
      'expand-groups': { type: 'boolean' },
      out: { type: 'string' },
      xlsx: { type: 'string' },
      signer: { type: 'string' },
      'signer-title': { type: 'string' },
      apply: { type: 'boolean' },
    },
  });
}

/** Exit codes: 0 ok, 1 failure (e.g. audit broken), 2 bad input. */
async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(argv);
  } catch (err) {
    // node's own message is English and comes with a stack: the operator gets the option's name and the usage
    const option = /'(-[^']+)'/.exec(err instanceof Error ? err.message : '')?.[1];
    return usage(option ? `Tùy chọn không dùng được ở đây hoặc thiếu giá trị: ${option}.` : 'Dòng lệnh không hợp lệ.');
  }
  const { values, positionals } = parsed;
  const [group, verb, arg] = positionals;
  // loaded on demand: the parser is large and other commands should start fast
  if (group === 'plan') return (await import('./cli-plans')).runPlanCommand(verb, arg, { json: values.json ?? false, map: values.map, ignoreUnresolved: values['ignore-unresolved'], expandGroups: values['expand-groups'], out: values.out, xlsx: values.xlsx, at: values.at, signer: values.signer, signerTitle: values['signer-title'] });
  // the doctor reads the configuration itself: it reports a wrong setting instead of stopping at it
  if (group === 'doctor') return (await import('./cli-doctor')).runDoctor();
  if (group === 'org' && verb === 'import') {
    const database = await openDatabase(loadConfig().databaseUrl);
    try {
      return await (await import('./cli-org-import')).runOrgImport(database, positionals.slice(2), { apply: values.apply ?? false });
    } finally {
      await database.close();
    }
  }
  if (!group) {
    console.error(USAGE);
    return 2;
  }
  const at = values.at ?? todayVn();
  if (!isIsoDate(at)) {
    console.error(`Ngày không hợp lệ: "${values.at}" (cần YYYY-MM-DD).`);
    return 2;
  }
  const database = await openDatabase(loadConfig().databaseUrl);
  try {
    return await run(database, group, verb, arg, { ...values, at });
  } finally {
    await database.close();
  }
}

async function run(database: Database, group: string, verb: string | undefined, arg: string | undefined, opts: { at: string; json?: boolean; name?: string; email?: string; password?: string; role?: string[]; unit?: string[]; force?: boolean }): Promise<number> {
  const actor = systemActor('dòng lệnh');
  const ctx = { db: database.db, actor };
  // backup and restore take a file, not a verb: "backup FILE" is the command "backup"
  const key = group === 'backup' || group === 'restore' ? group : `${group} ${verb ?? ''}`.trim();
  switch (key) {
    case 'user add': {
      if (!arg || !opts.name) return usage('Thiếu tên đăng nhập hoặc --name.');
      // a role is held on a unit: each --role goes with its --unit, in order
      if ((opts.role ?? []).length !== (opts.unit ?? []).length) return usage('Mỗi --role cần một --unit đi kèm (và ngược lại), theo đúng thứ tự.');
      const roles: RoleGrant[] = (opts.role ?? []).map((role, i) => ({ role: role as RoleGrant['role'], unitId: opts.unit![i]! }));
      const password = opts.password ?? (await import('./modules/accounts/passwords')).randomPassword();
      // the administrator knows this password (typed or printed): the person must choose their own at first sign-in
      await createUser(ctx, { username: arg, displayName: opts.name, email: opts.email ?? null, password, roles, mustChangePassword: true });
      console.log(`Đã tạo tài khoản ${arg}${opts.password ? '' : ` với mật khẩu tạm: ${password}`}`);
      return 0;
    }
    case 'user reset-password': {
      if (!arg) return usage('Thiếu tên đăng nhập.');
      const password = opts.password ?? (await import('./modules/accounts/passwords')).randomPassword();
      await resetPassword(ctx, { username: arg }, password, { mustChange: true });
      console.log(`Đã đặt lại mật khẩu cho ${arg}${opts.password ? '' : `: ${password}`}`);
      return 0;
    }
    case 'setup': {
      const b = await bootstrapIfEmpty(database);
      const units = (await getDirectory(database.db)).snapshot.units.length;
      console.log(b.orgLoaded ? `Đã nạp danh mục có sẵn: ${units} đơn vị (Yên Bái 2024, Lào Cai từ 01/7/2025).` : `Danh mục đã có ${units} đơn vị: giữ nguyên.`);
      console.log(b.adminCreated ? `Đã tạo tài khoản quản trị "admin"${process.env.ADMIN_PASSWORD ? ' với mật khẩu ADMIN_PASSWORD' : ''}; hãy đổi mật khẩu khi đăng nhập lần đầu.` : 'Tài khoản "admin" đã có: giữ nguyên.');
      return 0;
    }
    case 'org list': {
      // looking writes nothing: an empty directory is said so, and filled by `setup` or `org import` (docs/operations.md)
      const dir = await getDirectory(database.db);
      if (dir.snapshot.units.length === 0) return emptyDirectory();
      const units = dir.resolver.unitsAt(opts.at);
      if (opts.json) {
        console.log(JSON.stringify({ at: opts.at, units: units.map((u) => ({ id: u.id, name: u.name, type: u.type, parentId: u.parentId })) }));
        return 0;
      }
      const print = (nodes: ReturnType<typeof dir.resolver.treeAt>, depth: number) => {
        for (const n of nodes) {
          console.log(`${'  '.repeat(depth)}${n.unit.name} (${UNIT_TYPE_LABELS[n.unit.type] ?? n.unit.type}) [${n.unit.id}]`);
          print(n.children, depth + 1);
        }
      };
      print(dir.resolver.treeAt(opts.at), 0);
      console.log(`— ${units.length} đơn vị ngày ${formatDateVi(opts.at, 'short')}`);
      return 0;
    }
    case 'org resolve': {
      if (!arg) return usage('Thiếu tên đơn vị cần tra.');
      const dir = await getDirectory(database.db);
      if (dir.snapshot.units.length === 0) return emptyDirectory();
      const r = dir.resolver.resolve(arg, opts.at);
      const ids = r.status === 'unit' || r.status === 'group' ? r.unitIds : r.status === 'ambiguous' ? r.candidateIds : [];
      const out = { ...r, at: opts.at, units: ids.map((id) => ({ id, name: dir.unit(id)?.name ?? id })) };
      if (opts.json) console.log(JSON.stringify(out));
      else console.log(`${RESOLVE_LABELS[r.status] ?? r.status}: ${out.units.map((u) => u.name).join('; ') || '—'}`);
      return r.status === 'unresolved' ? 1 : 0;
    }
    case 'audit verify':
    case 'audit checkpoint': {
      const file = checkpointFileFromEnv();
      const { result, badLines, written } = await checkAuditChain(database.db, file, { checkpoint: verb === 'checkpoint', onProgress: (n) => process.stderr.write(`\rĐã kiểm ${n} dòng…`) });
      process.stderr.write('\n');
      for (const b of badLines) console.error(`TỆP MỐC KIỂM TRA ${file.path}, dòng ${b.line}: ${b.reason}.`);
      if (!result.ok) {
        console.error(`NHẬT KÝ BỊ SỬA HOẶC XOÁ: dòng đầu tiên sai là seq=${result.badSeq} (${result.reason}); ${result.rows} dòng trước đó đúng.`);
        return 1;
      }
      console.log(`Nhật ký thao tác nguyên vẹn: ${result.rows} dòng; khớp ${result.checkpoints} mốc kiểm tra trong ${file.path}.`);
      if (written) console.log(`Đã ghi mốc kiểm tra mới: dòng ${written.seq}.`);
      else if (result.checkpoints === 0) console.log('Chưa có mốc kiểm tra nào ngoài cơ sở dữ liệu, nên chưa phát hiện được việc xoá các dòng mới nhất; "audit checkpoint" (hoặc tác vụ hằng đêm) ghi mốc đầu tiên.');
      return badLines.length ? 1 : 0;
    }
    case 'backup': {
      const file = verb;
      if (!file) return usage('Thiếu tên tệp sao lưu.');
      const result = await backupDatabase(database, file, { onProgress: (t, n) => process.stderr.write(`\r${t}: ${n}   `) });
      process.stderr.write('\n');
      console.log(`Đã sao lưu vào ${file}: ${Object.entries(result.counts).map(([t, n]) => `${t}=${n}`).join(', ')}; ${result.files} tệp đính kèm (${result.fileBytes} byte).`);
      if (result.missingFiles.length) console.error(`Cảnh báo: ${result.missingFiles.length} tệp đính kèm đã mất khỏi thư mục tệp trước khi sao lưu; bản sao lưu ghi lại danh sách này.`);
      return 0;
    }
    case 'restore': {
      const file = verb;
      if (!file) return usage('Thiếu tên tệp sao lưu.');
      const result = await restoreDatabase(database, file, { force: arg === '--force' || opts.force, onProgress: (t, n) => process.stderr.write(`\r${t}: ${n}   `) });
      process.stderr.write('\n');
      console.log(`Đã kiểm tra và khôi phục từ ${file}: ${Object.entries(result.counts).map(([t, n]) => `${t}=${n}`).join(', ')}; ${result.files} tệp đính kèm.`);
      if (!result.manifest) console.log('Lưu ý: đây là bản sao lưu kiểu cũ, chỉ có cơ sở dữ liệu (không có tệp đính kèm, không có mã kiểm tra).');
      if (result.missingFiles.length) console.error(`Cảnh báo: ${result.missingFiles.length} tệp đính kèm đã mất trước khi sao lưu nên không khôi phục được.`);
      const checkpoints = checkpointFileFromEnv();
      if (fs.existsSync(checkpoints.path)) {
        console.log(`Lưu ý: tệp mốc kiểm tra nhật ký ${checkpoints.path} có thể ghi những dòng mới hơn bản sao lưu; nếu "audit verify" báo thiếu dòng, hãy chuyển tệp đó sang chỗ khác (giữ lại làm hồ sơ).`);
      }
      return 0;
    }
    default:
      return usage(`Lệnh không rõ: ${key}`);
  }
}

/** The directory and the admin account on an empty database, never the demo draft: the command line is the operator's. */
async function bootstrapIfEmpty(database: Database): Promise<{ orgLoaded: boolean; adminCreated: boolean }> {
  const b = await bootstrapData(database, process.env.ADMIN_PASSWORD || null, { demo: false });
  if (b.generatedPassword) console.error(`Đã tạo tài khoản admin / ${b.generatedPassword}`);
  return b;
}

/** How a name resolved, as the operator reads it. */
const RESOLVE_LABELS: Record<string, string> = { unit: 'Đơn vị', group: 'Nhóm đơn vị', ambiguous: 'Chưa rõ, có thể là', unresolved: 'Không xác định được' };

function emptyDirectory(): number {
  console.error('Danh mục tổ chức đang trống. Nạp danh mục của tỉnh bằng `org import <tệp>`, hoặc danh mục có sẵn (Yên Bái, Lào Cai) bằng `setup`.');
  return 1;
}

function usage(message: string): number {
  console.error(`${message}\n${USAGE}`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    console.error(isAppError(err) ? `Lỗi: ${err.message}` : err);
    process.exit(isAppError(err) && err.status < 500 ? 2 : 1);
  },
);
