import { randomUUID } from 'node:crypto';
import { authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import { AppError, notFound } from '../../../platform/errors';
import { broadcastToGroup } from '../../network';
import { atVi } from '../format';
import { SEVERITY_LABELS } from '../labels';
import { findCrisis, insertBroadcast, updateCrisis } from '../repo';
import { invalid, log, userOf } from './common';

/**
 * Tells the crisis's network group (mail and Zalo, as the group's channels say) through the network module's one
 * broadcast path, then records the message on the crisis and its timeline. The broadcast commits in its own
 * transaction first (the network module owns it): a failure after it leaves a sent message without the crisis's
 * record, never a record of a message that was not sent.
 */
export async function notifyGroup(ctx: ActionContext, crisisId: string, input: { groupId?: string | null; text?: string | null }): Promise<{ broadcastId: string }> {
  authorize(ctx.actor, 'crises.manage');
  const crisis = await findCrisis(ctx.db, crisisId);
  if (!crisis) throw notFound('sự cố');
  if (crisis.status === 'closed') throw new AppError('conflict', 'Sự cố đã đóng; không gửi thông báo nữa.');
  const groupId = input.groupId || crisis.networkGroupId;
  if (!groupId) throw invalid('groupId', 'Chọn nhóm mạng lưới cần thông báo.');
  const text =
    input.text?.trim() ||
    `${crisis.summary}\n\nMức độ: ${SEVERITY_LABELS[crisis.severity]}. Phát hiện lúc ${atVi(crisis.detectedAt)}.\nĐề nghị các đầu mối theo dõi sát thông tin, phối hợp xử lý và chỉ sử dụng thông tin chính thức được công bố trên cổng thông tin.`;
  const { broadcastId } = await broadcastToGroup(ctx.db, ctx.actor, { groupId, subject: `Sự cố truyền thông số ${crisis.refNo}: ${crisis.title}`.slice(0, 200), text, link: '/thong-tin-su-co', origin: { kind: 'crisis', id: crisis.id, label: `Sự cố số ${crisis.refNo}` } }, { requestId: ctx.requestId });
  await ctx.db.transaction(async (tx) => {
    await insertBroadcast(tx, { id: randomUUID(), crisisId, broadcastId, groupId, sentBy: userOf(ctx.actor) });
    if (crisis.networkGroupId !== groupId) await updateCrisis(tx, crisisId, { networkGroupId: groupId });
    await log(tx, crisisId, ctx.actor, 'notify', 'Gửi thông báo cho nhóm mạng lưới.');
    await recordAudit(tx, { actor: ctx.actor, action: 'crises.notify', subjectType: 'crisis', subjectId: crisisId, after: { groupId }, requestId: ctx.requestId });
  });
  return { broadcastId };
}
