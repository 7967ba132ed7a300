import { randomUUID } from 'node:crypto';
import { actorName, authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import { AppError, notFound } from '../../../platform/errors';
import { cleanText, formatDateVi, isIsoDate } from '../../../platform/text';
import { getDirectory, invalidateDirectory } from '../directory';
import { deleteWorkCarrierOverride, upsertWorkCarrierOverride } from '../repo';
import { isValidAt } from '../resolver';
import type { WorkCarrierOverride } from '../work-carriers';

export interface WorkCarrierInput {
  toId: string;
  effectiveOn: string;
  reason: string;
}

/**
 * The coordinator decides who carries a unit's work from a date (e.g. the communication tasks of the abolished
 * Sở TT&TT go to Sở VHTTDL, not to Sở KH&CN that it merged into). Records keep their unit; this changes who may
 * report on them and who is shown as carrying them.
 */
export async function setWorkCarrier(ctx: ActionContext, fromId: string, input: WorkCarrierInput): Promise<WorkCarrierOverride> {
  authorize(ctx.actor, 'org.write');
  const dir = await getDirectory(ctx.db);
  const from = dir.unit(fromId);
  if (!from) throw notFound('đơn vị');
  const reason = cleanText(input.reason);
  const errors: { path: string; message: string }[] = [];
  const on = input.effectiveOn;
  if (!isIsoDate(on)) errors.push({ path: 'effectiveOn', message: 'Ngày hiệu lực không hợp lệ.' });
  // only the work of a unit that has closed is handed on, from its closing: a unit still working keeps its own
  // (a decision on a working unit gave another unit's officers write access to its records)
  else if (from.validTo === null) errors.push({ path: 'effectiveOn', message: `${from.name} vẫn đang hoạt động; chỉ chuyển giao công việc của đơn vị đã thôi hoạt động.` });
  else if (on < from.validTo) errors.push({ path: 'effectiveOn', message: `${from.name} thôi hoạt động từ ngày ${formatDateVi(from.validTo, 'short')}; ngày hiệu lực không được trước ngày đó.` });
  const to = dir.unit(input.toId);
  if (!to) errors.push({ path: 'toId', message: 'Không có đơn vị này trong danh mục.' });
  else if (to.id === from.id) errors.push({ path: 'toId', message: 'Đơn vị nhận phải khác đơn vị chuyển giao.' });
  else if (to.level === 'central') errors.push({ path: 'toId', message: `${to.name} là cơ quan trung ương; chỉ chuyển giao cho đơn vị của tỉnh.` });
  else if (isIsoDate(on) && !isValidAt(to, on)) {
    errors.push({ path: 'toId', message: on < to.validFrom ? `${to.name} chỉ hoạt động từ ngày ${formatDateVi(to.validFrom, 'short')}; chọn ngày hiệu lực từ ngày đó.` : `${to.name} không còn hoạt động vào ngày hiệu lực.` });
  }
  if (reason.length < 5) errors.push({ path: 'reason', message: 'Cần ghi rõ lý do (ít nhất 5 ký tự).' });
  if (errors.length) throw new AppError('validation', 'Chưa thể chuyển giao công việc: ' + errors.map((e) => e.message).join(' '), { errors });
  if (to && isIsoDate(input.effectiveOn) && dir.carriers.carriersOf(to.id, input.effectiveOn).carrierIds.includes(from.id)) {
    throw new AppError('validation', `Không thể chuyển giao vòng: công việc của ${to.name} đang do ${from.name} thực hiện.`, { errors: [{ path: 'toId', message: 'Chuyển giao vòng.' }] });
  }
  const row = { id: randomUUID(), fromId, toId: input.toId, effectiveOn: input.effectiveOn, reason, createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : actorName(ctx.actor) };
  await ctx.db.transaction(async (tx) => {
    const old = await upsertWorkCarrierOverride(tx, row);
    await recordAudit(tx, { actor: ctx.actor, action: 'org.work-carrier.set', subjectType: 'org_unit', subjectId: fromId, before: old ?? null, after: { toId: row.toId, effectiveOn: row.effectiveOn, reason }, requestId: ctx.requestId });
  });
  invalidateDirectory(ctx.db);
  return { fromId, toId: row.toId, effectiveOn: row.effectiveOn, reason };
}

/** Withdraws a decision: the successions decide again who carries the unit's work. */
export async function clearWorkCarrier(ctx: ActionContext, fromId: string, effectiveOn: string): Promise<void> {
  authorize(ctx.actor, 'org.write');
  await ctx.db.transaction(async (tx) => {
    const old = await deleteWorkCarrierOverride(tx, fromId, effectiveOn);
    if (!old) throw notFound('quyết định chuyển giao công việc');
    await recordAudit(tx, { actor: ctx.actor, action: 'org.work-carrier.clear', subjectType: 'org_unit', subjectId: fromId, before: old, after: null, requestId: ctx.requestId });
  });
  invalidateDirectory(ctx.db);
}
