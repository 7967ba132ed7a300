import { randomUUID } from 'node:crypto';
import { actorName, authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import { bumpPublicContent } from '../../../platform/page-cache';
import type { ActionContext } from '../../../platform/context';
import type { Executor } from '../../../platform/db';
import { AppError, notFound } from '../../../platform/errors';
import { cleanText } from '../../../platform/text';
import { STAGES, STAGE_LABELS, type Stage } from '../labels';
import { findDraft, insertStage, updateDraft, type DraftRow } from '../repo';

/** A check another module adds before a draft may change stage; returns a Vietnamese reason to refuse, or null. */
export type StageGuard = (db: Executor, draft: DraftRow, to: Stage) => Promise<string | null>;
const guards: StageGuard[] = [];

/** Lets the consultation module forbid leaving the consultation stage while comments are unanswered. */
export function registerStageGuard(guard: StageGuard): void {
  guards.push(guard);
}

/** Moves a draft one step forward in the policy cycle, or back one step (e.g. consultation → drafting). */
export async function changeStage(ctx: ActionContext, draftId: string, to: Stage, note?: string | null): Promise<DraftRow> {
  return ctx.db.transaction(async (tx) => {
    const draft = await findDraft(tx, draftId);
    if (!draft) throw notFound('dự thảo');
    authorize(ctx.actor, 'policies.write', { unitId: draft.draftingUnitId });
    const from = STAGES.indexOf(draft.stage as Stage);
    const target = STAGES.indexOf(to);
    if (target < 0) throw new AppError('validation', 'Giai đoạn không hợp lệ.');
    if (Math.abs(target - from) !== 1) {
      throw new AppError('conflict', `Không thể chuyển từ "${STAGE_LABELS[draft.stage as Stage]}" sang "${STAGE_LABELS[to]}": chỉ chuyển sang giai đoạn liền kề.`);
    }
    for (const guard of guards) {
      const reason = await guard(tx, draft, to);
      if (reason) throw new AppError('validation', reason);
    }
    await recordStage(tx, ctx, draft, to, note ?? null);
    return { ...draft, stage: to };
  });
}

/**
 * Writes a stage change inside the caller's transaction (also used when opening a consultation round moves a
 * draft into the consultation stage).
 */
export async function recordStage(tx: Executor, ctx: ActionContext, draft: DraftRow, to: Stage, note: string | null): Promise<void> {
  await updateDraft(tx, draft.id, { stage: to });
  await insertStage(tx, { id: randomUUID(), draftId: draft.id, fromStage: draft.stage, toStage: to, actorName: actorName(ctx.actor), note: note ? cleanText(note) : null });
  // the page cache drops pages at once; if the transaction rolls back, they are only rendered again
  bumpPublicContent();
  await recordAudit(tx, { actor: ctx.actor, action: 'policy.stage', subjectType: 'policy_draft', subjectId: draft.id, before: { stage: draft.stage }, after: { stage: to, note }, requestId: ctx.requestId });
}
