import { randomUUID } from 'node:crypto';
import { recordAudit } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import { AppError, type FieldError } from '../../../platform/errors';
import { cleanText, isIsoDate } from '../../../platform/text';
import { getDirectory } from '../../organisations';
import { enabledUsers, insertReview, reviewOf, updateCrisis, type CrisisRow } from '../repo';
import { lockOpenCrisis, log, nowIso, userOf } from './common';

export interface ReviewInput {
  summary: string;
  wentWell: string;
  toImprove: string;
  followups: { title: string; ownerUserId?: string | null; ownerUnitId?: string | null; dueOn: string }[];
}

const text = (s: string | undefined) => (s ?? '').normalize('NFC').trim().slice(0, 8000);

/**
 * Writes the after-action review (once): what happened, what went well, what to improve, and follow-ups each with
 * an owner (a person or a unit) and a deadline. An unowned follow-up is refused: nobody would do it.
 */
export async function saveReview(ctx: ActionContext, id: string, input: ReviewInput): Promise<void> {
  const errors: FieldError[] = [];
  const v = { summary: text(input.summary), wentWell: text(input.wentWell), toImprove: text(input.toImprove) };
  if (!v.summary) errors.push({ path: 'summary', message: 'Tóm tắt diễn biến và kết quả xử lý.' });
  if (!v.wentWell) errors.push({ path: 'wentWell', message: 'Nêu những việc đã làm tốt.' });
  if (!v.toImprove) errors.push({ path: 'toImprove', message: 'Nêu những việc cần cải thiện.' });
  const followups = (input.followups ?? []).map((f) => ({ title: cleanText(f.title ?? '').slice(0, 500), ownerUserId: f.ownerUserId || null, ownerUnitId: f.ownerUnitId || null, dueOn: f.dueOn }));
  const people = await enabledUsers(ctx.db, followups.flatMap((f) => (f.ownerUserId ? [f.ownerUserId] : [])));
  const dir = await getDirectory(ctx.db);
  followups.forEach((f, i) => {
    if (!f.title) errors.push({ path: `followups.${i}.title`, message: `Việc tiếp theo ${i + 1}: nhập nội dung.` });
    if (!f.ownerUserId && !f.ownerUnitId) errors.push({ path: `followups.${i}.owner`, message: `Việc tiếp theo ${i + 1}: chọn người hoặc đơn vị chịu trách nhiệm.` });
    if (f.ownerUserId && !people.has(f.ownerUserId)) errors.push({ path: `followups.${i}.ownerUserId`, message: `Việc tiếp theo ${i + 1}: không có tài khoản đang hoạt động này.` });
    if (f.ownerUnitId && !dir.unit(f.ownerUnitId)) errors.push({ path: `followups.${i}.ownerUnitId`, message: `Việc tiếp theo ${i + 1}: không có đơn vị này.` });
    if (!isIsoDate(f.dueOn ?? '')) errors.push({ path: `followups.${i}.dueOn`, message: `Việc tiếp theo ${i + 1}: chọn hạn hoàn thành.` });
  });
  if (errors.length) throw new AppError('validation', errors.length === 1 ? errors[0]!.message : 'Báo cáo rút kinh nghiệm chưa đầy đủ.', { errors });
  await ctx.db.transaction(async (tx) => {
    await lockOpenCrisis(tx, ctx.actor, id, 'crises.manage');
    if (await reviewOf(tx, id)) throw new AppError('conflict', 'Sự cố đã có báo cáo rút kinh nghiệm.');
    await insertReview(tx, { crisisId: id, ...v, reviewedBy: userOf(ctx.actor), reviewedAt: nowIso() }, followups.map((f) => ({ id: randomUUID(), crisisId: id, ...f })));
    await log(tx, id, ctx.actor, 'review', `Lập báo cáo rút kinh nghiệm với ${followups.length} việc tiếp theo.`);
    await recordAudit(tx, { actor: ctx.actor, action: 'crises.review', subjectType: 'crisis', subjectId: id, after: { followups: followups.length }, requestId: ctx.requestId });
  });
}

/** Closes a crisis; refused (409) until its after-action review is written. */
export async function closeCrisis(ctx: ActionContext, id: string): Promise<CrisisRow> {
  return ctx.db.transaction(async (tx) => {
    const { crisis } = await lockOpenCrisis(tx, ctx.actor, id, 'crises.manage');
    if (!(await reviewOf(tx, id))) throw new AppError('conflict', 'Chưa có báo cáo rút kinh nghiệm; lập báo cáo trước khi đóng sự cố.');
    const at = nowIso();
    const row = await updateCrisis(tx, id, { status: 'closed', closedAt: at });
    await log(tx, id, ctx.actor, 'closed', 'Đóng sự cố.', at);
    await recordAudit(tx, { actor: ctx.actor, action: 'crises.close', subjectType: 'crisis', subjectId: id, before: { status: crisis.status }, after: { status: 'closed' }, requestId: ctx.requestId });
    return row;
  });
}
