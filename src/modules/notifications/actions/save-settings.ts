import { authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import { AppError } from '../../../platform/errors';
import { CHANNELS, KINDS, MAX_ROUND_CLOSING_DAYS, type Channel, type Kind } from '../kinds';
import { settingsOf, upsertSettings } from '../repo';
import { channelsOf, closingDaysOf } from '../settings';

export interface SettingsInput {
  channels: Partial<Record<string, string>>;
  roundClosingDays: number;
}

/** A person chooses, per kind, how to be told (office, mail at once, daily digest, off) and how early of a round's end. */
export async function saveNotificationSettings(ctx: ActionContext, input: SettingsInput): Promise<{ channels: Record<Kind, Channel>; roundClosingDays: number }> {
  authorize(ctx.actor, 'notifications.own');
  if (ctx.actor.kind !== 'user') throw new AppError('forbidden', 'Chỉ người dùng đã đăng nhập mới có cài đặt thông báo.');
  const errors: { path: string; message: string }[] = [];
  for (const [kind, channel] of Object.entries(input.channels)) {
    if (!KINDS.includes(kind as Kind)) errors.push({ path: `channels.${kind}`, message: 'Loại thông báo không có trong danh sách.' });
    else if (!CHANNELS.includes(channel as Channel)) errors.push({ path: `channels.${kind}`, message: 'Chọn một trong các cách nhận: trên trang quản trị, gửi thư ngay, thư tóm tắt hằng ngày, tắt.' });
  }
  if (!Number.isInteger(input.roundClosingDays) || input.roundClosingDays < 1 || input.roundClosingDays > MAX_ROUND_CLOSING_DAYS) {
    errors.push({ path: 'roundClosingDays', message: `Nhập số ngày từ 1 đến ${MAX_ROUND_CLOSING_DAYS}.` });
  }
  if (errors.length) throw new AppError('validation', 'Cài đặt thông báo chưa hợp lệ.', { errors });
  const userId = ctx.actor.userId;
  return ctx.db.transaction(async (tx) => {
    const before = (await settingsOf(tx, [userId])).get(userId);
    const channels = { ...channelsOf(before), ...(input.channels as Record<Kind, Channel>) };
    await upsertSettings(tx, { userId, channels, roundClosingDays: input.roundClosingDays });
    await recordAudit(tx, { actor: ctx.actor, action: 'notification.settings', subjectType: 'user', subjectId: userId, before: { channels: channelsOf(before), roundClosingDays: closingDaysOf(before) }, after: { channels, roundClosingDays: input.roundClosingDays }, requestId: ctx.requestId });
    return { channels, roundClosingDays: input.roundClosingDays };
  });
}
