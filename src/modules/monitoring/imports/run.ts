/**
 * File imports of social-media exports: the upload is stored, its first rows previewed with the vendor's saved
 * mapping (or a guess), the officer confirms the mapping, and the `monitoring-imports` job streams the file through
 * the pipeline a batch at a time with progress. A mapping that misses a required column refuses the import before
 * any row is stored; bad rows are counted, and the first 100 kept with their row number and reason.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { jsonParam, rowsOf, type DB, type Executor } from '../../../platform/db';
import { filesDir } from '../../../platform/files';
import { ingestItems, type IncomingItem } from '../pipeline';
import { activeSentimentModel } from '../sentiment-model';
import { watchlistsOf } from '../watch';
import { monitoringImports, monitoringVendorMappings } from '../tables';
import { guessMapping, mappingProblems, rowToItem, type ColumnMapping } from './mapping';
import { assertSafeZipFile, STREAMED_XLSX_LIMITS, ZipRefused } from '../../../platform/files/zip-guard';
import { readFileRows, UnreadableFile, type FileRow, type ImportFormat } from './readers';

/** Rows written per statement. */
export const IMPORT_BATCH = 1_000;
/** Skipped rows kept with their reason (the rest are only counted). */
export const KEPT_ERRORS = 100;
/** Rows previewed in the office's mapping form. */
export const PREVIEW_ROWS = 5;
/** Largest upload (a million-row export in CSV is about 300 MB). */
export const MAX_IMPORT_BYTES = 1024 * 1024 * 1024;

/** Where uploads wait for their import (under FILES_DIR; deleted once imported). */
export function importsDir(): string {
  return path.join(filesDir(), 'monitoring-imports');
}

export function importPath(fileId: string): string {
  if (!/^[0-9a-f-]{36}\.(csv|json|xlsx)$/.test(fileId)) throw new Error('bad import file id');
  return path.join(importsDir(), fileId);
}

/** Writes an upload to the imports folder, counting its bytes; refuses past MAX_IMPORT_BYTES. */
export async function saveUpload(input: Readable, format: ImportFormat): Promise<{ fileId: string; bytes: number }> {
  fs.mkdirSync(importsDir(), { recursive: true });
  const fileId = `${randomUUID()}.${format}`;
  let bytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      if (bytes > MAX_IMPORT_BYTES) done(new UnreadableFile('Tệp lớn hơn 1 GB: hãy chia nhỏ tệp xuất.'));
      else done(null, chunk);
    },
  });
  try {
    await pipeline(input, counter, fs.createWriteStream(importPath(fileId)));
    // a workbook is checked on disk before its first sheet is inflated (an archive bomb, a lying directory)
    if (format === 'xlsx') await assertSafeZipFile(importPath(fileId), STREAMED_XLSX_LIMITS);
  } catch (err) {
    fs.rmSync(importPath(fileId), { force: true });
    if (err instanceof ZipRefused) throw new UnreadableFile(err.messageVi);
    throw err;
  }
  return { fileId, bytes };
}

export interface Preview {
  headers: string[];
  rows: Record<string, string>[];
  mapping: ColumnMapping;
  /** Whether `mapping` is the vendor's saved one (else a guess from the headers). */
  saved: boolean;
}

/** The headers and first rows of a stored upload, with the vendor's saved mapping when its columns are all there. */
export async function previewImport(db: Executor, fileId: string, format: ImportFormat, vendor: string): Promise<Preview> {
  let headers: string[] = [];
  const rows: Record<string, string>[] = [];
  for await (const r of readFileRows(importPath(fileId), format, { onHeaders: (h) => (headers = h) })) {
    if (!r.values.__error) rows.push(r.values);
    if (rows.length >= PREVIEW_ROWS) break;
  }
  const saved = (await db.select().from(monitoringVendorMappings).where(eq(monitoringVendorMappings.vendor, vendor)))[0];
  if (saved && mappingProblems(saved.mapping as ColumnMapping, headers).length === 0) return { headers, rows, mapping: saved.mapping as ColumnMapping, saved: true };
  return { headers, rows, mapping: guessMapping(headers), saved: false };
}

export interface ImportRun {
  imports: number;
  rows: number;
}

