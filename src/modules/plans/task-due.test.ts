import fs from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
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
  let officer: Session;

  beforeAll(async () => {
    await buildDemoOrg(getDb());
    app = await buildTestApp(getDb());
    const c = await buildUser(getDb(), { role: 'coordinator', unitId: 'yb-so-tttt' });
    coordinator = await signInAs(app, c.username, c.password);
    const o = await buildUser(getDb(), { role: 'officer', unitId: 'yb-so-tp' });
    officer = await signInAs(app, o.username, o.password);
  });

  const upload = (url: string, extra: { name: string; value: string }[] = [], data: Uint8Array = SEED, fileName = 'kh14.txt') => {
    const body = multipart([{ name: 'file', fileName, data, type: fileName.endsWith('.docx') ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' : 'text/plain' }, ...extra]);
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

    // the coordinator sets a task's due date (or clears it) with a reason, audited; an officer may not
    const task = flat(plan.tasks).find((t) => t.code === 'II.1')!;
    const put = (session: Session, payload: { dueOn: string | null; reason: string }) => app.inject({ method: 'PUT', url: `/api/v1/tasks/${(task as Node & { id: string }).id}/due`, headers: auth(session), payload });
    expect((await put(officer, { dueOn: '2024-06-30', reason: 'Theo chỉ đạo.' })).statusCode).toBe(403);
    const noReason = await put(coordinator, { dueOn: '2024-06-30', reason: ' ' });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().errors[0].path).toBe('reason');
    const set = await put(coordinator, { dueOn: '2024-06-30', reason: 'Theo Kế hoạch rà soát của tỉnh.' });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().dueOn).toBe('2024-06-30');
    const after = (await app.inject({ url: `/api/v1/plans/${res.json().id}`, headers: auth(coordinator) })).json();
    expect(flat(after.tasks).find((t) => t.code === 'II.1')!.dueOn).toBe('2024-06-30');
    const cleared = await put(coordinator, { dueOn: null, reason: 'Văn bản không nêu hạn.' });
    expect(cleared.json().dueOn).toBeNull();
    const { rows } = (await getDb().db.execute(sql`select summary from audit_log where action = 'plan.task.due' order by seq`)) as unknown as { rows: { summary: { before: unknown; after: unknown } }[] };
    expect(rows.map((r) => r.summary)).toMatchObject([
      { before: { dueOn: due.get('II.1') }, after: { dueOn: '2024-06-30', reason: 'Theo Kế hoạch rà soát của tỉnh.' } },
      { before: { dueOn: '2024-06-30' }, after: { dueOn: null } },
    ]);
  });

  it('dates the undated work of a 2026–2030 plan without an issue date to the end of its period, not of the year of reading', async () => {
    const data = fs.readFileSync('test/fixtures/plans/lam-dong/lam-dong-cchc-2026-2030.docx');
    const preview = (await upload('/api/v1/plans/preview', [], data, 'cchc-2026-2030.docx')).json();
    expect(preview.warnings.join('\n')).not.toMatch(/năm nhập văn bản/u);
    const dues: (string | null)[] = preview.tasks.map((t: { deadlineDue: string | null }) => t.deadlineDue);
    expect(dues.some((d) => d === '2030-12-31')).toBe(true);
    for (const d of dues) if (d !== null) expect(Number(d.slice(0, 4))).toBeGreaterThanOrEqual(2025);
    const byCode = new Map<string, { deadline: string | null; deadlineDue: string | null }>(preview.tasks.map((t: { code: string }) => [t.code, t]));
    // "Năm 2026" in a plan of five years ends with 2026, not with the plan
    expect(byCode.get('I.4')).toMatchObject({ deadline: 'Năm 2026', deadlineDue: '2026-12-31' });
    // wording that names no day gets none, and the coordinator is told; the wording is kept
    expect(byCode.get('IV.3')?.deadlineDue).toBeNull();
    expect(byCode.get('IV.3')?.deadline).toMatch(/năm trước liền kề/u);
    expect(preview.warnings.join('\n')).toMatch(/Nhiệm vụ IV\.3: thời hạn ".*" không nêu một ngày cụ thể/u);
  });

  it('says which year it assumed when a plan names none, instead of taking the day of reading silently', async () => {
    const text = fs.readFileSync('test/fixtures/plans/yen-bai-14-KH-UBND-2024.txt', 'utf8')
      .replace('Yên Bái, ngày 17 tháng 01 năm 2024', 'Yên Bái, ngày      tháng      năm')
      .replace(/năm 2024/giu, 'năm nay').replace(/NĂM 2024/gu, 'NĂM NAY');
    const preview = (await upload('/api/v1/plans/preview', [], new TextEncoder().encode(text))).json();
    expect(preview.warnings.join('\n')).toMatch(/tính theo năm \d{4} \(năm nhập văn bản\)/u);
  });
});
