import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../db';
import { AppError } from '../errors';
import { legalRules } from './tables';

export { legalRules } from './tables';

export interface RuleRow {
  ruleId: string;
  value: unknown;
  validFrom: string;
  validTo: string | null;
  source: string;
  confidence: string;
  note: string | null;
}

/** Every version of a rule, oldest first. */
export async function ruleVersions(db: Executor, ruleId: string): Promise<RuleRow[]> {
  return db
    .select({ ruleId: legalRules.ruleId, value: legalRules.value, validFrom: legalRules.validFrom, validTo: legalRules.validTo, source: legalRules.source, confidence: legalRules.confidence, note: legalRules.note })
    .from(legalRules)
    .where(and(eq(legalRules.ruleId, ruleId)))
    .orderBy(asc(legalRules.validFrom));
}

/** The value of a rule in force on `at` (validTo exclusive); a missing rule is a configuration error, never a default. */
export async function ruleAt<T>(db: Executor, ruleId: string, at: string): Promise<T> {
  return (await ruleVersionAt(db, ruleId, at)).value as T;
}

/** The version of a rule in force on `at` with its source, for a document that cites it; missing: configuration error. */
export async function ruleVersionAt(db: Executor, ruleId: string, at: string): Promise<RuleRow> {
  const rows = await ruleVersions(db, ruleId);
  const row = rows.find((r) => r.validFrom <= at && (r.validTo === null || at < r.validTo));
  if (!row) throw new AppError('config', `Chưa có quy định "${ruleId}" áp dụng tại ngày ${at} trong bảng quy định.`);
  return row;
}
