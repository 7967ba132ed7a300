import type { Driver } from './app';
import type { RunContext, Section } from './types';

/** The heading of a driver's section in the summary. */
export function driverHeading(driver: Driver): string {
  return driver === 'pglite' ? 'PGlite' : 'PostgreSQL';
}

/** A section that records why a part was not measured (no PostgreSQL URL, or it failed). */
export function skippedSection(heading: string, columns: string[], reason: string, status: 'skipped' | 'failed'): Section {
  return { heading, status, reason, columns, rows: [], data: { status, reason } };
}

/**
 * Runs one part of a benchmark, turning a thrown error into a failed section and a listed problem, so one broken
 * part never hides the figures of the others.
 */
export async function runPart(label: string, heading: string, columns: string[], failures: string[], part: () => Promise<Section>): Promise<Section> {
  try {
    return await part();
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    failures.push(`[${label}] ${message}`);
    return skippedSection(heading, columns, message, 'failed');
  }
}

/** Runs a benchmark on PGlite, then on PostgreSQL when a URL is set (recorded as skipped otherwise). */
export async function forEachDriver(ctx: RunContext, columns: string[], failures: string[], runDriver: (driver: Driver) => Promise<Section>): Promise<Section[]> {
  const sections: Section[] = [];
  for (const driver of ['pglite', 'postgres'] as const) {
    if (driver === 'postgres' && !ctx.postgresUrl) {
      console.log('  [postgres] SKIPPED: set BENCH_DATABASE_URL or TEST_DATABASE_URL to measure PostgreSQL too.');
      sections.push(skippedSection(driverHeading(driver), columns, 'no BENCH_DATABASE_URL or TEST_DATABASE_URL set', 'skipped'));
      continue;
    }
    sections.push(await runPart(driver, driverHeading(driver), columns, failures, () => runDriver(driver)));
  }
  return sections;
}
