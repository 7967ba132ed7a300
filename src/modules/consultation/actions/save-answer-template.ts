import { randomUUID } from 'node:crypto';
import { authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import { AppError, notFound } from '../../../platform/errors';
import { cleanText } from '../../../platform/text';
import { findDraft } from '../../policies';
import { findTemplate, insertTemplate, updateTemplate, type TemplateRow } from '../repo';
import { DISPOSITIONS, type Disposition } from './answer';

export interface TemplateInput {
  name: string;
  disposition: Disposition;
  body: string;
  /** True: for every draft of the drafting unit; false: only for this draft. */
  forAllDrafts: boolean;
}

function checkInput(input: TemplateInput): { name: string; body: string } {
  const name = cleanText(input.name);
  const body = cleanText(input.body);
  const errors = [
    ...(name ? [] : [{ path: 'name', message: 'Nhập tên mẫu.' }]),
    ...(body ? [] : [{ path: 'body', message: 'Nhập nội dung mẫu.' }]),
    ...(DISPOSITIONS.includes(input.disposition) ? [] : [{ path: 'disposition', message: 'Chọn hình thức trả lời.' }]),
  ];
  if (errors.length) throw new AppError('validation', 'Mẫu câu trả lời chưa đầy đủ.', { errors });
  return { name, body };
}

/** Creates an answer template on a draft (kept for the draft, or for every draft of its drafting unit). */
export async function createAnswerTemplate(ctx: ActionContext, draftId: string, input: TemplateInput): Promise<TemplateRow> {
  const draft = await findDraft(ctx.db, draftId);
  if (!draft) throw notFound('dự thảo');
  authorize(ctx.actor, 'consultation.answer', { unitId: draft.draftingUnitId });
  const { name, body } = checkInput(input);
  const row: TemplateRow = { id: randomUUID(), unitId: draft.draftingUnitId, draftId: input.forAllDrafts ? null : draftId, name, disposition: input.disposition, body, createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null, createdAt: new Date().toISOString(), updatedAt: new Date().toISOString() };
  await ctx.db.transaction(async (tx) => {
    await insertTemplate(tx, row);
    await recordAudit(tx, { actor: ctx.actor, action: 'answer-template.create', subjectType: 'answer_template', subjectId: row.id, after: { name, disposition: row.disposition, unitId: row.unitId, draftId: row.draftId }, requestId: ctx.requestId });
  });
  return row;
}

/** Changes an answer template; `draftId` is the draft it is edited from (kept when the template is narrowed to one draft). */
export async function updateAnswerTemplate(ctx: ActionContext, templateId: string, draftId: string, input: TemplateInput): Promise<TemplateRow> {
  const before = await findTemplate(ctx.db, templateId);
  if (!before) throw notFound('mẫu câu trả lời');
  authorize(ctx.actor, 'consultation.answer', { unitId: before.unitId });
  const draft = await findDraft(ctx.db, draftId);
  if (!draft || draft.draftingUnitId !== before.unitId) throw new AppError('validation', 'Dự thảo không thuộc cơ quan soạn thảo của mẫu.');
  const { name, body } = checkInput(input);
  const patch = { name, body, disposition: input.disposition, draftId: input.forAllDrafts ? null : (before.draftId ?? draftId) };
  await ctx.db.transaction(async (tx) => {
    await updateTemplate(tx, templateId, patch);
    await recordAudit(tx, { actor: ctx.actor, action: 'answer-template.update', subjectType: 'answer_template', subjectId: templateId, before: { name: before.name, disposition: before.disposition, draftId: before.draftId }, after: { name, disposition: patch.disposition, draftId: patch.draftId }, requestId: ctx.requestId });
  });
  return { ...before, ...patch, updatedAt: new Date().toISOString() };
}
