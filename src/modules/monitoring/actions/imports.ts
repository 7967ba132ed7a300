import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { and, eq, sql } from 'drizzle-orm';
import { authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import { AppError, notFound } from '../../../platform/errors';
import { cleanText } from '../../../platform/text';
import { IMPORT_FIELDS } from '../labels';
import { mappingProblems, type ColumnMapping } from '../imports/mapping';
import { formatOfName, readFileRows, UnreadableFile, type ImportFormat } from '../imports/readers';
import { importPath, previewImport, saveUpload, type Preview } from '../imports/run';
import { monitoringImports, monitoringSources, monitoringVendorMappings } from '../tables';

const invalid = (path: string, message: string) => new AppError('validation', message, { errors: [{ path, message }] });
const userOf = (ctx: ActionContext) => (ctx.actor.kind === 'user' ? ctx.actor.userId : null);

/** The import source of a vendor (one per vendor, created at its first import). */
async function vendorSource(ctx: ActionContext, vendor: string): Promise<string> {
  const found = await ctx.db.select({ id: monitoringSources.id }).from(monitoringSources).where(and(eq(monitoringSources.kind, 'import'), eq(monitoringSources.vendor, vendor)));
  if (found[0]) return found[0].id;
  const id = randomUUID();
  await ctx.db.transaction(async (tx) => {
    await tx.insert(monitoringSources).values({ id, name: `Tệp xuất: ${vendor}`, kind: 'import', vendor, createdBy: userOf(ctx) });
    await recordAudit(tx, { actor: ctx.actor, action: 'monitoring.source.create', subjectType: 'monitoring_source', subjectId: id, after: { name: `Tệp xuất: ${vendor}`, kind: 'import' }, requestId: ctx.requestId });
  });
  return id;
}

/**
 * Stores an uploaded export and answers its preview (headers, first rows, the vendor's saved mapping or a guess).
 * Nothing is imported until the officer confirms the mapping (`startImport`).
 */
export async function uploadImport(ctx: ActionContext, input: { vendor: string; fileName: string; file: Readable }): Promise<{ id: string; preview: Preview }> {
  authorize(ctx.actor, 'monitoring.manage');
  const vendor = cleanText(input.vendor ?? '').slice(0, 100);
  const fileName = cleanText(input.fileName ?? '').slice(0, 300) || 'tep-xuat';
  if (!vendor) {
    input.file.resume();
    throw invalid('vendor', 'Ghi tên nhà cung cấp hoặc nơi xuất tệp (ví dụ SocialHeat, Reputa, Facebook).');
  }
  const format = formatOfName(fileName);
  if (!format) {
    input.file.resume();
    throw invalid('file', 'Chỉ nhận tệp .csv, .json, .ndjson hoặc .xlsx.');
  }
  const { fileId, bytes } = await saveUpload(input.file, format).catch((err) => {
    throw err instanceof UnreadableFile ? invalid('file', err.message) : err;
  });
  let preview: Preview;
  try {
    preview = await previewImport(ctx.db, fileId, format, vendor);
  } catch (err) {
    fs.rmSync(importPath(fileId), { force: true });
    throw invalid('file', err instanceof UnreadableFile ? err.message : 'Không đọc được tệp.');
  }
  const sourceId = await vendorSource(ctx, vendor);
  const id = randomUUID();
  await ctx.db.insert(monitoringImports).values({ id, sourceId, vendor, fileName, fileId, format, status: 'mapping', bytesTotal: bytes, mapping: preview.mapping, createdBy: userOf(ctx) });
  return { id, preview };
}

/** The preview of an import still waiting for its mapping (the office reopens the form). */
export async function importPreview(ctx: ActionContext, id: string): Promise<Preview> {
  authorize(ctx.actor, 'monitoring.manage');
  const imp = (await ctx.db.select().from(monitoringImports).where(eq(monitoringImports.id, id)))[0];
  if (!imp || imp.status !== 'mapping' || !imp.fileId) throw notFound('tệp chờ ghép cột');
  return previewImport(ctx.db, imp.fileId, imp.format as 'csv', imp.vendor);
}

/**
 * Confirms the column mapping and queues the import for the job. A mapping that misses a required field or names
 * a column the file does not have refuses the import: nothing is imported and the reason is recorded.
 */
export async function startImport(ctx: ActionContext, id: string, mapping: ColumnMapping): Promise<{ status: 'waiting' | 'refused'; reason: string | null }> {
  authorize(ctx.actor, 'monitoring.manage');
  const imp = (await ctx.db.select().from(monitoringImports).where(eq(monitoringImports.id, id)))[0];
  if (!imp || !imp.fileId) throw notFound('lượt nhập tệp');
  if (imp.status !== 'mapping') throw new AppError('conflict', 'Tệp này đã được nhập hoặc đang nhập.');
  const clean: ColumnMapping = {};
  for (const f of IMPORT_FIELDS) if (mapping[f]) clean[f] = String(mapping[f]).slice(0, 300);
  let headers: string[] = [];
  try {
    for await (const _ of readFileRows(importPath(imp.fileId), imp.format as ImportFormat, { onHeaders: (h) => (headers = h) })) break;
  } catch {
    // unreadable after the preview read it: the job will fail it with its reason
  }
  const problems = mappingProblems(clean, headers);
  const reason = problems.length ? `Tệp thiếu cột cần thiết, không nhập dòng nào. ${problems.join(' ')}` : null;
  await ctx.db.transaction(async (tx) => {
    await tx.update(monitoringImports).set({ mapping: clean, status: reason ? 'refused' : 'waiting', failureReason: reason, finishedAt: reason ? new Date().toISOString() : null }).where(eq(monitoringImports.id, id));
    if (!reason) {
      await tx
        .insert(monitoringVendorMappings)
        .values({ vendor: imp.vendor, mapping: clean, updatedBy: userOf(ctx) })
        .onConflictDoUpdate({ target: monitoringVendorMappings.vendor, set: { mapping: clean, updatedAt: sql`now()`, updatedBy: userOf(ctx) } });
    }
    await recordAudit(tx, { actor: ctx.actor, action: 'monitoring.import.start', subjectType: 'monitoring_import', subjectId: id, after: { fileName: imp.fileName, vendor: imp.vendor, mapping: clean, reason }, requestId: ctx.requestId });
  });
  if (reason) fs.rmSync(importPath(imp.fileId), { force: true });
  return { status: reason ? 'refused' : 'waiting', reason };
}
