import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { describeEachDriver } from '../../../test/db';
import { systemActor } from '../auth';
import { appendCheckpoint, checkAuditChain, readCheckpoints, recordAudit, type CheckpointFile } from './index';

const actor = systemActor('kiểm thử mốc');

describeEachDriver('audit checkpoints outside the database', (getDb) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dt-checkpoint-'));
  const file: CheckpointFile = { path: path.join(dir, 'checkpoints.jsonl'), key: 'khoa-bi-mat' };
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const append = async (n: number) => {
    for (let i = 0; i < n; i++) await getDb().db.transaction((tx) => recordAudit(tx, { actor, action: 'test.write', subjectType: 'thing', subjectId: String(i) }));
  };

  it('checks nothing before the first checkpoint, then holds the chain to every checkpoint', async () => {
    await append(3);
    const first = await checkAuditChain(getDb().db, file, { checkpoint: true });
    expect(first.result).toMatchObject({ ok: true, rows: 3, checkpoints: 0 });
    expect(first.written).toMatchObject({ seq: 3, rows: 3 });
    await append(2);
    const second = await checkAuditChain(getDb().db, file, { checkpoint: true });
    expect(second.result).toMatchObject({ ok: true, rows: 5, checkpoints: 1 });
    expect(readCheckpoints(file).checkpoints.map((c) => c.seq)).toEqual([3, 5]);
  });

  it('refuses a checkpoint line forged without the key, and one written with another key', async () => {
    const forged = `${JSON.stringify({ seq: 4, hash: 'a'.repeat(64), at: new Date().toISOString(), rows: 4, mac: 'b'.repeat(64) })}\n`;
    fs.appendFileSync(file.path, forged);
    appendCheckpoint({ ...file, key: 'khoa-khac' }, { seq: 4, hash: 'c'.repeat(64), at: new Date().toISOString(), rows: 4 });
    const read = readCheckpoints(file);
    expect(read.checkpoints).toHaveLength(2);
    expect(read.bad).toEqual([
      { line: 3, reason: 'chữ ký (HMAC) không khớp' },
      { line: 4, reason: 'chữ ký (HMAC) không khớp' },
    ]);
    const checked = await checkAuditChain(getDb().db, file, { checkpoint: true });
    expect(checked.badLines).toHaveLength(2);
    expect(checked.written).toBeNull(); // an untrusted file gets no new checkpoint until someone looks at it
  });

  it('names a chain rewritten from a checkpointed row onwards', async () => {
    const clean: CheckpointFile = { path: path.join(dir, 'clean.jsonl'), key: null };
    const { written } = await checkAuditChain(getDb().db, clean, { checkpoint: true });
    // someone with the table owner's rights replaces the newest row by one with a valid hash of other content
    const db = getDb();
    await db.query('alter table audit_log disable trigger audit_log_no_update', []);
    await db.query(`delete from audit_log where seq = ${written!.seq}`, []);
    await db.query('alter table audit_log enable trigger audit_log_no_update', []);
    await append(1);
    const checked = await checkAuditChain(db.db, clean, { checkpoint: false });
    expect(checked.result).toMatchObject({ ok: false, badSeq: written!.seq });
    expect(checked.result.ok ? '' : checked.result.reason).toContain('chuỗi đã bị viết lại');
  });
});
