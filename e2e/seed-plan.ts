import fs from 'node:fs';
import path from 'node:path';
import { expect, type APIRequestContext } from '@playwright/test';

const SEED = path.resolve('test/fixtures/plans/yen-bai-14-KH-UBND-2024.txt');

/**
 * Imports the founding plan through the API under another number ("114/KH-UBND"), so each journey has a plan of
 * its own: the journeys share one server, a document is imported once, and a task code must lead to one task.
 * The plans journey imports the real one (14/KH-UBND) through the office.
 */
export async function importSeedCopy(api: APIRequestContext, csrf: string, number: string): Promise<string> {
  const text = fs.readFileSync(SEED, 'utf8').replace('Số: 14/KH-UBND', `Số: ${number}`);
  expect(text).toContain(number);
  const file = { name: `kh-${number.replace(/\W+/g, '-')}.txt`, mimeType: 'text/plain', buffer: Buffer.from(text) };
  const preview = await (await api.post('/api/v1/plans/preview', { headers: { 'x-csrf-token': csrf }, multipart: { file } })).json();
  const open = (preview.names as { written: string; status: string }[]).filter((n) => n.status === 'unresolved' || n.status === 'ambiguous');
  const mappings = Object.fromEntries(open.map((n) => [n.written, n.written.startsWith('Báo Yên Bái') ? { unitIds: ['yb-bao'] } : { ignore: true }]));
  const res = await api.post('/api/v1/plans', { headers: { 'x-csrf-token': csrf }, multipart: { file, mappings: JSON.stringify(mappings) } });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()).id as string;
}
