import { randomUUID } from 'node:crypto';
import { authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import { AppError } from '../../../platform/errors';
import { invalidateDirectory } from '../directory';
import { checkImport, type ChangeCounts, type UnitChange } from '../import/check-import';
import type { SheetKind } from '../import/columns';
import { issueText, sortIssues, type ImportIssue } from '../import/issues';
import { parseTables } from '../import/parse-rows';
import { readImportFiles, UnreadableFile, type UploadedFile } from '../import/read-files';
import { insertAliasRows, insertSuccessions, loadCurrentDirectory, lockDirectoryImport, updateSuccessionTexts, upsertUnits } from '../import/repo';

/** Units listed one by one in a preview; the counts always cover every row. */
const MAX_LISTED_CHANGES = 2000;

export interface DirectoryImportCounts {
  units: ChangeCounts;
  successions: ChangeCounts;
  aliases: ChangeCounts;
}

export interface DirectoryImportPreview {
  files: string[];
  tables: { source: string; kind: SheetKind; rows: number }[];
  issues: ImportIssue[];
  warnings: string[];
  counts: DirectoryImportCounts;
  unitChanges: UnitChange[];
  unitChangesTotal: number;
}

export interface DirectoryImportResult {
  changed: boolean;
  counts: DirectoryImportCounts;
}

async function readUpload(files: readonly UploadedFile[]) {
  try {
    const read = await readImportFiles(files);
    return { read, parsed: parseTables(read.tables) };
  } catch (e) {
    if (e instanceof UnreadableFile) throw new AppError('validation', e.messageVi, { errors: [{ path: 'file', message: e.messageVi }] });
    throw e;
  }
}

/** Reads a directory spreadsheet and shows every problem and what applying it would change; writes nothing. */
export async function previewDirectoryImport(ctx: ActionContext, files: readonly UploadedFile[]): Promise<DirectoryImportPreview> {
  authorize(ctx.actor, 'org.write');
  const { read, parsed } = await readUpload(files);
  const plan = checkImport(parsed, await loadCurrentDirectory(ctx.db));
  return {
    files: files.map((f) => f.fileName),
    tables: read.tables.map((t) => ({ source: t.source, kind: t.spec.kind, rows: t.rows.length })),
    issues: sortIssues([...read.issues, ...plan.issues], read.tables.map((t) => t.source)),
    warnings: [...read.warnings, ...plan.warnings],
    counts: plan.counts,
    unitChanges: plan.unitChanges.slice(0, MAX_LISTED_CHANGES),
    unitChangesTotal: plan.unitChanges.length,
  };
}

/**
 * Applies a directory spreadsheet in one transaction: units upserted by their id, new successions and aliases
 * added, changed legal references rewritten, one audit entry with the counts. A file with any problem is refused
 * whole; applying the same file again changes nothing and writes no audit entry.
 */
export async function applyDirectoryImport(ctx: ActionContext, files: readonly UploadedFile[]): Promise<DirectoryImportResult> {
  authorize(ctx.actor, 'org.write');
  const { read, parsed } = await readUpload(files);
  const result = await ctx.db.transaction(async (tx) => {
    await lockDirectoryImport(tx);
    // checked again under the lock: the directory may have changed since the preview
    const plan = checkImport(parsed, await loadCurrentDirectory(tx));
    const issues = sortIssues([...read.issues, ...plan.issues], read.tables.map((t) => t.source));
    if (issues.length) {
      throw new AppError('validation', `Tệp còn ${issues.length} lỗi nên chưa nhập gì; hãy sửa rồi tải lên lại.`, {
        errors: issues.slice(0, 500).map((i) => ({ path: [i.source, i.row ?? '', i.column ?? ''].join('|'), message: issueText(i) })),
      });
    }
    const { writes, counts } = plan;
    const changed = writes.units.length + writes.newSuccessions.length + writes.changedSuccessions.length + writes.newAliases.length > 0;
    if (!changed) return { changed, counts };
    await upsertUnits(tx, writes.units);
    await insertSuccessions(tx, writes.newSuccessions.map((s) => ({ id: `succ-${randomUUID()}`, ...s })));
    await updateSuccessionTexts(tx, writes.changedSuccessions);
    await insertAliasRows(tx, writes.newAliases.map((a) => ({ id: `alias-${randomUUID()}`, ...a })));
    await recordAudit(tx, {
      actor: ctx.actor,
      action: 'org.import',
      subjectType: 'org_tree',
      after: { files: files.map((f) => f.fileName), ...counts },
      requestId: ctx.requestId,
    });
    return { changed, counts };
  });
  if (result.changed) invalidateDirectory(ctx.db);
  return result;
}
