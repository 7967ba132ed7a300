import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, expect, it } from 'vitest';
import { describeEachDriver, openMigratedMemory } from '../../../test/db';
import { buildDemoOrg, buildUser } from '../../../test/factories';
import { tempDirs } from '../../../test/temp-dirs';
import type { Database } from '../db';
import { verifyAuditChain } from '../audit';
import { openStoredFile, storedFiles, storeFile } from '../files';
import { backupDatabase, restoreDatabase, verifyBackup } from './index';

// every folder the tests make (archives, file stores): removed once the file's tests end, passed or not
const tmp = tempDirs('all');
// the tests read archives whole to inspect and tamper with them; the code under test streams
const linesOf = (file: string) => gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n').filter(Boolean);
const writeLines = (file: string, lines: string[]) => fs.writeFileSync(file, gzipSync(lines.join('\n') + '\n'));

/** The archive without its creation time (header and manifest carry it); everything else must be identical. */
function body(file: string): string {
  return linesOf(file)
    .map((l) => {
      const v = JSON.parse(l) as unknown;
      if (v && typeof v === 'object' && 'createdAt' in v) return JSON.stringify({ ...v, createdAt: null });
      if (v && typeof v === 'object' && 'manifest' in v) return JSON.stringify({ manifest: { ...(v as { manifest: object }).manifest, createdAt: null } });
      return l;
    })
    .join('\n');
}

async function download(database: Database, dir: string, fileId: string): Promise<Buffer> {
  const row = (await database.query<{ storage_key: string }>('select storage_key from stored_files where id = $1', [fileId])).rows[0];
  expect(row, 'the file record was restored').toBeDefined();
  const chunks: Buffer[] = [];
  for await (const c of openStoredFile(row!.storage_key, dir)) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

const count = async (database: Database, table: string) => Number((await database.query<{ n: number }>(`select count(*)::int as n from ${table}`, [])).rows[0]?.n);
const listDir = (dir: string): string[] => (fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true }).map(String).sort() : []);

