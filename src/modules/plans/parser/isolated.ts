/**
 * Reading uploaded documents where a failure cannot take the web process down (issue 11): each upload is read in a
 * worker thread with a heap limit and a time limit, after its zip directory (a .docx) has been checked against
 * DOCX_LIMITS. A worker that runs out of memory or time is ended and the upload refused with a Vietnamese message;
 * the process and every other user carry on.
 */
import { Worker } from 'node:worker_threads';
import { workerBootCode, workerModuleUrl } from '../../../platform/threads';
import { PlanParseError } from './errors';
import type { IsolatedJob, IsolatedResult } from './isolated-worker';
import type { ParsedPlan } from './types';

/** Heap and time given to one document; a 49-task plan needs about 40 MB and a second. */
export const ISOLATION_LIMITS = { heapMb: 256, youngMb: 32, timeoutMs: 60_000 };

const WORKER_URL = workerModuleUrl('isolated-worker', import.meta.url);

function inWorker(job: IsolatedJob, limits = ISOLATION_LIMITS): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerBootCode(WORKER_URL, import.meta.url), {
      eval: true,
      workerData: job,
      resourceLimits: { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: limits.youngMb },
      stdout: false,
      stderr: false,
    });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      void worker.terminate();
    };
    const timer = setTimeout(() => settle(() => reject(new PlanParseError('too-complex', `Đọc tệp quá ${Math.round(limits.timeoutMs / 1000)} giây nên đã dừng: tệp quá lớn hoặc quá phức tạp. Hãy tách văn bản hoặc lưu lại dưới dạng .docx đơn giản.`))), limits.timeoutMs);
    worker.on('message', (r: IsolatedResult) =>
      settle(() => {
        if (r.ok) resolve(r.value);
        else if (r.code === 'internal') reject(new PlanParseError('unreadable', 'Không đọc được tệp: nội dung bị hỏng hoặc có cấu trúc bất thường.'));
        else reject(new PlanParseError(r.code, r.messageVi));
      }),
    );
    worker.on('error', (err: Error & { code?: string }) =>
      settle(() =>
        reject(
          err.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new PlanParseError('too-complex', 'Tệp cần quá nhiều bộ nhớ để đọc nên đã bị từ chối để bảo vệ hệ thống. Hãy tách văn bản hoặc lưu lại dưới dạng .docx đơn giản.')
            : new PlanParseError('unreadable', 'Không đọc được tệp: nội dung bị hỏng hoặc có cấu trúc bất thường.'),
        ),
      ),
    );
    worker.on('exit', (code) => settle(() => reject(new PlanParseError('unreadable', `Không đọc được tệp (trình đọc dừng với mã ${code}).`))));
  });
}

/** readPlanDocument in a worker: the text of an uploaded .txt/.docx/.pdf, or a PlanParseError. */
export async function readPlanDocumentIsolated(data: Uint8Array, fileName: string, limits = ISOLATION_LIMITS): Promise<string> {
  return (await inWorker({ mode: 'text', data, fileName }, limits)) as string;
}

/** parsePlanDocument in a worker: the plan understood from an upload, or a PlanParseError. */
export async function parsePlanDocumentIsolated(data: Uint8Array, fileName: string, limits = ISOLATION_LIMITS): Promise<ParsedPlan> {
  return (await inWorker({ mode: 'plan', data, fileName }, limits)) as ParsedPlan;
}
