import { randomUUID } from 'node:crypto';
import { authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import { bumpPublicContent } from '../../../platform/page-cache';
import type { ActionContext } from '../../../platform/context';
import { AppError, notFound } from '../../../platform/errors';
import { ruleAt } from '../../../platform/rules';
import { addDays, cleanText, isIsoDate } from '../../../platform/text';
import { unitExistsMany } from '../../organisations';
import { findDraft, findVersion, recordStage } from '../../policies';
import { insertRound, overlappingRound, type RoundRow } from '../repo';

export interface OpenRoundInput {
  versionId: string;
  opensOn: string;
  closesOn: string;
  targetGroups: string[];
  consulteeUnitIds: string[];
}

/** Calendar days of a round, both ends included (DOMAIN.md LY-04: weekends and holidays count). */
export function roundDays(opensOn: string, closesOn: string): number {
  return Math.round((Date.parse(`${closesOn}T00:00:00Z`) - Date.parse(`${opensOn}T00:00:00Z`)) / 86_400_000) + 1;
}

/**
 * The minimum posting period as of the day the round opens (rules table). Every document type handled here is a
 * local one (province or commune), for which DOMAIN.md gives one provincial value.
 */
export async function minDaysFor(ctx: ActionContext, opensOn: string): Promise<number> {
  return ruleAt<number>(ctx.db, 'consultation.minDays.province', opensOn);
}

/**
 * Opens a consultation round on one version: at least the minimum period of the rules table, target groups,
 * the bodies that must answer in writing with their due dates. A draft still in drafting moves to consultation.
 */
export async function openRound(ctx: ActionContext, draftId: string, input: OpenRoundInput): Promise<RoundRow> {
  const draft = await findDraft(ctx.db, draftId);
  if (!draft) throw notFound('dự thảo');
  authorize(ctx.actor, 'policies.write', { unitId: draft.draftingUnitId });
  if (draft.classification !== 'public') throw new AppError('conflict', 'Dự thảo thuộc bí mật nhà nước không được đăng tải lấy ý kiến.');
  if (!['drafting', 'consultation'].includes(draft.stage)) throw new AppError('conflict', 'Chỉ mở lấy ý kiến khi dự thảo đang ở giai đoạn soạn thảo hoặc lấy ý kiến.');
  const version = await findVersion(ctx.db, input.versionId);
  if (!version || version.draftId !== draftId) throw new AppError('validation', 'Phiên bản dự thảo không hợp lệ.', { errors: [{ path: 'versionId', message: 'Chọn một phiên bản của dự thảo này.' }] });
  if (!isIsoDate(input.opensOn) || !isIsoDate(input.closesOn) || input.closesOn < input.opensOn) {
    throw new AppError('validation', 'Ngày bắt đầu, kết thúc không hợp lệ.', { errors: [{ path: 'closesOn', message: 'Ngày kết thúc phải sau ngày bắt đầu.' }] });
  }
  const minDays = await minDaysFor(ctx, input.opensOn);
  const days = roundDays(input.opensOn, input.closesOn);
  if (days < minDays) {
    throw new AppError('validation', `Thời gian lấy ý kiến tối thiểu là ${minDays} ngày (đang chọn ${days} ngày); ngày kết thúc sớm nhất là ${addDays(input.opensOn, minDays - 1).split('-').reverse().join('/')}.`, {
      errors: [{ path: 'closesOn', message: `Tối thiểu ${minDays} ngày.` }],
    });
  }
  const targetGroups = [...new Set(input.targetGroups.map(cleanText).filter(Boolean))];
  if (targetGroups.length === 0) throw new AppError('validation', 'Chọn ít nhất một đối tượng lấy ý kiến.', { errors: [{ path: 'targetGroups', message: 'Chọn ít nhất một nhóm.' }] });
  const consultees = [...new Set(input.consulteeUnitIds)];
  const known = await unitExistsMany(ctx.db, consultees);
  if (consultees.some((u) => !known.has(u))) throw new AppError('validation', 'Có đơn vị được hỏi ý kiến không tồn tại.');
  let replyDays: number | null = null;
  try {
    replyDays = await ruleAt<number>(ctx.db, 'consultation.writtenReplyDays', input.opensOn);
  } catch {
    replyDays = null; // no written-reply period in force that day: the round's end is the due date
  }
  const dueOn = replyDays ? addDays(input.opensOn, replyDays - 1) : input.closesOn;
  const row: RoundRow = {
    id: randomUUID(),
    draftId,
    versionId: version.id,
    opensOn: input.opensOn,
    closesOn: input.closesOn,
    minDays,
    targetGroups,
    closedEarlyAt: null,
    closeReason: null,
    originalClosesOn: null,
    extendedAt: null,
    extensionReason: null,
    synthesisPublishedAt: null,
    synthesisFileId: null,
    createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
    createdAt: new Date().toISOString(),
  };
  await ctx.db.transaction(async (tx) => {
    if (await overlappingRound(tx, draftId, input.opensOn, input.closesOn)) throw new AppError('conflict', 'Đã có một đợt lấy ý kiến trùng thời gian cho dự thảo này.');
    await insertRound(tx, row, consultees.map((unitId) => ({ id: randomUUID(), roundId: row.id, unitId, requestedOn: input.opensOn, dueOn, answeredOn: null, answerRef: null })));
    if (draft.stage === 'drafting') await recordStage(tx, ctx, draft, 'consultation', 'Mở đợt lấy ý kiến');
    await recordAudit(tx, { actor: ctx.actor, action: 'consultation.open', subjectType: 'consultation_round', subjectId: row.id, after: { draftId, versionNo: version.versionNo, opensOn: row.opensOn, closesOn: row.closesOn, minDays, days, targetGroups, consultees: consultees.length }, requestId: ctx.requestId });
  });
  bumpPublicContent();
  return row;
}
