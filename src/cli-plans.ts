import fs from 'node:fs';
import path from 'node:path';
import { systemActor } from './platform/auth';
import { loadConfig } from './platform/config';
import { openDatabase } from './platform/db';
import { todayVn } from './platform/text';
import { findPlan, importPlan, loadAnnualReport, parsePlanDocumentIsolated, PlanParseError, previewPlan, renderAnnualReportDocx, reportDateOf, writeAnnualAnnex, type NameChoice } from './modules/plans';
import { bootstrapData } from './bootstrap';

const USAGE = `Cách dùng:
  npm run --silent cli -- plan parse TỆP --json
  npm run cli -- plan import TỆP [--map "Tên viết=ID đơn vị"]... [--ignore-unresolved]
  npm run cli -- plan report ID_KẾ_HOẠCH --out TỆP.docx [--xlsx TỆP.xlsx] [--at YYYY-MM-DD] [--signer "Họ tên" --signer-title "Chức vụ"]
TỆP kế hoạch: .docx, .txt hoặc .pdf có lớp văn bản (bản quét không đọc được).`;

function readInput(file: string): Uint8Array | null {
  try {
    return fs.readFileSync(file);
  } catch {
    console.error(`Không đọc được tệp "${file}": tệp không tồn tại hoặc không có quyền đọc.`);
    return null;
  }
}

/** `plan parse|import|report`; parse prints exactly one JSON object on stdout and exits 2 on unreadable input. */
export async function runPlanCommand(verb: string | undefined, arg: string | undefined, opts: { json: boolean; map?: string[]; ignoreUnresolved?: boolean; expandGroups?: boolean; out?: string; xlsx?: string; at?: string; signer?: string; signerTitle?: string }): Promise<number> {
  if (!verb || !arg) {
    console.error(USAGE);
    return 2;
  }
  if (verb === 'parse') {
    const data = readInput(arg);
    if (!data) return 2;
    try {
      const { warnings, ...contract } = await parsePlanDocumentIsolated(data, path.basename(arg));
      for (const w of warnings) console.error(`Cảnh báo: ${w}`);
      process.stdout.write(JSON.stringify(contract, null, opts.json ? 0 : 2) + '\n');
      return 0;
    } catch (e) {
      if (e instanceof PlanParseError) {
        console.error(e.messageVi);
        return 2;
      }
      throw e;
    }
  }
  const database = await openDatabase(loadConfig().databaseUrl);
  try {
    await bootstrapData(database, process.env.ADMIN_PASSWORD || null);
    const ctx = { db: database.db, actor: systemActor('dòng lệnh') };
    if (verb === 'import') {
      const data = readInput(arg);
      if (!data) return 2;
      const file = { data, fileName: path.basename(arg) };
      const preview = await previewPlan(ctx, file);
      const mappings: Record<string, NameChoice> = {};
      for (const m of opts.map ?? []) {
        const [name, unitId] = m.split('=');
        if (name && unitId) mappings[name.trim()] = unitId.trim() === '-' ? { ignore: true } : { unitIds: [unitId.trim()] };
      }
      const open = preview.names.filter((n) => (n.status === 'unresolved' || n.status === 'ambiguous') && !mappings[n.written]);
      if (open.length && !opts.ignoreUnresolved) {
        console.error(`Còn ${open.length} tên đơn vị chưa xác định; thêm --map "Tên=ID" (hoặc "Tên=-" để bỏ qua), hoặc --ignore-unresolved:`);
        for (const n of open) console.error(`  - ${n.written} (${n.status === 'ambiguous' ? `nhiều khả năng: ${n.units.map((u) => u.id).join(', ')}` : 'không xác định'})`);
        return 2;
      }
      for (const n of open) mappings[n.written] = { ignore: true };
      const groups = preview.issuerCheck.status === 'own' ? [] : preview.names.filter((n) => n.status === 'group' && !mappings[n.written]);
      if (groups.length && !opts.expandGroups) {
        console.error(`${preview.issuerCheck.message}\nCụm từ chung chưa được quyết định (thêm --map "Cụm từ=ID" hoặc "Cụm từ=-", hoặc --expand-groups để mở rộng thành đơn vị của tỉnh):`);
        for (const n of groups) console.error(`  - ${n.written}`);
        return 2;
      }
      const result = await importPlan(ctx, file, mappings, { expandGroups: opts.expandGroups });
      console.log(`Đã nhập kế hoạch ${preview.plan.number ?? ''}: ${result.tasks} nhiệm vụ, ${result.assignments} lượt giao việc. ID: ${result.id}`);
      return 0;
    }
    if (verb === 'report') {
      if (!opts.out && !opts.xlsx) {
        console.error('Thiếu --out TỆP.docx (hoặc --xlsx TỆP.xlsx).');
        return 2;
      }
      const plan = await findPlan(database.db, arg);
      if (!plan) {
        console.error(`Không có kế hoạch "${arg}".`);
        return 2;
      }
      // the same report date for the DOCX and the XLSX, as the office computes it
      const date = opts.at ?? reportDateOf(plan, todayVn());
      if (!/^\d{4}-\d{2}-\d{2}$/u.test(date) || date > todayVn() || (plan.issuedOn !== null && date < plan.issuedOn)) {
        console.error(`Ngày báo cáo không hợp lệ: "${date}" (cần YYYY-MM-DD, từ ngày ban hành kế hoạch đến hôm nay).`);
        return 2;
      }
      if (Boolean(opts.signer?.trim()) !== Boolean(opts.signerTitle?.trim())) {
        console.error('Cần cả --signer "Họ tên" và --signer-title "Chức vụ" của người ký.');
        return 2;
      }
      const signer = opts.signer?.trim() ? { name: opts.signer.trim(), title: opts.signerTitle!.trim() } : undefined;
      const { view, figures, opts: reportOpts, audit } = await loadAnnualReport(database.db, arg, date, signer);
      if (opts.out) fs.writeFileSync(opts.out, await renderAnnualReportDocx(view, figures, reportOpts));
      if (opts.xlsx) await writeAnnualAnnex(fs.createWriteStream(opts.xlsx), view, figures, reportOpts);
      console.log(`Đã ghi báo cáo đến ngày ${date.split('-').reverse().join('/')}${audit.signer ? `, người ký: ${audit.signer.name} (${audit.signer.title})` : ', chưa có người ký'}: ${[opts.out, opts.xlsx].filter(Boolean).join(', ')}`);
      return 0;
    }
    console.error(USAGE);
    return 2;
  } finally {
    await database.close();
  }
}
