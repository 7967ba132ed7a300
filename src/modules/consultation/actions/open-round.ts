import { randomUUID } from 'node:crypto';
import { authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import { bumpPublicContent } from '../../../platform/page-cache';
import type { ActionContext } from '../../../platform/context';
import { AppError, notFound } from '../../../platform/errors';
import { ruleAt, ruleVersionAt } from '../../../platform/rules';
import { addDays, cleanText, fold, formatDateVi, isIsoDate, todayVn } from '../../../platform/text';
import { getDirectory, unitExistsMany } from '../../organisations';
import { findDraft, findVersion, legalRegimeAt, recordStage, type DraftRow } from '../../policies';
import { insertRound, overlappingRound, type RoundRow } from '../repo';

export interface OpenRoundInput {
  versionId: string;
  opensOn: string;
  closesOn: string;
  targetGroups: string[];
  consulteeUnitIds: string[];
  /** The shortened procedure (rút gọn), chosen explicitly with its reason; absent or empty: the normal minimum. */
  shortenedReason?: string | null;
}

/** Longest reason for the shortened procedure. */
export const MAX_SHORTENED_REASON = 1000;

/** Calendar days of a round, both ends included (DOMAIN.md LY-04: weekends and holidays count). */
export function roundDays(opensOn: string, closesOn: string): number {
  return Math.round((Date.parse(`${closesOn}T00:00:00Z`) - Date.parse(`${opensOn}T00:00:00Z`)) / 86_400_000) + 1;
}

/** The consultation minimum that applies to a draft, with the rule it comes from (printed in the synthesis report). */
export interface ConsultationMinimum {
  days: number;
  /** The rules table's citation, e.g. "Điều 120 Luật Ban hành văn bản quy phạm pháp luật năm 2015". */
  source: string;
  ruleId: string;
  /** The legal regime of the draft (DOMAIN.md LY-01) and the day its drafting started, which chose it. */
  regime: '2015' | '2025';
  startedOn: string;
  isShortened: boolean;
}

/** The day a draft's drafting started: the day it was registered (Vietnam calendar). */
export function draftingStartedOn(draft: Pick<DraftRow, 'createdAt'>): string {
  return todayVn(new Date(draft.createdAt));
}

/**
 * The minimum posting period of a draft (DOMAIN.md LY-02..LY-04) from the dated rules table: by its document type,
 * under the regime in force on the day its drafting started — not the day the round opens, since a draft begun
 * under Law 80/2015 is finished under it. The shortened procedure has a rule of its own.
 */
export async function consultationMinimum(db: ActionContext['db'], draft: Pick<DraftRow, 'docType' | 'createdAt'>, isShortened = false): Promise<ConsultationMinimum> {
  const startedOn = draftingStartedOn(draft);
  const ruleId = isShortened ? 'consultation.minDays.shortened' : `consultation.minDays.${draft.docType}`;
  const rule = await ruleVersionAt(db, ruleId, startedOn);
  return { days: Number(rule.value), source: rule.source, ruleId, regime: legalRegimeAt(startedOn), startedOn, isShortened };
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
  const shortenedReason = cleanText(input.shortenedReason ?? '') || null;
  if (shortenedReason && shortenedReason.length > MAX_SHORTENED_REASON) {
    throw new AppError('validation', `Lý do áp dụng thủ tục rút gọn tối đa ${MAX_SHORTENED_REASON} ký tự.`, { errors: [{ path: 'shortenedReason', message: `Tối đa ${MAX_SHORTENED_REASON} ký tự.` }] });
  }
  const regular = await consultationMinimum(ctx.db, draft);
  const minimum = shortenedReason ? await consultationMinimum(ctx.db, draft, true) : regular;
  const minDays = minimum.days;
  const days = roundDays(input.opensOn, input.closesOn);
  if (days < minDays) {
    throw new AppError('validation', `Thời gian lấy ý kiến tối thiểu là ${minDays} ngày theo ${minimum.source} (đang chọn ${days} ngày); ngày kết thúc sớm nhất là ${formatDateVi(addDays(input.opensOn, minDays - 1), 'short')}. Nếu dự thảo được xây dựng theo trình tự, thủ tục rút gọn, hãy chọn thủ tục rút gọn và nêu lý do.`, {
      errors: [{ path: 'closesOn', message: `Tối thiểu ${minDays} ngày.` }],
    });
  }
  const targetGroups = [...new Set(input.targetGroups.map(cleanText).filter(Boolean))];
  if (targetGroups.length === 0) throw new AppError('validation', 'Chọn ít nhất một đối tượng lấy ý kiến.', { errors: [{ path: 'targetGroups', message: 'Chọn ít nhất một nhóm.' }] });
  const consultees = [...new Set(input.consulteeUnitIds)];
  const known = await unitExistsMany(ctx.db, consultees);
  if (consultees.some((u) => !known.has(u))) throw new AppError('validation', 'Có đơn vị được hỏi ý kiến không tồn tại.');
  // the Fatherland Front is consulted under the 2025 law (DOMAIN.md LY-05, Art. 30.1.a): as a group, or asked in writing
  if (legalRegimeAt(input.opensOn) === '2025') {
    const dir = await getDirectory(ctx.db);
    const isFront = (name: string) => /\bmttq\b|mat tran to quoc/.test(fold(name));
    if (!targetGroups.some(isFront) && !consultees.some((id) => isFront(dir.unit(id)?.name ?? ''))) {
      throw new AppError('validation', 'Theo Luật Ban hành văn bản quy phạm pháp luật năm 2025 (Điều 30), phải lấy ý kiến Ủy ban Mặt trận Tổ quốc Việt Nam: chọn nhóm “Ủy ban MTTQ và các tổ chức chính trị - xã hội” hoặc thêm Ủy ban MTTQ vào các cơ quan được hỏi ý kiến bằng văn bản.', {
        errors: [{ path: 'targetGroups', message: 'Chưa có Ủy ban Mặt trận Tổ quốc Việt Nam trong đối tượng lấy ý kiến.' }],
      });
    }
  }
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
    minDaysSource: minimum.source,
    shortenedReason,
    targetGroups,
    closedEarlyAt: null,
    closeReason: null,
    originalClosesOn: null,
    extendedAt: null,
    extensionReason: null,
    synthesisPublishedAt: null,
    synthesisFileId: null,
    synthesisSigner: null,
    synthesisDate: null,
    createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
    createdAt: new Date().toISOString(),
  };
  await ctx.db.transaction(async (tx) => {
    if (await overlappingRound(tx, draftId, input.opensOn, input.closesOn)) throw new AppError('conflict', 'Đã có một đợt lấy ý kiến trùng thời gian cho dự thảo này.');
    await insertRound(tx, row, consultees.map((unitId) => ({ id: randomUUID(), roundId: row.id, unitId, requestedOn: input.opensOn, dueOn, answeredOn: null, answerRef: null })));
    if (draft.stage === 'drafting') await recordStage(tx, ctx, draft, 'consultation', 'Mở đợt lấy ý kiến');
    await recordAudit(tx, { actor: ctx.actor, action: 'consultation.open', subjectType: 'consultation_round', subjectId: row.id, after: { draftId, versionNo: version.versionNo, opensOn: row.opensOn, closesOn: row.closesOn, minDays, days, minimum: { ruleId: minimum.ruleId, source: minimum.source, regime: minimum.regime, draftingStartedOn: minimum.startedOn, regularDays: regular.days }, shortenedReason, targetGroups, consultees: consultees.length }, requestId: ctx.requestId });
  });
  bumpPublicContent();
  return row;
}
