import { date, index, jsonb, pgTable, text } from 'drizzle-orm/pg-core';

/**
 * Legal periods, deadlines and thresholds, each valid over a date range (DOMAIN.md: "the law changed three times
 * between 2023 and 2026"). Code asks for a rule as of the date of the act, never a constant.
 */
export const legalRules = pgTable(
  'legal_rules',
  {
    id: text('id').primaryKey(),
    ruleId: text('rule_id').notNull(),
    value: jsonb('value').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    source: text('source').notNull(),
    confidence: text('confidence').notNull(),
    note: text('note'),
  },
  // serves ruleAt(ruleId, date)
  (t) => [index('legal_rules_rule_idx').on(t.ruleId, t.validFrom)],
);
