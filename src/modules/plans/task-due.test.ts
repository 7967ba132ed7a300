import fs from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDriver } from '../../../test/db';
import { auth, buildTestApp, multipart, signInAs, type Session } from '../../../test/app';
import { buildDemoOrg, buildUser } from '../../../test/factories';
import type { App } from '../../platform/http';

const SEED = fs.readFileSync('test/fixtures/plans/yen-bai-14-KH-UBND-2024.txt');

interface Node {
  code: string;
  dueOn: string | null;
  children: Node[];
}
const flat = (nodes: Node[]): Node[] => nodes.flatMap((n) => [n, ...flat(n.children ?? [])]);

describeEachDriver('plans: the preview shows the due date each task will carry', (getDb) => {
  let app: App;
  let coordinator: Session;

  beforeAll(async () => {
    await buildDemoOrg(getDb());
    app = await buildTestApp(getDb());
    const c = await buildUser(getDb(), { role: 'coordinator', unitId: 'yb-so-tttt' });
    coordinator = await signInAs(app, c.username, c.password);
  });

  const upload = (url: string, extra: { name: string; value: string }[] = []) => {
    const body = multipart([{ name: 'file', fileName: 'kh14.txt', data: SEED, type: 'text/plain' }, ...extra]);
    return app.inject({ method: 'POST', url, headers: { ...auth(coordinator), ...body.headers }, payload: body.payload });
  };

  it('sends deadlineDue per task in the preview, and the import stores exactly those dates', async () => {
    const preview = (await upload('/api/v1/plans/preview')).json();
    const due = new Map<string, string | null>(preview.tasks.map((t: { code: string; deadlineDue: string | null }) => [t.code, t.deadlineDue]));
    expect(due.size).toBe(12);
    // every task gets a date in the plan's year (the founding plan's own deadlines, or the report deadline)
    for (const d of due.values()) expect(d).toMatch(/^2024-\d\d-\d\d$/);
    const open = preview.names.filter((n: { status: string }) => n.status === 'unresolved' || n.status === 'ambiguous');
    const mappings = Object.fromEntries(open.map((n: { written: string }) => [n.written, { ignore: true }]));
    const res = await upload('/api/v1/plans', [{ name: 'mappings', value: JSON.stringify(mappings) }]);
    expect(res.statusCode, res.body).toBe(201);
    const plan = (await app.inject({ url: `/api/v1/plans/${res.json().id}`, headers: auth(coordinator) })).json();
    const stored = new Map(flat(plan.tasks).filter((t) => due.has(t.code)).map((t) => [t.code, t.dueOn]));
    expect(Object.fromEntries(stored)).toEqual(Object.fromEntries(due));
  });
});
