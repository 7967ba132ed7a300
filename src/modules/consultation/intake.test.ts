import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import { buildTestApp } from '../../../test/app';
import { describeEachDriver } from '../../../test/db';
import { buildDemoOrg, SYSTEM } from '../../../test/factories';
import { AuditSealer, insertInboxSql, recordAudit, sealAuditInbox, verifyAuditChain } from '../../platform/audit';
import { addDays, todayVn } from '../../platform/text';
import { createDraft, uploadVersion } from '../policies';
import { openRound } from './actions/open-round';
import { settleIntake, submitComment, type CommentInput } from './actions/submit-comment';
import { IntakeBatcher, type PendingComment } from './intake';
import type { Database } from '../../platform/db';

/** The demo organisation, a draft with the fixture's articles, and a round open for 30 days from today. */
async function openTestRound(database: Database, title: string): Promise<string> {
  await buildDemoOrg(database);
  const ctx = { db: database.db, actor: SYSTEM };
  const draft = await createDraft(ctx, { title, docType: 'qd_ubnd_tinh', draftingUnitId: 'lc-so-tp' });
  const v = await uploadVersion(ctx, draft.id, { data: fs.readFileSync('test/fixtures/drafts/du-thao-nq-ho-tro-v1.txt'), fileName: 'v1.txt' });
  return (await openRound(ctx, draft.id, { versionId: v.id, opensOn: todayVn(), closesOn: addDays(todayVn(), 30), targetGroups: ['Người dân', 'Ủy ban MTTQ và các tổ chức chính trị - xã hội'], consulteeUnitIds: [] })).id;
}

describeEachDriver('comment intake under load (group commit)', (getDb) => {
  let roundId: string;
  beforeAll(async () => {
    roundId = await openTestRound(getDb(), 'Dự thảo thử tải');
  });
  // the database closes after these tests as a server's would: once the intake has settled
  afterAll(() => settleIntake(getDb().db));

  const input = (i: number, over: Partial<CommentInput> = {}): CommentInput => ({
    roundId, articleAnchor: i % 2 ? 'dieu-3' : null, commenterType: 'citizen', name: `Người ${i}`, phone: `09${String(10_000_000 + i)}`,
    consent: { processing: true, contact: false, showName: false }, stance: 'agree', body: `Ý kiến số ${i}`, idempotencyKey: `load-${i}-xxxxxxxx`, ...over,
  });

  it('stores every concurrent submission exactly once, answers duplicates with the first receipt, keeps the audit chain', async () => {
    const ctx = (i: number) => ({ db: getDb().db, clientIp: `198.18.0.${i % 250}`, publicUrl: 'http://localhost' });
    const results = await Promise.all([
      ...Array.from({ length: 120 }, (_, i) => submitComment(ctx(i), input(i))),
      ...Array.from({ length: 20 }, (_, i) => submitComment(ctx(i), input(i))),
    ]);
    const byKey = new Map<string, Set<string>>();
    for (const r of results) byKey.set(r.comment.idempotencyKey, (byKey.get(r.comment.idempotencyKey) ?? new Set()).add(r.comment.receiptCode));
    expect(byKey.size).toBe(120);
    expect([...byKey.values()].every((codes) => codes.size === 1)).toBe(true);
    const n = ((await getDb().db.execute(sql`select count(*)::int as n, count(distinct idempotency_key)::int as k from comments where round_id = ${roundId}`)) as unknown as { rows: { n: number; k: number }[] }).rows[0]!;
    expect(n).toEqual({ n: 120, k: 120 });
    expect(await verifyAuditChain(getDb().db)).toMatchObject({ ok: true });
  });

  it('stores text with NUL and broken UTF-16 cleaned, beside its neighbours in the same batch, and the chain verifies', async () => {
    const ctx = (i: number) => ({ db: getDb().db, clientIp: `198.19.1.${i}`, publicUrl: 'http://localhost' });
    const [odd, plain] = await Promise.all([
      submitComment(ctx(1), input(3001, { name: 'Tên\u0000 lạ \ud800', body: 'Nội dung\u0000 có ký tự \udfff hỏng' })),
      submitComment(ctx(2), input(3002)),
    ]);
    expect(odd.comment).toMatchObject({ name: 'Tên lạ \ufffd', body: 'Nội dung có ký tự \ufffd hỏng' });
    expect(plain.isNew).toBe(true);
    const { rows } = await getDb().query<{ body: string }>('select body from comments where id = $1', [odd.comment.id]);
    expect(rows[0]!.body).toBe('Nội dung có ký tự \ufffd hỏng');
    await getDb().db.transaction((tx) => recordAudit(tx, { actor: SYSTEM, action: 'test.odd-text', subjectType: 'thing', subjectId: 'x', after: { note: 'a\u0000b\ud800' } }));
    expect(await verifyAuditChain(getDb().db)).toMatchObject({ ok: true });
  });

  it('refuses the 11th comment from one address within ten minutes, in the same batch too', async () => {
    const ctx = { db: getDb().db, clientIp: '203.0.113.99', publicUrl: 'http://localhost' };
    const settled = await Promise.allSettled(Array.from({ length: 11 }, (_, i) => submitComment(ctx, input(1000 + i))));
    expect(settled.filter((s) => s.status === 'fulfilled')).toHaveLength(10);
    const refused = settled.find((s) => s.status === 'rejected') as PromiseRejectedResult;
    expect(String(refused.reason.message)).toContain('Vui lòng thử lại sau 10 phút');
  });
});

