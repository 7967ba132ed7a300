/**
 * Writes the database of this release as the upgrade test's fixture (src/platform/db/upgrade.test.ts): the province
 * of test/province.ts, backed up with its files. Run it when a release is cut, before the next one adds migrations:
 *   npx tsx test/make-release-fixture.ts test/fixtures/releases/<release>.jsonl.gz
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { backupDatabase } from '../src/platform/backup';
import { openDatabase } from '../src/platform/db';
import { buildProvince } from './province';

const out = process.argv[2];
if (!out) throw new Error('usage: npx tsx test/make-release-fixture.ts FILE.jsonl.gz');
const files = fs.mkdtempSync(path.join(os.tmpdir(), 'dt-release-'));
try {
  process.env.FILES_DIR = files;
  const database = await openDatabase('memory:');
  const app = await buildProvince(database);
  await app.close();
  const result = await backupDatabase(database, path.resolve(out), { filesDir: files });
  await database.close();
  console.log(`${out}: ${Object.values(result.counts).reduce((a, b) => a + b, 0)} rows in ${Object.keys(result.counts).length} tables, ${result.files} files (${result.fileBytes} bytes)`);
} finally {
  // the province's files are in the archive now (or it failed): the copy made for it goes
  fs.rmSync(files, { recursive: true, force: true });
}
