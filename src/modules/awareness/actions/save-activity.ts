import { randomUUID } from 'node:crypto';
import { authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import { AppError, notFound, type FieldError } from '../../../platform/errors';
import { cleanText, isIsoDate } from '../../../platform/text';
import { publishedProductIds } from '../../products';
import { ACTIVITY_KINDS, type ActivityKind } from '../labels';
import { findActivity, findCampaign, insertActivity, updateActivity, type ActivityRow } from '../repo';

export interface ActivityInput {
  kind: ActivityKind;
  heldOn: string;
  place?: string | null;
  reachOfficials?: number;
  reachCitizens?: number;
  reachBusinesses?: number;
  /** Products of the library used (published ones), in the order chosen. */
  productIds?: string[];
  /** Other communication products used, as text. */
  products?: string | null;
  note?: string | null;
}

const audited = (a: ActivityRow) => ({ kind: a.kind, heldOn: a.heldOn, reachOfficials: a.reachOfficials, reachCitizens: a.reachCitizens, reachBusinesses: a.reachBusinesses, products: a.productIds.length });
const optional = (v: string | null | undefined) => (v ? cleanText(v) || null : null);

/** Most products one activity names from the library. */
const MAX_PRODUCTS = 20;

async function checked(ctx: ActionContext, campaignId: string, input: ActivityInput, keep?: string[]) {
  const campaign = await findCampaign(ctx.db, campaignId);
  if (!campaign) throw notFound('chiến dịch');
  const v = { kind: input.kind, heldOn: input.heldOn, place: optional(input.place), reachOfficials: input.reachOfficials ?? 0, reachCitizens: input.reachCitizens ?? 0, reachBusinesses: input.reachBusinesses ?? 0, productIds: [...new Set(input.productIds ?? [])], products: optional(input.products), note: optional(input.note) };
  const errors: FieldError[] = [];
  if (!ACTIVITY_KINDS.includes(v.kind)) errors.push({ path: 'kind', message: 'Chọn hình thức hoạt động.' });
  if (!isIsoDate(v.heldOn)) errors.push({ path: 'heldOn', message: 'Ngày tổ chức không hợp lệ.' });
  else if (v.heldOn < campaign.startsOn || v.heldOn > campaign.endsOn) errors.push({ path: 'heldOn', message: 'Ngày tổ chức phải nằm trong thời gian của chiến dịch.' });
  for (const key of ['reachOfficials', 'reachCitizens', 'reachBusinesses'] as const) {
    if (!Number.isInteger(v[key]) || v[key] < 0) errors.push({ path: key, message: 'Số người được tiếp cận là số nguyên, không âm.' });
  }
  if (v.productIds.length > MAX_PRODUCTS) errors.push({ path: 'productIds', message: `Chọn tối đa ${MAX_PRODUCTS} sản phẩm truyền thông.` });
  else {
    // a product linked before and withdrawn since may stay; a new link names a published product of the library
    const published = await publishedProductIds(ctx.db, v.productIds);
    if (v.productIds.some((id) => !published.has(id) && !(keep ?? []).includes(id))) errors.push({ path: 'productIds', message: 'Có sản phẩm truyền thông không có trong thư viện hoặc chưa công bố.' });
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
  const v = await checked(ctx, campaignId, input, before.productIds);
  return ctx.db.transaction(async (tx) => {
    const row = await updateActivity(tx, activityId, v);
    await recordAudit(tx, { actor: ctx.actor, action: 'awareness.activity.edit', subjectType: 'awareness_campaign', subjectId: campaignId, before: audited(before), after: audited(row), requestId: ctx.requestId });
    return row;
  });
}
