import { randomUUID } from 'node:crypto';
import { authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import { AppError, notFound, type FieldError } from '../../../platform/errors';
import { cleanText, isIsoDate } from '../../../platform/text';
import { ACTIVITY_KINDS, type ActivityKind } from '../labels';
import { findActivity, findCampaign, insertActivity, updateActivity, type ActivityRow } from '../repo';

export interface ActivityInput {
  kind: ActivityKind;
  heldOn: string;
  place?: string | null;
  reachOfficials?: number;
  reachCitizens?: number;
  reachBusinesses?: number;
  /** The communication products used, as text (the products library had no read door when this was built). */
  products?: string | null;
  note?: string | null;
}

const audited = (a: ActivityRow) => ({ kind: a.kind, heldOn: a.heldOn, reachOfficials: a.reachOfficials, reachCitizens: a.reachCitizens, reachBusinesses: a.reachBusinesses });
const optional = (v: string | null | undefined) => (v ? cleanText(v) || null : null);

async function checked(ctx: ActionContext, campaignId: string, input: ActivityInput) {
  const campaign = await findCampaign(ctx.db, campaignId);
  if (!campaign) throw notFound('chiến dịch');
  const v = { kind: input.kind, heldOn: input.heldOn, place: optional(input.place), reachOfficials: input.reachOfficials ?? 0, reachCitizens: input.reachCitizens ?? 0, reachBusinesses: input.reachBusinesses ?? 0, products: optional(input.products), note: optional(input.note) };
  const errors: FieldError[] = [];
  if (!ACTIVITY_KINDS.includes(v.kind)) errors.push({ path: 'kind', message: 'Chọn hình thức hoạt động.' });
  if (!isIsoDate(v.heldOn)) errors.push({ path: 'heldOn', message: 'Ngày tổ chức không hợp lệ.' });
  else if (v.heldOn < campaign.startsOn || v.heldOn > campaign.endsOn) errors.push({ path: 'heldOn', message: 'Ngày tổ chức phải nằm trong thời gian của chiến dịch.' });
  for (const key of ['reachOfficials', 'reachCitizens', 'reachBusinesses'] as const) {
    if (!Number.isInteger(v[key]) || v[key] < 0) errors.push({ path: key, message: 'Số người được tiếp cận là số nguyên, không âm.' });
  }
  if (errors.length) throw new AppError('validation', errors.length === 1 ? errors[0]!.message : 'Thông tin hoạt động chưa hợp lệ.', { errors });
  return v;
}

/** Records an activity of a campaign (kind, date, place, reach by audience, products used). */
export async function addActivity(ctx: ActionContext, campaignId: string, input: ActivityInput): Promise<ActivityRow> {
  authorize(ctx.actor, 'awareness.manage');
  const v = await checked(ctx, campaignId, input);
  return ctx.db.transaction(async (tx) => {
    const row = await insertActivity(tx, { id: randomUUID(), campaignId, ...v, createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null });
    await recordAudit(tx, { actor: ctx.actor, action: 'awareness.activity.add', subjectType: 'awareness_campaign', subjectId: campaignId, after: audited(row), requestId: ctx.requestId });
    return row;
  });
}

/** Corrects an activity of a campaign. */
export async function editActivity(ctx: ActionContext, campaignId: string, activityId: string, input: ActivityInput): Promise<ActivityRow> {
  authorize(ctx.actor, 'awareness.manage');
  const before = await findActivity(ctx.db, activityId);
  if (!before || before.campaignId !== campaignId) throw notFound('hoạt động');
  const v = await checked(ctx, campaignId, input);
  return ctx.db.transaction(async (tx) => {
    const row = await updateActivity(tx, activityId, v);
    await recordAudit(tx, { actor: ctx.actor, action: 'awareness.activity.edit', subjectType: 'awareness_campaign', subjectId: campaignId, before: audited(before), after: audited(row), requestId: ctx.requestId });
    return row;
  });
}
