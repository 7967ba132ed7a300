import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR } from './index';

/**
 * Upgrades roll web processes one by one (docs/operations.md, "Nâng cấp"): the new version migrates while old
 * processes still serve, so a migration may only add (expand). Removing or reshaping what the old code reads —
 * dropping or renaming a table or column, changing a column's type, a new NOT NULL without a default — waits for a
 * later release (contract) and says so on its first line: `-- contract: <what, and which release stopped using it>`.
 * Migrations up to 0017 predate the rule (they were applied together with their code).
 */
const RULE_SINCE = 18;
const DESTRUCTIVE: [RegExp, string][] = [
  [/\bdrop\s+(table|column)\b/i, 'xoá bảng hoặc cột'],
  [/\brename\s+(to|column)\b/i, 'đổi tên bảng hoặc cột'],
  [/\balter\s+column\s+\S+\s+(set\s+data\s+)?type\b/i, 'đổi kiểu cột'],
  [/\balter\s+column\s+\S+\s+set\s+not\s+null\b/i, 'thêm NOT NULL cho cột đang có'],
];
/** An added column (its clause up to the next comma or semicolon) that is NOT NULL and has no DEFAULT. */
const NOT_NULL_WITHOUT_DEFAULT = /\badd\s+column\b[^,;]*/gi;

const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string; when: number }[] };
const files = fs.readdirSync(MIGRATIONS_DIR).filter((f) => f.endsWith('.sql')).sort();

/** What in `sql` an old web process could trip on, unless the migration is declared a contract step. */
function expandOnlyProblems(sql: string): string[] {
  if (/^--\s*contract:\s*\S/.test(sql)) return [];
  const code = sql.replace(/--.*$/gm, '');
  const problems = DESTRUCTIVE.filter(([re]) => re.test(code)).map(([, what]) => what);
  const added = code.match(NOT_NULL_WITHOUT_DEFAULT) ?? [];
  if (added.some((clause) => /\bnot\s+null\b/i.test(clause) && !/\bdefault\b/i.test(clause))) problems.push('thêm cột NOT NULL không có giá trị mặc định');
  return problems;
}

describe('the migrations', () => {
  it('are each in the journal once, in order, dated later than the one before', () => {
    expect(journal.entries.map((e) => `${e.tag}.sql`)).toEqual(files);
    for (let i = 1; i < journal.entries.length; i++) expect(journal.entries[i]!.when, journal.entries[i]!.tag).toBeGreaterThan(journal.entries[i - 1]!.when);
  });

  it(`from ${RULE_SINCE} on only add what old web processes can ignore, unless marked as a contract step`, () => {
    const problems = files
      .filter((f) => Number(f.slice(0, 4)) >= RULE_SINCE)
      .flatMap((f) => expandOnlyProblems(fs.readFileSync(path.join(MIGRATIONS_DIR, f), 'utf8')).map((what) => `${f}: ${what}`));
    expect(problems).toEqual([]);
  });

  it('recognises what an old process would trip on', () => {
    expect(expandOnlyProblems('ALTER TABLE "comments" DROP COLUMN "phone";')).toEqual(['xoá bảng hoặc cột']);
    expect(expandOnlyProblems('ALTER TABLE "comments" RENAME COLUMN "body" TO "text";')).toEqual(['đổi tên bảng hoặc cột']);
    expect(expandOnlyProblems('ALTER TABLE "x" ALTER COLUMN "n" SET DATA TYPE bigint;')).toEqual(['đổi kiểu cột']);
    expect(expandOnlyProblems('ALTER TABLE "x" ADD COLUMN "n" integer NOT NULL;')).toEqual(['thêm cột NOT NULL không có giá trị mặc định']);
    expect(expandOnlyProblems('ALTER TABLE "x" ADD COLUMN "n" integer DEFAULT 0 NOT NULL;')).toEqual([]);
    expect(expandOnlyProblems('CREATE TABLE "y" ("id" text PRIMARY KEY NOT NULL);\nCREATE INDEX "y_i" ON "y" ("id");')).toEqual([]);
    expect(expandOnlyProblems('-- contract: bản 2027.1 không còn đọc cột phone\nALTER TABLE "comments" DROP COLUMN "phone";')).toEqual([]);
  });
});
