import { randomUUID } from 'node:crypto';
import { authorize, actorName } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import { bumpPublicContent } from '../../../platform/page-cache';
import type { ActionContext } from '../../../platform/context';
import { AppError, notFound } from '../../../platform/errors';
import { cleanText, slugify, todayVn } from '../../../platform/text';
import { unitExistsMany } from '../../organisations';
import { DOC_TYPES, IMPACT_CRITERIA, type DocType } from '../labels';
import { findDraft, insertDraft, insertStage, updateDraft, type DraftRow } from '../repo';

export interface ImpactInput {
  criteria: Partial<Record<string, boolean>>;
  note: string;
}

/** Keeps only the known QĐ 407 criteria; the conclusion is the AND of all four, never typed in by hand. */
export function assessImpact(input: ImpactInput | undefined | null): DraftRow['impact'] {
  if (!input) return null;
  const criteria = Object.fromEntries(Object.keys(IMPACT_CRITERIA).map((k) => [k, input.criteria[k] === true]));
  return { criteria, isLargeImpact: Object.values(criteria).every(Boolean), note: cleanText(input.note ?? '') };
}

/** The consultation regime follows the date of the act (DOMAIN.md LY-01): Law 64/2025 from 01/4/2025. */
export function legalRegimeAt(date: string): '2015' | '2025' {
  return date >= '2025-04-01' ? '2025' : '2015';
}

/** Registers a new draft policy in its drafting unit, at the drafting stage. */
export async function createDraft(ctx: ActionContext, input: { title: string; docType: DocType; draftingUnitId: string; summary?: string; impact?: ImpactInput | null }): Promise<DraftRow> {
  authorize(ctx.actor, 'policies.write', { unitId: input.draftingUnitId });
  const title = cleanText(input.title);
  if (!title) throw new AppError('validation', 'Tên dự thảo không được để trống.', { errors: [{ path: 'title', message: 'Không được để trống.' }] });
  if (!DOC_TYPES.includes(input.docType)) throw new AppError('validation', 'Loại văn bản không hợp lệ.');
  if (!(await unitExistsMany(ctx.db, [input.draftingUnitId])).has(input.draftingUnitId)) {
    throw new AppError('validation', 'Đơn vị soạn thảo không tồn tại.', { errors: [{ path: 'draftingUnitId', message: 'Đơn vị không tồn tại.' }] });
  }
  const id = randomUUID();
  const row: DraftRow = {
    id,
    slug: `${slugify(title).slice(0, 80)}-${id.slice(0, 6)}`,
    title,
    docType: input.docType,
    draftingUnitId: input.draftingUnitId,
    summary: cleanText(input.summary ?? ''),
    impact: assessImpact(input.impact),
    stage: 'drafting',
    legalRegime: legalRegimeAt(todayVn()),
    classification: 'public',
    createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
    createdAt: new Date().toISOString(),
    updatedAt: new Date().toISOString(),
  };
  await ctx.db.transaction(async (tx) => {
    await insertDraft(tx, row);
    await insertStage(tx, { id: randomUUID(), draftId: id, fromStage: null, toStage: 'drafting', actorName: actorName(ctx.actor), note: 'Đăng ký dự thảo' });
    await recordAudit(tx, { actor: ctx.actor, action: 'policy.create', subjectType: 'policy_draft', subjectId: id, after: { title, docType: row.docType, draftingUnitId: row.draftingUnitId, impact: row.impact }, requestId: ctx.requestId });
  });
  return row;
}

/** Edits the title, summary or the QĐ 407 assessment (who set the flags is in the audit trail). */
export async function editDraft(ctx: ActionContext, id: string, patch: { title?: string; summary?: string; impact?: ImpactInput | null }): Promise<DraftRow> {
  return ctx.db.transaction(async (tx) => {
    const before = await findDraft(tx, id);
    if (!before) throw notFound('dự thảo');
    authorize(ctx.actor, 'policies.write', { unitId: before.draftingUnitId });
    const changes: Partial<DraftRow> = {};
    if (patch.title !== undefined) {
      const title = cleanText(patch.title);
      if (!title) throw new AppError('validation', 'Tên dự thảo không được để trống.');
      changes.title = title;
    }
    if (patch.summary !== undefined) changes.summary = cleanText(patch.summary);
    if (patch.impact !== undefined) changes.impact = assessImpact(patch.impact);
    await updateDraft(tx, id, changes);
    bumpPublicContent();
    await recordAudit(tx, { actor: ctx.actor, action: 'policy.update', subjectType: 'policy_draft', subjectId: id, before: { title: before.title, impact: before.impact }, after: changes, requestId: ctx.requestId });
    return { ...before, ...changes };
  });
}
