/**
 * The worker side of `isolated.ts`: reads (and parses) one uploaded document and posts the result back. Runs in a
 * worker thread with its own heap limit, so a document that exhausts memory ends this thread, not the web process.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { assertSafeZip, DOCX_LIMITS, looksLikeZip, ZipRefused } from '../../../platform/files/zip-guard';
import { PlanParseError } from './errors';
import { parsePlanDocument, readPlanDocument } from './read-document';

export interface IsolatedJob {
  mode: 'text' | 'plan';
  data: Uint8Array;
  fileName: string;
}

export type IsolatedResult =
  | { ok: true; value: unknown }
  | { ok: false; code: PlanParseError['code']; messageVi: string }
  | { ok: false; code: 'internal'; message: string };

async function run(job: IsolatedJob): Promise<IsolatedResult> {
  try {
    if (looksLikeZip(job.data)) assertSafeZip(Buffer.from(job.data.buffer, job.data.byteOffset, job.data.byteLength), DOCX_LIMITS);
    const value = job.mode === 'plan' ? await parsePlanDocument(job.data, job.fileName) : await readPlanDocument(job.data, job.fileName);
    return { ok: true, value };
  } catch (e) {
    if (e instanceof ZipRefused) return { ok: false, code: 'broken-docx', messageVi: e.messageVi };
    if (e instanceof PlanParseError) return { ok: false, code: e.code, messageVi: e.messageVi };
    return { ok: false, code: 'internal', message: e instanceof Error ? e.message : String(e) };
  }
}

parentPort?.postMessage(await run(workerData as IsolatedJob));
