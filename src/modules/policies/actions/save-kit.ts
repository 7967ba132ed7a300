import { authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import { bumpPublicContent } from '../../../platform/page-cache';
import type { ActionContext } from '../../../platform/context';
import { notFound } from '../../../platform/errors';
import { cleanText } from '../../../platform/text';
import { findDraft, findKit, upsertKit, type KitRow } from '../repo';

export interface KitInput {
  mainContent: string;
  impacts: string;
  reasons: string;
  openQuestions: string[];
  howToComment: string;
  englishSummary: string;
  qa: { question: string; answer: string }[];
  isPublished: boolean;
}

/** Saves the communication kit (the contents QĐ 407 requires) of a draft. */
export async function saveKit(ctx: ActionContext, draftId: string, input: KitInput): Promise<KitRow> {
  const draft = await findDraft(ctx.db, draftId);
  if (!draft) throw notFound('dự thảo');
  authorize(ctx.actor, 'policies.write', { unitId: draft.draftingUnitId });
  const row = {
    draftId,
    mainContent: cleanText(input.mainContent),
    impacts: cleanText(input.impacts),
    reasons: cleanText(input.reasons),
    openQuestions: input.openQuestions.map(cleanText).filter(Boolean),
    howToComment: cleanText(input.howToComment),
    englishSummary: cleanText(input.englishSummary),
    qa: input.qa.map((x) => ({ question: cleanText(x.question), answer: cleanText(x.answer) })).filter((x) => x.question),
    isPublished: input.isPublished,
  };
  await ctx.db.transaction(async (tx) => {
    const before = await findKit(tx, draftId);
    await upsertKit(tx, row);
    await recordAudit(tx, { actor: ctx.actor, action: 'policy.kit', subjectType: 'policy_draft', subjectId: draftId, before: before ? { isPublished: before.isPublished } : null, after: { isPublished: row.isPublished, questions: row.openQuestions.length, qa: row.qa.length }, requestId: ctx.requestId });
  });
  bumpPublicContent();
  return { ...row, updatedAt: new Date().toISOString() };
}