describeEachDriver('backup and restore', (getDb) => {
  const sourceFiles = tmp('dt-files-src-');
  // a PDF of 200 KB: several chunks, with bytes that are not text
  const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from(Array.from({ length: 200_000 }, (_, i) => (i * 7919) % 256))]);
  const fileId = randomUUID();
  let archive = '';

  it('round-trips database and files: the attachment downloads byte-identical from a new data dir and file store', async () => {
    await buildDemoOrg(getDb());
    await buildUser(getDb(), { role: 'officer', unitId: 'yb-so-tp' });
    const stored = await storeFile(pdf, { allowed: ['pdf'], maxBytes: 10_000_000, dir: sourceFiles });
    await getDb().db.insert(storedFiles).values({ id: fileId, ownerType: 'comment', ownerId: randomUUID(), fileName: 'Văn bản góp ý.pdf', mimeType: stored.mimeType, size: stored.size, sha256: stored.sha256, storageKey: stored.storageKey });

    const dir = tmp('dt-backup-');
    archive = path.join(dir, 'a.jsonl.gz');
    const result = await backupDatabase(getDb(), archive, { filesDir: sourceFiles });
    expect(result.counts.org_units).toBeGreaterThan(40);
    expect(result.counts.users).toBe(1);
    expect(result.counts.stored_files).toBe(1);
    expect(result).toMatchObject({ files: 1, fileBytes: pdf.length, missingFiles: [] });
    // it holds accounts and citizens' contacts: readable by its owner only, whatever the umask
    expect(fs.statSync(archive).mode & 0o777).toBe(0o600);
    const verified = await verifyBackup(archive);
    expect(verified.manifest?.files).toEqual([{ key: stored.storageKey, size: pdf.length, sha256: stored.sha256 }]);
    expect(verified.manifest?.tables.find((t) => t.name === 'users')).toMatchObject({ rows: 1, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });

    const target = await openMigratedMemory();
    const targetFiles = tmp('dt-files-dst-');
    try {
      const restored = await restoreDatabase(target, archive, { filesDir: targetFiles });
      expect(restored).toMatchObject({ files: 1, manifest: true });
      expect((await download(target, targetFiles, fileId)).equals(pdf)).toBe(true);
      expect(listDir(path.join(targetFiles, 'tmp')), 'no staging left behind').toEqual([]);
      expect(await verifyAuditChain(target.db)).toMatchObject({ ok: true });
      const second = path.join(dir, 'b.jsonl.gz');
      await backupDatabase(target, second, { filesDir: targetFiles });
      expect(body(second)).toBe(body(archive));
      // a second restore into the now non-empty database is refused without --force, and changes nothing
      await expect(restoreDatabase(target, archive, { filesDir: targetFiles })).rejects.toThrow(/đã có dữ liệu/);
      await restoreDatabase(target, archive, { force: true, filesDir: targetFiles });
      const third = path.join(dir, 'c.jsonl.gz');
      await backupDatabase(target, third, { filesDir: targetFiles });
      expect(body(third)).toBe(body(archive));
    } finally {
      await target.close();
    }
  });

  // One empty and one populated target serve every refusal: each refusal must leave both exactly as they were, so
  // sharing them checks that too (and spares opening two databases per case).
  let targets: { empty: Database; emptyFiles: string; full: Database; fullFiles: string; before: unknown } | null = null;
  afterAll(async () => {
    await targets?.empty.close();
    await targets?.full.close();
  });

  /** Restores `file` into an empty database and into a populated one (--force); both must refuse and change nothing. */
  async function expectRefusedUntouched(file: string, message: RegExp) {
    if (targets === null) {
      const empty = await openMigratedMemory();
      const full = await openMigratedMemory();
      const fullFiles = tmp('dt-files-full-');
      await restoreDatabase(full, archive, { filesDir: fullFiles });
      // without its file record, a restore that went through would show (the archive has one)
      await full.query('delete from stored_files', []);
      const before = { units: await count(full, 'org_units'), files: await count(full, 'stored_files'), dir: listDir(fullFiles) };
      targets = { empty, emptyFiles: tmp('dt-files-empty-'), full, fullFiles, before };
    }
    const { empty, emptyFiles, full, fullFiles, before } = targets;
    await expect(restoreDatabase(empty, file, { filesDir: emptyFiles })).rejects.toThrow(message);
    await expect(restoreDatabase(full, file, { force: true, filesDir: fullFiles })).rejects.toThrow(message);
    expect(await count(empty, 'org_units')).toBe(0);
    expect(await count(empty, 'stored_files')).toBe(0);
    expect(listDir(emptyFiles)).toEqual([]);
    expect({ units: await count(full, 'org_units'), files: await count(full, 'stored_files'), dir: listDir(fullFiles) }).toEqual(before);
  }

  it('refuses an archive with one byte changed in a file, and changes nothing', async () => {
    const lines = linesOf(archive);
    const i = lines.findIndex((l) => l.startsWith('{"file"')) + 2; // the second chunk of the file
    const chunk = Buffer.from(JSON.parse(lines[i]!) as string, 'base64');
    chunk[100] = chunk[100]! ^ 0x01;
    lines[i] = JSON.stringify(chunk.toString('base64'));
    const tampered = path.join(tmp('dt-tampered-'), 'x.jsonl.gz');
    writeLines(tampered, lines);
    await expectRefusedUntouched(tampered, /bị sửa: 1 tệp đính kèm không khớp mã kiểm tra/);
  });

  it('refuses an archive whose file is missing, whose rows were changed, or that is cut short, and changes nothing', async () => {
    const lines = linesOf(archive);
    const start = lines.findIndex((l) => l.startsWith('{"file"'));
    const end = lines.findIndex((l) => l.startsWith('{"manifest"'));
    const dir = tmp('dt-tampered-');
    const withoutFile = path.join(dir, 'missing.jsonl.gz');
    writeLines(withoutFile, [...lines.slice(0, start), ...lines.slice(end)]);
    await expectRefusedUntouched(withoutFile, /thiếu 1 tệp đính kèm mà phần kê khai ghi/);

    const userRow = lines.findIndex((l) => l.startsWith('{"table":"users"')) + 1;
    const edited = [...lines];
    // the user name (second column) changed by one letter
    edited[userRow] = JSON.stringify((JSON.parse(lines[userRow]!) as unknown[]).map((v, i) => (i === 1 ? `${String(v)}x` : v)));
    expect(edited[userRow]).not.toBe(lines[userRow]);
    const editedFile = path.join(dir, 'edited.jsonl.gz');
    writeLines(editedFile, edited);
    await expectRefusedUntouched(editedFile, /dữ liệu bảng users không khớp mã kiểm tra/);

    const cut = path.join(dir, 'cut.jsonl.gz');
    writeLines(cut, lines.slice(0, end));
    await expectRefusedUntouched(cut, /thiếu phần kê khai/);

    const raw = fs.readFileSync(archive);
    raw[Math.floor(raw.length / 2)] ^= 0xff;
    const flipped = path.join(dir, 'flipped.jsonl.gz');
    fs.writeFileSync(flipped, raw);
    await expectRefusedUntouched(flipped, /Tệp sao lưu hỏng/);
  });

  it('records a file already missing at backup time, and restores the rest', async () => {
    const gone = tmp('dt-files-gone-');
    const dir = tmp('dt-backup-');
    const file = path.join(dir, 'gone.jsonl.gz');
    const result = await backupDatabase(getDb(), file, { filesDir: gone });
    expect(result).toMatchObject({ files: 0, missingFiles: [expect.any(String)] });
    const target = await openMigratedMemory();
    try {
      expect(await restoreDatabase(target, file, { filesDir: tmp('dt-files-dst-') })).toMatchObject({ files: 0, missingFiles: [expect.any(String)] });
      expect(await count(target, 'stored_files')).toBe(1);
    } finally {
      await target.close();
    }
  });

  it('still restores a format-1 archive (database only), saying so', async () => {
    const lines = linesOf(archive);
    const v1 = lines
      .filter((l) => !l.startsWith('"') && !l.startsWith('{"file"') && !l.startsWith('{"manifest"'))
      .map((l, i) => (i === 0 ? JSON.stringify({ ...(JSON.parse(l) as object), format: 'dong-thuan-backup/1' }) : l));
    const file = path.join(tmp('dt-v1-'), 'old.jsonl.gz');
    writeLines(file, v1);
    const target = await openMigratedMemory();
    try {
      expect(await restoreDatabase(target, file, { filesDir: tmp('dt-files-dst-') })).toMatchObject({ manifest: false, files: 0 });
      expect(await count(target, 'users')).toBe(1);
    } finally {
      await target.close();
    }
  });

  it('is one moment of the database: a mail queued while the backup runs is not in it (PostgreSQL, where other processes write)', async () => {
    const database = getDb();
    // PGlite has one connection: a write waits for the backup's transaction, so only PostgreSQL can write meanwhile
    if (database.kind !== 'postgres') return;
    const before = await count(database, 'mail_outbox');
    const file = path.join(tmp('dt-live-'), 'live.jsonl.gz');
    let written = false;
    await backupDatabase(database, file, {
      filesDir: sourceFiles,
      onProgress: (table) => {
        if (written || table === 'mail_outbox') return;
        written = true;
        // committed by another connection while the backup reads the tables before mail_outbox
        return void database.query(`insert into mail_outbox (id, to_address, subject, body_text, purpose, state) values ($1, 'x@example.vn', 'Thử', 'Thử', 'test', 'pending')`, [randomUUID()]);
      },
    });
    const manifest = (JSON.parse(linesOf(file).at(-1)!) as { manifest: { tables: { name: string; rows: number }[] } }).manifest;
    const order = manifest.tables.map((t) => t.name);
    expect(order.indexOf('mail_outbox'), 'mail_outbox is read after the first table').toBeGreaterThan(0);
    await expect.poll(() => count(database, 'mail_outbox')).toBe(before + 1);
    expect(manifest.tables.find((t) => t.name === 'mail_outbox')?.rows).toBe(before);
  });

  it('refuses a file that is not a backup, with a Vietnamese message', async () => {
    const file = path.join(tmp('dt-bad-'), 'x.gz');
    fs.writeFileSync(file, 'not gzip at all');
    const target = await openMigratedMemory();
    try {
      await expect(restoreDatabase(target, file)).rejects.toThrow(/Tệp sao lưu hỏng/);
    } finally {
      await target.close();
    }
  });
});

describeEachDriver('what a restore needs of the schema', (getDb) => {
  it('has every reference within one table checked at commit: a restore inserts a table’s rows in key order', async () => {
    // a row may come before the row it names (press_service_lists.superseded_by, migration 0038); a new reference
    // of a table to itself must be DEFERRABLE INITIALLY DEFERRED too, or restoring such rows fails
    const { rows } = await getDb().query<{ name: string; deferred: boolean }>(
      `select conname as name, (condeferrable and condeferred) as deferred from pg_constraint where contype = 'f' and conrelid = confrelid order by conname`);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => !r.deferred).map((r) => r.name)).toEqual([]);
  });
});
