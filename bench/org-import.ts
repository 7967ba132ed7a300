/**
 * Directory import benchmark (issue 8): a generated province of about 1,500 units (districts and communes until
 * 01/7/2025, the merged communes after, successions and aliases) written as .xlsx, then previewed and applied into
 * an empty directory, then applied again (nothing to change), on PGlite and PostgreSQL.
 */
import '../src/bootstrap';
import { systemActor } from '../src/platform/auth';
import { applyDirectoryImport, directoryToXlsx, previewDirectoryImport, sampleProvince } from '../src/modules/organisations';
import { freshDatabase, type Driver } from './lib/app';
import { driverHeading, forEachDriver } from './lib/drivers';
import { intEnv } from './lib/env';
import { infoRow, round, targetFailure, targetRow, timed, type TargetCheck } from './lib/stats';
import type { Benchmark, BenchReport, Json, RunContext } from './lib/types';

const COLUMNS = ['Measure', 'Figure', 'Target', 'Result'];
/** 10 districts × 110 communes: with the province bodies and the new communes, about 1,500 units. */
const ISSUE_COMMUNES = 110;

async function runDriver(driver: Driver, ctx: RunContext, file: { fileName: string; data: Uint8Array }, units: number, failures: string[]) {
  const { database, where, drop } = await freshDatabase(driver, ctx.postgresUrl);
  try {
    const actionCtx = { db: database.db, actor: systemActor('benchmark') };
    process.stdout.write(`  [${driver}] preview + apply of ${units} units … `);
    const preview = await timed(() => previewDirectoryImport(actionCtx, [file]));
    if (preview.value.issues.length) throw new Error(`the generated file has problems: ${preview.value.issues[0]!.message}`);
    const apply = await timed(() => applyDirectoryImport(actionCtx, [file]));
    const again = await timed(() => applyDirectoryImport(actionCtx, [file]));
    if (again.value.changed) throw new Error('applying the same file twice changed the directory');
    console.log(`preview ${round(preview.ms)} ms, apply ${round(apply.ms)} ms, again ${round(again.ms)} ms`);
    const check: TargetCheck = { label: `Preview + apply of ${units} units into an empty directory`, value: round((preview.ms + apply.ms) / 1000, 2), unit: 's', op: '<', limit: 10 };
    if (driver === 'pglite') {
      const f = targetFailure(driver, check);
      if (f) failures.push(f);
    }
    const c = apply.value.counts;
    const rows = [
      driver === 'pglite' ? targetRow(check) : infoRow(`${check.label} (the < 10 s target is set for PGlite)`, `${check.value} s`),
      infoRow('… preview (read .xlsx, check, compare with the directory)', `${round(preview.ms)} ms`),
      infoRow('… apply (read and check again, one transaction)', `${round(apply.ms)} ms: ${c.units.created} units, ${c.successions.created} successions, ${c.aliases.created} aliases`),
      infoRow('Apply the same file again (nothing to change)', `${round(again.ms)} ms`),
    ];
    const data: Json = { status: 'ok', database: where, previewMs: round(preview.ms, 1), applyMs: round(apply.ms, 1), reapplyMs: round(again.ms, 1), counts: c as unknown as Json, target: { ...check, pass: targetFailure(driver, check) === null } };
    return { heading: driverHeading(driver), status: 'ok' as const, columns: COLUMNS, rows, data };
  } finally {
    await database.close().catch(() => undefined);
    await drop();
  }
}

async function run(ctx: RunContext): Promise<BenchReport> {
  const failures: string[] = [];
  const communes = intEnv('BENCH_ORG_COMMUNES', ISSUE_COMMUNES, 1);
  const sample = sampleProvince({ districts: 10, communesPerDistrict: communes });
  const written = await timed(() => directoryToXlsx(sample));
  const file = { fileName: 'tinh-thai-son.xlsx', data: new Uint8Array(written.value) };
  console.log(`  generated ${sample.units.length} units, ${sample.successions.length} successions, ${sample.aliases.length} aliases (${round(file.data.byteLength / 1024)} KB .xlsx in ${round(written.ms)} ms)`);
  const sections = await forEachDriver(ctx, COLUMNS, failures, (driver) => runDriver(driver, ctx, file, sample.units.length, failures));
  return {
    name: 'org-import',
    title: 'Directory import (issue 8): a province of about 1,500 units from a spreadsheet',
    howToRead: [
      'Target (issue 8): preview + apply of the ~1,500-unit file < 10 s on PGlite. A missed target is listed under Problems and makes `npm run bench` exit non-zero.',
      `File: the fictional tỉnh Thái Sơn from \`sampleProvince\` — 8 province bodies, 20 departments (6 merged on 01/3/2025), 10 districts with 2 units each and ${communes} communes each (BENCH_ORG_COMMUNES) valid until 01/7/2025, one new commune per 3 old ones from 01/7/2025 with merge successions, one alias per new commune — written as .xlsx (not timed).`,
      'Preview: previewDirectoryImport (reads the .xlsx through the zip guard and exceljs, checks every row, compares with the directory). Apply: applyDirectoryImport (reads and checks again under the import lock, set-based upserts, audit entry) into an empty directory. Then the same file is applied again, which must change nothing.',
      'Both drivers run the same steps on a fresh database each, in the benchmark process.',
    ],
    sections,
    failures,
  };
}

export const orgImport: Benchmark = { name: 'org-import', title: 'Directory import', run };
