import { randomUUID } from 'node:crypto';
import { authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import { CHANNEL_IDS, type ChannelId } from '../../../platform/channels';
import type { ActionContext } from '../../../platform/context';
import { AppError, notFound, type FieldError } from '../../../platform/errors';
import { cleanText } from '../../../platform/text';
import { addMembers, findGroup, focalPointsByIds, insertGroup, removeMembers, updateGroup, type GroupRow } from '../repo';

export interface GroupInput {
  name: string;
  purpose?: string | null;
  channels: ChannelId[];
  /** The external Zalo work group: only its name, invitation link and admin are kept (DOMAIN.md §6.3). */
  zaloGroupName?: string | null;
  zaloGroupLink?: string | null;
  zaloGroupAdmin?: string | null;
  webhookUrl?: string | null;
  /** Left empty on an edit: the stored secret is kept. */
  webhookSecret?: string | null;
}

const optional = (v: string | null | undefined) => (v ? cleanText(v) || null : null);
const fail = (errors: FieldError[], summary: string) => new AppError('validation', errors.length === 1 ? errors[0]!.message : summary, { errors });

function checked(input: GroupInput, current: GroupRow | null) {
  const errors: FieldError[] = [];
  const channels = [...new Set(input.channels ?? [])];
  const v = {
    name: cleanText(input.name ?? ''),
    purpose: optional(input.purpose),
    channels,
    zaloGroupName: optional(input.zaloGroupName),
    zaloGroupLink: optional(input.zaloGroupLink),
    zaloGroupAdmin: optional(input.zaloGroupAdmin),
    webhookUrl: channels.includes('webhook') ? optional(input.webhookUrl) : null,
    webhookSecret: channels.includes('webhook') ? (optional(input.webhookSecret) ?? current?.webhookSecret ?? null) : null,
  };
  if (!v.name) errors.push({ path: 'name', message: 'Nhập tên nhóm.' });
  if (channels.length === 0) errors.push({ path: 'channels', message: 'Chọn ít nhất một kênh gửi tin cho nhóm.' });
  if (channels.some((c) => !CHANNEL_IDS.includes(c))) errors.push({ path: 'channels', message: 'Kênh gửi tin không hợp lệ.' });
  if (v.zaloGroupLink && !/^https:\/\/zalo\.me\/g\/[A-Za-z0-9]+$/.test(v.zaloGroupLink)) errors.push({ path: 'zaloGroupLink', message: 'Liên kết nhóm Zalo có dạng https://zalo.me/g/… (liên kết mời vào nhóm).' });
  if (v.zaloGroupLink && !v.zaloGroupAdmin) errors.push({ path: 'zaloGroupAdmin', message: 'Ghi người quản trị nhóm Zalo.' });
  if (channels.includes('webhook')) {
    let ok = false;
    try {
      const u = new URL(v.webhookUrl ?? '');
      ok = u.protocol === 'https:' || u.protocol === 'http:';
    } catch {
      ok = false;
    }
    if (!ok) errors.push({ path: 'webhookUrl', message: 'Nhập địa chỉ webhook (http:// hoặc https://).' });
    if (!v.webhookSecret || v.webhookSecret.length < 16) errors.push({ path: 'webhookSecret', message: 'Khoá ký webhook cần ít nhất 16 ký tự (máy nhận dùng nó để kiểm tra chữ ký).' });
  }
  if (errors.length) throw fail(errors, 'Thông tin nhóm chưa hợp lệ.');
  return v;
}

/** What the audit keeps of a group: never the webhook secret. */
const audited = (g: GroupRow) => ({ name: g.name, purpose: g.purpose, channels: g.channels, zaloGroupName: g.zaloGroupName, zaloGroupLink: g.zaloGroupLink, zaloGroupAdmin: g.zaloGroupAdmin, webhookUrl: g.webhookUrl });
const userOf = (ctx: ActionContext) => (ctx.actor.kind === 'user' ? ctx.actor.userId : null);

/** Creates a group of focal points. */
export async function createGroup(ctx: ActionContext, input: GroupInput): Promise<GroupRow> {
  authorize(ctx.actor, 'network.manage');
  const v = checked(input, null);
  return ctx.db.transaction(async (tx) => {
    const row = await insertGroup(tx, { id: randomUUID(), ...v, createdBy: userOf(ctx) });
    await recordAudit(tx, { actor: ctx.actor, action: 'network.group.create', subjectType: 'network_group', subjectId: row.id, after: audited(row), requestId: ctx.requestId });
    return row;
  });
}

/** Changes a group's name, purpose, channels or Zalo group details. */
export async function editGroup(ctx: ActionContext, id: string, input: GroupInput): Promise<GroupRow> {
  authorize(ctx.actor, 'network.manage');
  return ctx.db.transaction(async (tx) => {
    const current = await findGroup(tx, id, true);
    if (!current) throw notFound('nhóm');
    const v = checked(input, current);
    const row = await updateGroup(tx, id, v);
    await recordAudit(tx, { actor: ctx.actor, action: 'network.group.edit', subjectType: 'network_group', subjectId: id, before: audited(current), after: audited(row), requestId: ctx.requestId });
    return row;
  });
}

/** Adds focal points to a group and removes others, in one change. */
export async function changeGroupMembers(ctx: ActionContext, id: string, input: { add?: string[]; remove?: string[] }): Promise<{ added: number; removed: number }> {
  authorize(ctx.actor, 'network.manage');
  const add = [...new Set(input.add ?? [])];
  const remove = [...new Set(input.remove ?? [])];
  return ctx.db.transaction(async (tx) => {
    const group = await findGroup(tx, id, true);
    if (!group) throw notFound('nhóm');
    const found = await focalPointsByIds(tx, add);
    if (found.length !== add.length) throw fail([{ path: 'add', message: 'Có đầu mối không tìm thấy.' }], '');
    const added = await addMembers(tx, id, add, userOf(ctx));
    const removed = await removeMembers(tx, id, remove);
    if (added.length || removed.length) {
      await recordAudit(tx, { actor: ctx.actor, action: 'network.group.members', subjectType: 'network_group', subjectId: id, after: { added: added.length, removed: removed.length }, requestId: ctx.requestId });
    }
    return { added: added.length, removed: removed.length };
  });
}
