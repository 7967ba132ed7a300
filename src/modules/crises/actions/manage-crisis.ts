import { recordAudit } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import { AppError } from '../../../platform/errors';
import { cleanText } from '../../../platform/text';
import { MAX_SEVERITY, OPEN_STATUSES, SEVERITY_LABELS, STATUS_LABELS, type Status } from '../labels';
import { linkItems, monitoringItemFacts, updateCrisis, type CrisisRow } from '../repo';
import { effectiveSeverity } from './open-crisis';
import { invalid, lockOpenCrisis, log, userOf } from './common';

/** Moves an open crisis to another open status (FI-02 stages); closing goes through the review instead. */
export async function changeStatus(ctx: ActionContext, id: string, input: { status: Status }): Promise<CrisisRow> {
  if (!OPEN_STATUSES.includes(input.status)) throw invalid('status', 'Chọn một trạng thái; sự cố chỉ đóng sau khi có báo cáo rút kinh nghiệm.');
  return ctx.db.transaction(async (tx) => {
    const { crisis } = await lockOpenCrisis(tx, ctx.actor, id, 'crises.manage');
    if (crisis.status === input.status) return crisis;
    const row = await updateCrisis(tx, id, { status: input.status });
    await log(tx, id, ctx.actor, 'status', `${STATUS_LABELS[crisis.status as Status]} → ${STATUS_LABELS[input.status]}.`);
    await recordAudit(tx, { actor: ctx.actor, action: 'crises.status', subjectType: 'crisis', subjectId: id, before: { status: crisis.status }, after: { status: row.status }, requestId: ctx.requestId });
    return row;
  });
}

/** Changes the level, with a reason; "unsure" takes the higher level. */
export async function changeSeverity(ctx: ActionContext, id: string, input: { severity: number; isUnsure?: boolean; reason: string }): Promise<CrisisRow> {
  if (!Number.isInteger(input.severity) || input.severity < 1 || input.severity > MAX_SEVERITY) throw invalid('severity', 'Chọn mức độ từ 1 đến 4.');
  const reason = cleanText(input.reason ?? '');
  if (!reason) throw invalid('reason', 'Ghi lý do đổi mức độ.');
  const severity = effectiveSeverity(input.severity, input.isUnsure === true);
  return ctx.db.transaction(async (tx) => {
    const { crisis } = await lockOpenCrisis(tx, ctx.actor, id, 'crises.manage');
    const row = await updateCrisis(tx, id, { severity, severityUnsure: input.isUnsure === true });
    await log(tx, id, ctx.actor, 'severity', `${SEVERITY_LABELS[crisis.severity]} → ${SEVERITY_LABELS[severity]}${input.isUnsure ? ' (chưa chắc chắn nên lấy mức cao hơn)' : ''}: ${reason}`);
    await recordAudit(tx, { actor: ctx.actor, action: 'crises.severity', subjectType: 'crisis', subjectId: id, before: { severity: crisis.severity }, after: { severity }, requestId: ctx.requestId });
    return row;
  });
}

/** Links more monitoring items to the crisis (many reports, one incident). */
export async function linkCrisisItems(ctx: ActionContext, id: string, input: { itemIds: string[] }): Promise<CrisisRow> {
  const wanted = [...new Set(input.itemIds ?? [])];
  const items = await monitoringItemFacts(ctx.db, wanted);
  if (wanted.length === 0 || items.length !== wanted.length) throw invalid('itemIds', 'Không tìm thấy tin theo dõi dư luận được chọn.');
  return ctx.db.transaction(async (tx) => {
    const { crisis } = await lockOpenCrisis(tx, ctx.actor, id, 'crises.act');
    const added = await linkItems(tx, id, wanted, userOf(ctx.actor));
    for (const item of items.filter((i) => added.includes(i.id))) await log(tx, id, ctx.actor, 'item', `Liên kết tin “${cleanText(item.title || item.body).slice(0, 120)}”.`);
    if (added.length) await recordAudit(tx, { actor: ctx.actor, action: 'crises.items', subjectType: 'crisis', subjectId: id, after: { items: added.length }, requestId: ctx.requestId });
    return crisis;
  });
}

/** A note in the incident log; a correction is another note (entries are never edited). */
export async function addNote(ctx: ActionContext, id: string, input: { text: string }): Promise<void> {
  const text = (input.text ?? '').normalize('NFC').trim().slice(0, 4000);
  if (!text) throw new AppError('validation', 'Nhập nội dung ghi chép.', { errors: [{ path: 'text', message: 'Nhập nội dung ghi chép.' }] });
  await ctx.db.transaction(async (tx) => {
    await lockOpenCrisis(tx, ctx.actor, id, 'crises.act');
    await log(tx, id, ctx.actor, 'note', text);
    await recordAudit(tx, { actor: ctx.actor, action: 'crises.note', subjectType: 'crisis', subjectId: id, requestId: ctx.requestId });
  });
}
