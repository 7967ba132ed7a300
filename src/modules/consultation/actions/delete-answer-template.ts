import { authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import { notFound } from '../../../platform/errors';
import { deleteTemplate, findTemplate } from '../repo';

/** Deletes an answer template; answers written from it keep their text. */
export async function deleteAnswerTemplate(ctx: ActionContext, templateId: string): Promise<void> {
  const before = await findTemplate(ctx.db, templateId);
  if (!before) throw notFound('mẫu câu trả lời');
  authorize(ctx.actor, 'consultation.answer', { unitId: before.unitId });
  await ctx.db.transaction(async (tx) => {
    await deleteTemplate(tx, templateId);
    await recordAudit(tx, { actor: ctx.actor, action: 'answer-template.delete', subjectType: 'answer_template', subjectId: templateId, before: { name: before.name, disposition: before.disposition, unitId: before.unitId, draftId: before.draftId }, requestId: ctx.requestId });
  });
}
