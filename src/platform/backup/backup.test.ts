import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createGunzip } from 'node:zlib';
import { expect, it } from 'vitest';
import { describeEachDriver } from '../../../test/db';
import { buildDemoOrg, buildUser } from '../../../test/factories';
import { openDatabase } from '../db';
import { verifyAuditChain } from '../audit';
import { backupDatabase, restoreDatabase } from './index';

async function body(file: string): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of fs.createReadStream(file).pipe(createGunzip())) chunks.push(c as Buffer);
  // the first line holds the creation time; everything after it must be identical
  return Buffer.concat(chunks).toString('utf8').split('\n').slice(1).join('\n');
}

describeEachDriver('backup and restore', (getDb) => {
  it('round-trips to identical data and an intact audit chain', async () => {
    await buildDemoOrg(getDb());
    await buildUser(getDb(), { role: 'officer', unitId: 'yb-so-tp' });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dt-backup-'));
    const first = path.join(dir, 'a.jsonl.gz');
    const counts = await backupDatabase(getDb(), first);
    expect(counts.org_units).toBeGreaterThan(40);
    expect(counts.users).toBe(1);

    const target = await openDatabase('memory:');
    try {
      await restoreDatabase(target, first);
      expect(await verifyAuditChain(target.db)).toMatchObject({ ok: true });
      const second = path.join(dir, 'b.jsonl.gz');
      await backupDatabase(target, second);
      expect(await body(second)).toBe(await body(first));
      // a second restore into the now non-empty database is refused without --force, and changes nothing
      await expect(restoreDatabase(target, first)).rejects.toThrow(/đã có dữ liệu/);
      await restoreDatabase(target, first, { force: true });
      const third = path.join(dir, 'c.jsonl.gz');
      await backupDatabase(target, third);
      expect(await body(third)).toBe(await body(first));
    } finally {
      await target.close();
    }
  });

  it('refuses a file that is not a backup, with a Vietnamese message', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dt-bad-')), 'x.gz');
    fs.writeFileSync(file, 'not gzip at all');
    const target = await openDatabase('memory:');
    try {
      await expect(restoreDatabase(target, file)).rejects.toThrow(/Tệp sao lưu hỏng/);
    } finally {
      await target.close();
    }
  });
});
