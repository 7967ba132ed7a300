import fs from 'node:fs';
import path from 'node:path';
import { systemActor } from './platform/auth';
import type { Database } from './platform/db';
import { isAppError } from './platform/errors';
import { applyDirectoryImport, issueText, previewDirectoryImport, type DirectoryImportPreview } from './modules/organisations';

const USAGE = `Cách dùng:
  npm run cli -- org import TỆP.xlsx [--apply]
  npm run cli -- org import don-vi.csv [ke-thua.csv] [ten-goi-khac.csv] [--apply]
Không có --apply: chỉ kiểm tra và cho biết sẽ thêm, cập nhật bao nhiêu; không ghi gì.`;

function countsLine(c: DirectoryImportPreview['counts']): string {
  const one = (label: string, x: { created: number; updated: number; unchanged: number }) => `${label}: ${x.created} thêm mới, ${x.updated} cập nhật, ${x.unchanged} giữ nguyên`;
  return [one('Đơn vị', c.units), one('Kế thừa', c.successions), one('Tên gọi khác', c.aliases)].join('\n');
}

/**
 * `org import FILE... [--apply]`: checks a directory spreadsheet (one .xlsx or up to three .csv) and prints every
 * problem; with --apply and no problem, loads it in one transaction. Exit codes: 0 ok, 2 problems in the file.
 */
export async function runOrgImport(database: Database, files: string[], opts: { apply: boolean }): Promise<number> {
  if (files.length === 0) {
    console.error(USAGE);
    return 2;
  }
  const uploads = [];
  for (const f of files) {
    try {
      uploads.push({ fileName: path.basename(f), data: new Uint8Array(fs.readFileSync(f)) });
    } catch {
      console.error(`Không đọc được tệp "${f}": tệp không tồn tại hoặc không có quyền đọc.`);
      return 2;
    }
  }
  const ctx = { db: database.db, actor: systemActor('dòng lệnh') };
  try {
    const preview = await previewDirectoryImport(ctx, uploads);
    for (const t of preview.tables) console.log(`${t.source}: ${t.rows} dòng`);
    for (const w of preview.warnings) console.error(`Lưu ý: ${w}`);
    if (preview.issues.length) {
      for (const i of preview.issues) console.error(issueText(i));
      console.error(`Tệp có ${preview.issues.length} lỗi; chưa ghi gì.`);
      return 2;
    }
    console.log(countsLine(preview.counts));
    if (!opts.apply) {
      console.log('Xem trước: chưa ghi gì. Thêm --apply để nhập.');
      return 0;
    }
    const result = await applyDirectoryImport(ctx, uploads);
    console.log(result.changed ? 'Đã nhập danh mục.' : 'Danh mục đã đúng như tệp: không có gì thay đổi.');
    return 0;
  } catch (e) {
    if (isAppError(e) && e.status < 500) {
      console.error(e.message);
      for (const fe of e.options.errors ?? []) if (fe.message !== e.message) console.error(fe.message);
      return 2;
    }
    throw e;
  }
}