describeEachDriver('comment intake beside other writers', (getDb) => {
  let roundId: string;
  beforeAll(async () => {
    roundId = await openTestRound(getDb(), 'Dự thảo hai tiến trình');
  });

  const pending = (i: number, key: string): PendingComment => ({
    row: {
      id: randomUUID(), roundId, receiptCode: `GY-T${String(i).padStart(7, '0')}`, idempotencyKey: key, articleAnchor: null, commenterType: 'citizen', name: `Người ${i}`, pseudonym: null,
      email: null, phone: `08${String(10_000_000 + i)}`, consent: { processing: true, contact: false, showName: false }, stance: 'agree', body: `Ý kiến ${i}`, publicBody: null, state: 'pending',
      withheldReason: null, verifyTokenHash: null, emailVerifiedAt: null, confirmedAt: null, confirmedVia: null, confirmedBy: null, confirmationReason: null, verifyResends: 0, verifyResentAt: null, clientKey: `ip:test-${i}`, reportsCount: 0, createdAt: new Date().toISOString(), publishedAt: null, moderatedBy: null,
    },
    files: [], mail: null, identity: { email: null, phone: `08${String(10_000_000 + i)}` },
  });
  const limits = { perAddress: { max: 10, windowMs: 600_000 }, perIdentity: { max: 20, windowMs: 86_400_000 } };

  it('keeps the audit chain whole while office actions append to it between batches', async () => {
    const batcher = new IntakeBatcher(getDb().db, limits, { parallel: 2, parallelThreshold: 4 });
    const office = Array.from({ length: 12 }, (_, i) => getDb().db.transaction((tx) => recordAudit(tx, { actor: SYSTEM, action: 'test.office', subjectType: 'thing', subjectId: String(i) })));
    const results = await Promise.all([...Array.from({ length: 60 }, (_, i) => batcher.submit(pending(i, `side-${i}-xxxxxxxx`))), ...office]);
    expect(results.slice(0, 60).every((r) => r && (r as { isNew: boolean }).isNew)).toBe(true);
    await batcher.sealer.idle();
    expect(await sealAuditInbox(getDb().db)).toBe(0); // the process's own sealer has chained every entry
    expect(await verifyAuditChain(getDb().db)).toMatchObject({ ok: true });
    const logged = await getDb().query<{ n: number }>(`select count(*)::int as n from audit_log where action in ('comment.submit', 'test.office') and (action = 'test.office' or subject_id in (select id from comments where idempotency_key like 'side-%'))`);
    expect(Number(logged.rows[0]!.n)).toBe(72);
  });

  it('lets two processes write side by side: every comment stored once with one audit entry, chained after both sealed', async () => {
    // two batchers on one database stand for two web processes; office actions append to the chain meanwhile
    const a = new IntakeBatcher(getDb().db, limits, { parallel: 2, parallelThreshold: 4 });
    const b = new IntakeBatcher(getDb().db, limits, { parallel: 2, parallelThreshold: 4 });
    const posts = Array.from({ length: 120 }, (_, i) => (i % 2 ? a : b).submit(pending(2000 + i, `pair-${i}-xxxxxxxx`)));
    const office = Array.from({ length: 6 }, (_, i) => getDb().db.transaction((tx) => recordAudit(tx, { actor: SYSTEM, action: 'test.office', subjectType: 'pair', subjectId: String(i) })));
    const results = await Promise.all(posts);
    await Promise.all(office);
    expect(results.every((r) => r.isNew)).toBe(true);
    await Promise.all([a.sealer.idle(), b.sealer.idle()]);
    expect(await verifyAuditChain(getDb().db)).toMatchObject({ ok: true });
    const { rows } = await getDb().query<{ comments: number; entries: number; waiting: number }>(`
      select (select count(*)::int from comments where idempotency_key like 'pair-%') as comments,
             (select count(*)::int from audit_log where action = 'comment.submit' and subject_id in (select id from comments where idempotency_key like 'pair-%')) as entries,
             (select count(*)::int from audit_inbox) as waiting`);
    expect(rows[0]).toEqual({ comments: 120, entries: 120, waiting: 0 });
  });

  it('seals on time after the wall clock is set back an hour (NTP, an operator)', async () => {
    const database = getDb();
    const errors: unknown[] = [];
    const sealer = new AuditSealer(database.db, (e) => errors.push(e));
    const entry = (subjectId: string) => ({ actor: SYSTEM, action: 'test.clock', subjectType: 'clock', subjectId });
    await database.db.execute(insertInboxSql([entry('before')]));
    sealer.kick();
    await sealer.idle();
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() - 3_600_000);
      await database.db.execute(insertInboxSql([entry('after')]));
      const started = performance.now();
      sealer.kick();
      await sealer.idle();
      // the next seal is due 100 ms after the last one began, on a clock that never goes back (an hour before)
      expect(performance.now() - started).toBeLessThan(5_000);
    } finally {
      vi.useRealTimers();
    }
    expect(errors).toEqual([]);
    const { rows } = await database.query<{ n: number }>(`select count(*)::int as n from audit_inbox`);
    expect(rows[0]!.n).toBe(0);
  });

  it('chains a batch again when an office action moved the head after the previous batch, each entry once', async () => {
    const database = getDb();
    const batcher = new IntakeBatcher(database.db, limits);
    const first = await batcher.submit(pending(3000, 'moved-0-xxxxxxxx'));
    await database.db.transaction((tx) => recordAudit(tx, { actor: SYSTEM, action: 'test.office', subjectType: 'moved', subjectId: 'between' }));
    // on PGlite the batcher expects the head its first batch left: refused by audit_append, then chained again
    const second = await batcher.submit(pending(3001, 'moved-1-xxxxxxxx'));
    await batcher.sealer.idle();
    expect(await sealAuditInbox(database.db)).toBe(0);
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true });
    const { rows } = await database.query<{ subject_id: string }>(
      `select subject_id from audit_log where subject_id in ($1, $2, 'between') order by seq`, [first.comment.id, second.comment.id]);
    const order = rows.map((r) => r.subject_id);
    // PGlite chains each batch as it is stored; on PostgreSQL the sealer chains the inbox when it runs
    if (database.kind === 'pglite') expect(order).toEqual([first.comment.id, 'between', second.comment.id]);
    else expect([...order].sort()).toEqual([first.comment.id, 'between', second.comment.id].sort());
  });

  it('does not count a comment whose write failed against its neighbour\'s limit', async () => {
    const batcher = new IntakeBatcher(getDb().db, { ...limits, perAddress: { max: 2, windowMs: 600_000 } });
    const at = (p: PendingComment, clientKey: string, roundOf?: string): PendingComment => ({ ...p, row: { ...p.row, clientKey, roundId: roundOf ?? p.row.roundId } });
    await batcher.submit(at(pending(600, 'limit-600-xxxxxxxx'), 'ip:limit-A'));
    // the next batch: a comment that cannot be stored (its round does not exist), then a good one from the same address
    const [bad, good] = await Promise.allSettled([
      batcher.submit(at(pending(601, 'limit-601-xxxxxxxx'), 'ip:limit-A', 'no-such-round')),
      batcher.submit(at(pending(602, 'limit-602-xxxxxxxx'), 'ip:limit-A')),
    ]);
    expect(bad.status).toBe('rejected');
    expect(good).toMatchObject({ status: 'fulfilled', value: { isNew: true } });
    expect(await verifyAuditChain(getDb().db)).toMatchObject({ ok: true });
  });

  it('draws a new receipt code when the one drawn is taken, and mails the code stored', async () => {
    const batcher = new IntakeBatcher(getDb().db, limits);
    const first = await batcher.submit(pending(700, 'receipt-700-xxxxxxxx'));
    const taken = first.comment.receiptCode;
    const clash: PendingComment = { ...pending(701, 'receipt-701-xxxxxxxx'), mail: (code) => ({ to: 'a@example.org', purpose: 'comment.verify', subject: `Mã ${code}`, text: code }) };
    clash.row.receiptCode = taken;
    const [again, neighbour] = await Promise.all([batcher.submit(clash), batcher.submit(pending(702, 'receipt-702-xxxxxxxx'))]);
    expect(again.isNew).toBe(true);
    expect(again.comment.receiptCode).not.toBe(taken);
    expect(neighbour.isNew).toBe(true);
    const { rows } = await getDb().query<{ subject: string }>(`select subject from mail_outbox where to_address = 'a@example.org'`);
    expect(rows.map((r) => r.subject)).toEqual([`Mã ${again.comment.receiptCode}`]);
  });

  it('settles before a stop: every comment handed to it answered and its audit entry chained, none left waiting', async () => {
    const batcher = new IntakeBatcher(getDb().db, limits, { parallel: 2, parallelThreshold: 4 });
    let answered = 0;
    const posts = Array.from({ length: 30 }, (_, i) => batcher.submit(pending(4000 + i, `settle-${i}-xxxxxxxx`)).then(() => answered++));
    await batcher.settle();
    expect(answered).toBe(30);
    await Promise.all(posts);
    const { rows } = await getDb().query<{ entries: number; waiting: number }>(`
      select (select count(*)::int from audit_log where action = 'comment.submit' and subject_id in (select id from comments where idempotency_key like 'settle-%')) as entries,
             (select count(*)::int from audit_inbox) as waiting`);
    expect(rows[0]).toEqual({ entries: 30, waiting: 0 });
  });

  it('the server\'s close waits for its intake: the entries of the last comments are chained before the database closes', async () => {
    const app = await buildTestApp(getDb());
    const ctx = { db: app.db, clientIp: '198.18.9.9', publicUrl: 'http://localhost' };
    const base = { roundId, articleAnchor: null, commenterType: 'citizen', name: 'Người cuối', consent: { processing: true, contact: false, showName: false }, stance: 'agree', body: 'Ý kiến gửi lúc dừng' };
    const submit = (i: number) => submitComment(ctx, { ...base, phone: `0977000${100 + i}`, idempotencyKey: `closing-${i}-xxxxxxxx` });
    // two batches one after the other: on PostgreSQL the second one's entries wait for the sealer's next turn, a
    // tenth of a second after its first, and the close comes before that
    const results = [await submit(0), ...(await Promise.all([submit(1), submit(2)]))];
    await app.close();
    const { rows } = await getDb().query<{ entries: number; waiting: number }>(`
      select (select count(*)::int from audit_log where action = 'comment.submit' and subject_id = any($1)) as entries,
             (select count(*)::int from audit_inbox) as waiting`, [results.map((r) => r.comment.id)]);
    expect(rows[0]).toEqual({ entries: 3, waiting: 0 });
  });

  it('stores a form sent to two processes at once once, and both answer with its receipt', async () => {
    // two batchers on one database stand for two web processes: both find the key free, one insert wins
    const a = new IntakeBatcher(getDb().db, limits);
    const b = new IntakeBatcher(getDb().db, limits);
    const [ra, rb] = await Promise.all([a.submit(pending(500, 'twice-xxxxxxxx')), b.submit(pending(501, 'twice-xxxxxxxx'))]);
    expect(ra.comment.receiptCode).toBe(rb.comment.receiptCode);
    expect([ra.isNew, rb.isNew].sort()).toEqual([false, true]);
    const stored = await getDb().query<{ n: number }>(`select count(*)::int as n from comments where idempotency_key = 'twice-xxxxxxxx'`);
    expect(Number(stored.rows[0]!.n)).toBe(1);
    expect(await verifyAuditChain(getDb().db)).toMatchObject({ ok: true });
  });
});
