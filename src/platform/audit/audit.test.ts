import { expect, it } from 'vitest';
import { describeEachDriver } from '../../../test/db';
import { systemActor } from '../auth';
import { hashRow, recordAudit, verifyAuditChain } from './index';

const actor = systemActor('kiểm thử');

describeEachDriver('audit chain', (getDb) => {
  async function append(n: number) {
    for (let i = 0; i < n; i++) {
      await getDb().db.transaction((tx) => recordAudit(tx, { actor, action: 'test.write', subjectType: 'thing', subjectId: String(i), before: { b: 1, a: [i] }, after: { z: 'Ủy ban', a: i } }));
    }
  }

  it('verifies an intact chain, including rows written concurrently', async () => {
    await append(5);
    await Promise.all(Array.from({ length: 8 }, (_, i) => getDb().db.transaction((tx) => recordAudit(tx, { actor, action: 'test.concurrent', subjectType: 'thing', subjectId: `c${i}` }))));
    const result = await verifyAuditChain(getDb().db);
    expect(result).toMatchObject({ ok: true, rows: 13 });
  });

  it('refuses UPDATE, DELETE and TRUNCATE at the database level', async () => {
    await expect(getDb().query(`update audit_log set action = 'x' where seq = 1`, [])).rejects.toThrow(/append-only/);
    await expect(getDb().query(`delete from audit_log where seq = 2`, [])).rejects.toThrow(/append-only/);
    await expect(getDb().query(`truncate audit_log`, [])).rejects.toThrow(/append-only/);
  });

  it('names the first edited row, then the first row after a deleted one', async () => {
    const db = getDb();
    const rows = (await db.query<{ seq: string }>('select seq from audit_log order by seq', [])).rows.map((r) => Number(r.seq));
    // Someone with table-owner rights bypasses the trigger and edits the 4th row.
    await db.query('alter table audit_log disable trigger audit_log_no_update', []);
    await db.query(`update audit_log set summary = '{"after": {"a": 999}}'::jsonb where seq = ${rows[3]}`, []);
    let result = await verifyAuditChain(db.db);
    expect(result).toMatchObject({ ok: false, badSeq: rows[3], rows: 3 });
    // Restore that row's content from its hash? Impossible: instead delete it and see the next row flagged.
    await db.query(`delete from audit_log where seq = ${rows[3]}`, []);
    result = await verifyAuditChain(db.db);
    expect(result).toMatchObject({ ok: false, badSeq: rows[4] });
    await db.query('alter table audit_log enable trigger audit_log_no_update', []);
  });
});

it('hashes a row exactly as the chains already written were hashed (keys sorted as JavaScript orders them)', () => {
  // The expected value was computed with the first implementation (JSON.stringify with a key-sorting replacer);
  // a change of format would make every existing chain fail verification.
  const summary = { after: { '10': 1, '2': 2, B: 'x', a: null, é: [1, { z: 0, a: 'Ủy ban' }] }, before: null };
  const row = { seq: 42, at: '2024-01-17T08:30:00.123Z', actorId: null, actorName: 'Hệ thống', action: 'comment.submit', subjectType: 'comment', subjectId: 'c-1', summary, requestId: null };
  expect(hashRow('ab'.repeat(32), row)).toBe('0a0c0c6ba8395bb52aeb6571c6d182b01e8b426a839d77817971a1085dab632f');
});
