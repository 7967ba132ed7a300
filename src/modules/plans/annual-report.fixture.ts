/**
 * Test support for the annual report's tests: KH 14/KH-UBND (Yên Bái, 2024) imported through the API, and progress
 * reports written with the days they were sent and reviewed, some before the report date (19/11/2024), some after.
 */
import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { auth, buildTestApp, multipart, signInAs, type Session } from '../../../test/app';
import { buildDemoOrg, buildUser } from '../../../test/factories';
import type { Database } from '../../platform/db';
import type { App } from '../../platform/http';
import { progressReports } from './tables';

const KH14 = fs.readFileSync('test/fixtures/plans/yen-bai-14-KH-UBND-2024.txt');

export interface ReportFixture {
  app: App;
  coordinator: Session;
  planId: string;
  /** Task id by its plan numbering ("II.3.1"). */
  taskId: (code: string) => string;
  /** Unit ids leading a task, in the plan's order. */
  leadsOf: (code: string) => string[];
}

interface TaskNode {
  id: string;
  code: string;
  status: string;
  assignments: { unitId: string; role: string }[];
  children: TaskNode[];
}

/** Imports KH 14 (unmapped names ignored, "Báo Yên Bái…" mapped to the paper and the station). */
export async function importKh14(db: Database): Promise<ReportFixture> {
  await buildDemoOrg(db);
  const app = await buildTestApp(db);
  const c = await buildUser(db, { role: 'coordinator', unitId: 'yb-so-tttt' });
  const coordinator = await signInAs(app, c.username, c.password);
  const upload = async (url: string, extra: { name: string; value: string }[] = []) => {
    const body = multipart([{ name: 'file', fileName: 'kh14.txt', data: KH14, type: 'text/plain' }, ...extra]);
    return app.inject({ method: 'POST', url, headers: { ...auth(coordinator), ...body.headers }, payload: body.payload });
  };
  const preview = (await upload('/api/v1/plans/preview')).json();
  const open = preview.names.filter((n: { status: string }) => n.status === 'unresolved' || n.status === 'ambiguous');
  const mappings = Object.fromEntries(open.map((n: { written: string }) => [n.written, n.written.startsWith('Báo Yên Bái') ? { unitIds: ['yb-bao', 'yb-dai'] } : { ignore: true }]));
  const res = await upload('/api/v1/plans', [{ name: 'mappings', value: JSON.stringify(mappings) }]);
  if (res.statusCode !== 201) throw new Error(`import failed: ${res.statusCode} ${res.body}`);
  const planId: string = res.json().id;
  const plan = (await app.inject({ url: `/api/v1/plans/${planId}`, headers: auth(coordinator) })).json();
  const flat = (nodes: TaskNode[]): TaskNode[] => nodes.flatMap((n) => [n, ...flat(n.children)]);
  const byCode = new Map(flat(plan.tasks).filter((t) => t.status !== 'heading').map((t) => [t.code, t]));
  const task = (code: string) => {
    const t = byCode.get(code);
    if (!t) throw new Error(`no task ${code}`);
    return t;
  };
  return { app, coordinator, planId, taskId: (code) => task(code).id, leadsOf: (code) => task(code).assignments.filter((a) => a.role === 'lead').map((a) => a.unitId) };
}

export interface DatedReport {
  taskId: string;
  unitId: string;
  period: string;
  status: 'in_progress' | 'done' | 'blocked';
  narrative: string;
  state: 'submitted' | 'accepted' | 'returned';
  submittedAt: string;
  reviewedAt?: string;
  indicators?: Record<string, number>;
}

/** Writes reports as if they had been sent (and reviewed) on the given instants. */
export async function insertDatedReports(db: Database, reports: DatedReport[]): Promise<void> {
  await db.db.insert(progressReports).values(
    reports.map((r) => ({
      id: randomUUID(),
      taskId: r.taskId,
      unitId: r.unitId,
      period: r.period,
      status: r.status,
      narrative: r.narrative,
      indicators: r.indicators ?? {},
      state: r.state,
      submittedBy: 'system',
      submittedAt: r.submittedAt,
      reviewedBy: r.reviewedAt ? 'system' : null,
      reviewedAt: r.reviewedAt ?? null,
    })),
  );
}