/** Runs the imports waiting for the job, one at a time (the job's every run picks up the next). */
export async function runWaitingImports(db: DB): Promise<ImportRun> {
  // a running import whose worker stopped (no progress for 10 minutes) is taken again: duplicates are skipped
  const next = rowsOf<{ id: string }>(
    await db.execute(sql`update monitoring_imports set status = 'running', started_at = now(), finished_at = null
      where id = (select id from monitoring_imports where status = 'waiting' or (status = 'running' and coalesce(finished_at, started_at) < now() - interval '10 minutes')
                  order by created_at limit 1 for update skip locked)
      returning id`),
  )[0];
  if (!next) return { imports: 0, rows: 0 };
  const r = await runImport(db, next.id);
  return { imports: 1, rows: r.rowsRead };
}

export interface ImportCounts {
  rowsRead: number;
  rowsImported: number;
  rowsDuplicate: number;
  rowsSkipped: number;
}

/**
 * Streams one import's file through the pipeline. `finished_at` doubles as the progress heartbeat while running.
 * A file that cannot be read fails with its reason; rows already stored stay (a new run skips them as duplicates).
 */
export async function runImport(db: DB, importId: string, opts: { onProgress?: (c: ImportCounts) => void } = {}): Promise<ImportCounts> {
  const imp = (await db.select().from(monitoringImports).where(eq(monitoringImports.id, importId)))[0];
  if (!imp || !imp.fileId || !imp.mapping) throw new Error('import not ready');
  const counts: ImportCounts = { rowsRead: 0, rowsImported: 0, rowsDuplicate: 0, rowsSkipped: 0 };
  const errors: { row: number; reason: string }[] = [];
  const mapping = imp.mapping as ColumnMapping;
  const [lists, model] = await Promise.all([watchlistsOf(db), activeSentimentModel(db, { fresh: true })]);
  let bytesRead = 0;
  let batch: { row: number; item: IncomingItem }[] = [];
  let headersChecked = false;
  const skip = (row: number, reason: string) => {
    counts.rowsSkipped++;
    if (errors.length < KEPT_ERRORS) errors.push({ row, reason });
  };
  const flush = async () => {
    if (!batch.length) return;
    const rows = batch;
    batch = [];
    const c = await ingestItems(db, imp.sourceId, rows.map((r) => r.item), { importId, lists, model, onSkip: (i, reason) => skip(rows[i]!.row, reason) });
    counts.rowsImported += c.inserted;
    counts.rowsDuplicate += c.duplicate;
    await db.execute(sql`update monitoring_imports set rows_read = ${counts.rowsRead}, rows_imported = ${counts.rowsImported}, rows_duplicate = ${counts.rowsDuplicate},
      rows_skipped = ${counts.rowsSkipped}, bytes_read = ${bytesRead}, errors = ${jsonParam(errors)}::jsonb, finished_at = now() where id = ${importId}`);
    opts.onProgress?.({ ...counts });
  };
  try {
    let headers: string[] = [];
    const rows = readFileRows(importPath(imp.fileId), imp.format as ImportFormat, { onHeaders: (h) => (headers = h), onRead: (b) => (bytesRead = b) });
    for await (const r of rows) {
      if (!headersChecked) {
        headersChecked = true;
        const problems = mappingProblems(mapping, headers);
        if (problems.length) {
          await finish(db, importId, 'refused', `Tệp thiếu cột cần thiết, không nhập dòng nào. ${problems.join(' ')}`, counts, errors, bytesRead);
          return counts;
        }
      }
      counts.rowsRead++;
      const item = rowToItem((r as FileRow).values, mapping, null);
      if ('reason' in item) skip(r.row, item.reason);
      else batch.push({ row: r.row, item });
      if (batch.length >= IMPORT_BATCH) await flush();
    }
    await flush();
  } catch (err) {
    const reason = err instanceof UnreadableFile ? err.message : 'Không đọc tiếp được tệp (tệp hỏng hoặc sai định dạng).';
    await finish(db, importId, counts.rowsRead ? 'failed' : 'refused', reason, counts, errors, bytesRead);
    return counts;
  }
  await finish(db, importId, 'done', null, counts, errors, bytesRead);
  fs.rmSync(importPath(imp.fileId), { force: true });
  return counts;
}

async function finish(db: DB, id: string, status: string, reason: string | null, c: ImportCounts, errors: { row: number; reason: string }[], bytesRead: number): Promise<void> {
  await db.execute(sql`update monitoring_imports set status = ${status}, failure_reason = ${reason}, rows_read = ${c.rowsRead}, rows_imported = ${c.rowsImported},
    rows_duplicate = ${c.rowsDuplicate}, rows_skipped = ${c.rowsSkipped}, errors = ${jsonParam(errors)}::jsonb, bytes_read = ${bytesRead}, finished_at = now() where id = ${id}`);
}
