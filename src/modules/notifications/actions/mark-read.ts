import { authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import { AppError, notFound } from '../../../platform/errors';
import { countUnread, markAllRead, markRead } from '../repo';

function userIdOf(ctx: ActionContext): string {
  authorize(ctx.actor, 'notifications.own');
  if (ctx.actor.kind !== 'user') throw new AppError('forbidden', 'Chỉ người dùng đã đăng nhập mới có thông báo.');
  return ctx.actor.userId;
}

/** Marks one of the person's own notifications read (another person's is "not found"). */
export async function markNotificationRead(ctx: ActionContext, id: string): Promise<{ unread: number }> {
  const userId = userIdOf(ctx);
  return ctx.db.transaction(async (tx) => {
    const { found, wasUnread } = await markRead(tx, userId, id);
    if (!found) throw notFound('thông báo');
    if (wasUnread) await recordAudit(tx, { actor: ctx.actor, action: 'notification.read', subjectType: 'notification', subjectId: id, after: { read: true }, requestId: ctx.requestId });
    return { unread: await countUnread(tx, userId) };
  });
}

/** Marks every notification of the person read. */
export async function markAllNotificationsRead(ctx: ActionContext): Promise<{ marked: number; unread: number }> {
  const userId = userIdOf(ctx);
  return ctx.db.transaction(async (tx) => {
    const marked = await markAllRead(tx, userId);
    if (marked > 0) await recordAudit(tx, { actor: ctx.actor, action: 'notification.read-all', subjectType: 'user', subjectId: userId, after: { marked }, requestId: ctx.requestId });
    return { marked, unread: 0 };
  });
}
