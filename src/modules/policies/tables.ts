import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/** A draft policy (dự thảo) in the register, moving through the policy cycle. */
export const policyDrafts = pgTable(
  'policy_drafts',
  {
    id: text('id').primaryKey(),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    docType: text('doc_type').notNull(),
    draftingUnitId: text('drafting_unit_id').notNull(),
    summary: text('summary').notNull().default(''),
    // QĐ 407 "large social impact" assessment: the four criteria and the conclusion
    impact: jsonb('impact').$type<{ criteria: Record<string, boolean>; isLargeImpact: boolean; note: string }>(),
    stage: text('stage').notNull(),
    legalRegime: text('legal_regime').notNull(),
    classification: text('classification').notNull().default('public'),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('policy_drafts_slug_uq').on(t.slug), index('policy_drafts_unit_idx').on(t.draftingUnitId)],
);

export const policyStageHistory = pgTable(
  'policy_stage_history',
  {
    id: text('id').primaryKey(),
    draftId: text('draft_id')
      .notNull()
      .references(() => policyDrafts.id, { onDelete: 'cascade' }),
    fromStage: text('from_stage'),
    toStage: text('to_stage').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    actorName: text('actor_name').notNull(),
    note: text('note'),
  },
  (t) => [index('policy_stage_history_draft_idx').on(t.draftId, t.at)],
);

/** One uploaded version of the draft text, kept with its parsed structure (chapters, articles, clauses). */
export const draftVersions = pgTable(
  'draft_versions',
  {
    id: text('id').primaryKey(),
    draftId: text('draft_id')
      .notNull()
      .references(() => policyDrafts.id, { onDelete: 'cascade' }),
    versionNo: integer('version_no').notNull(),
    fileName: text('file_name').notNull(),
    sha256: text('sha256').notNull(),
    structure: jsonb('structure').notNull(),
    changeNote: text('change_note'),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('draft_versions_no_uq').on(t.draftId, t.versionNo)],
);

/** Why an article changed in a new version: the comments that caused it. */
export const versionChangeLinks = pgTable(
  'version_change_links',
  {
    id: text('id').primaryKey(),
    versionId: text('version_id')
      .notNull()
      .references(() => draftVersions.id, { onDelete: 'cascade' }),
    articleAnchor: text('article_anchor').notNull(),
    commentId: text('comment_id').notNull(),
  },
  (t) => [index('version_change_links_version_idx').on(t.versionId)],
);

/** The communication kit QĐ 407 requires: content, impacts, reasons, open questions, how to comment. */
export const communicationKits = pgTable('communication_kits', {
  draftId: text('draft_id')
    .primaryKey()
    .references(() => policyDrafts.id, { onDelete: 'cascade' }),
  mainContent: text('main_content').notNull().default(''),
  impacts: text('impacts').notNull().default(''),
  reasons: text('reasons').notNull().default(''),
  openQuestions: jsonb('open_questions').$type<string[]>().notNull().default([]),
  howToComment: text('how_to_comment').notNull().default(''),
  englishSummary: text('english_summary').notNull().default(''),
  qa: jsonb('qa').$type<{ question: string; answer: string }[]>().notNull().default([]),
  isPublished: boolean('is_published').notNull().default(false),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});

