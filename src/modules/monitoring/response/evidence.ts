import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db';
import { storeWrittenFile, tempFilePath, type StoredFile } from '../../../platform/files';

/** What was captured of an item at review time, before it is written down. */
export interface Capture {
  url: string | null;
  method: 'fetched' | 'stored';
  httpStatus: number | null;
  fetchError: string | null;
  text: string;
  capturedAt: Date;
}

/** The page behind an item, fetched now; the fetcher is the module's PoliteFetcher (robots, size and time limits). */
export interface PageFetcher {
  fetch(req: { url: string; maxBytes?: number; timeoutMs?: number }): Promise<{ kind: 'ok'; status: number; text: string } | { kind: 'not-modified' } | { kind: 'failed'; status: number | null; reason: string }>;
}

/**
 * Captures an item as it is now: its page fetched again when it has a URL (the text as served, which may have
 * changed or gone since ingestion), else — or when the fetch fails, with the reason kept — the text as ingested.
 */
export async function captureItem(fetcher: PageFetcher, item: { url: string | null; title: string; body: string }, now: () => Date = () => new Date()): Promise<Capture> {
  const stored = (fetchError: string | null, httpStatus: number | null): Capture => ({ url: item.url, method: 'stored', httpStatus, fetchError, text: `${item.title}\n\n${item.body}`.normalize('NFC'), capturedAt: now() });
  if (!item.url) return stored(null, null);
  const r = await fetcher.fetch({ url: item.url, maxBytes: 5 * 1024 * 1024, timeoutMs: 15_000 });
  if (r.kind === 'ok') return { url: item.url, method: 'fetched', httpStatus: r.status, fetchError: null, text: r.text, capturedAt: now() };
  if (r.kind === 'not-modified') return stored('Máy chủ trả lời "không thay đổi" nên lưu nội dung đã thu thập.', 304);
  return stored(r.reason, r.status);
}

/** Writes the captured text to the file store (UTF-8) and returns the file with its SHA-256. */
export async function keepCapture(c: Capture): Promise<StoredFile> {
  const tmp = tempFilePath();
  fs.writeFileSync(tmp, Buffer.from(c.text, 'utf8'));
  return storeWrittenFile(tmp, 'txt');
}

/** Inserts the evidence row and its file record; evidence rows are never updated (a trigger refuses it). */
export async function insertEvidence(tx: Executor, e: { itemId: string; reviewId: string | null; capture: Capture; file: StoredFile; by: string | null }): Promise<string> {
  const id = randomUUID();
  const c = e.capture;
  await tx.execute(sql`insert into monitoring_evidence (id, item_id, review_id, url, method, http_status, fetch_error, sha256, size, file_id, captured_at, captured_by)
    values (${id}, ${e.itemId}, ${e.reviewId}, ${c.url}, ${c.method}, ${c.httpStatus}, ${c.fetchError}, ${e.file.sha256}, ${e.file.size}, ${id}, ${c.capturedAt.toISOString()}::timestamptz, ${e.by})`);
  await tx.execute(insertFileLinksSqlWithId(id, e.file));
  return id;
}

/** The file record of an evidence row: its id is the evidence's own, so the row needs no second write. */
function insertFileLinksSqlWithId(id: string, file: StoredFile) {
  return sql`insert into stored_files (id, owner_type, owner_id, file_name, mime_type, size, sha256, storage_key)
    values (${id}, 'monitoring_evidence', ${id}, ${`bang-chung-${file.sha256.slice(0, 12)}.txt`}, ${file.mimeType}, ${file.size}, ${file.sha256}, ${file.storageKey})`;
}

