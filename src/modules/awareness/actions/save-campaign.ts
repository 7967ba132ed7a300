import { randomUUID } from 'node:crypto';
import { authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import { AppError, notFound, type FieldError } from '../../../platform/errors';
import { cleanText, isIsoDate } from '../../../platform/text';
import { getDirectory } from '../../organisations';
import { findDraft } from '../../policies';
import { AUDIENCES, CAMPAIGN_STATUSES, type Audience, type CampaignStatus } from '../labels';
import { findCampaign, insertCampaign, updateCampaign, type CampaignRow } from '../repo';

export interface CampaignInput {
  title: string;
  audiences: Audience[];
  policyId?: string | null;
  startsOn: string;
  endsOn: string;
  organiserUnitId: string;
  description?: string | null;
  status?: CampaignStatus;
}

const audited = (c: CampaignRow) => ({ title: c.title, audiences: c.audiences, policyId: c.policyId, startsOn: c.startsOn, endsOn: c.endsOn, organiserUnitId: c.organiserUnitId, status: c.status });

async function checked(ctx: ActionContext, input: CampaignInput) {
  const v = {
    title: cleanText(input.title ?? ''),
    audiences: [...new Set(input.audiences ?? [])],
    policyId: input.policyId || null,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    organiserUnitId: input.organiserUnitId,
    description: input.description ? input.description.normalize('NFC').trim() || null : null,
    status: input.status ?? 'planned',
  };
  const errors: FieldError[] = [];
  if (!v.title) errors.push({ path: 'title', message: 'Nhập tên chiến dịch.' });
  if (v.audiences.length === 0 || v.audiences.some((a) => !AUDIENCES.includes(a))) errors.push({ path: 'audiences', message: 'Chọn ít nhất một đối tượng: cán bộ, công chức; người dân; doanh nghiệp.' });
  if (!isIsoDate(v.startsOn)) errors.push({ path: 'startsOn', message: 'Ngày bắt đầu không hợp lệ.' });
  if (!isIsoDate(v.endsOn)) errors.push({ path: 'endsOn', message: 'Ngày kết thúc không hợp lệ.' });
  else if (isIsoDate(v.startsOn) && v.endsOn < v.startsOn) errors.push({ path: 'endsOn', message: 'Ngày kết thúc phải từ ngày bắt đầu trở đi.' });
  if (!CAMPAIGN_STATUSES.includes(v.status)) errors.push({ path: 'status', message: 'Chọn trạng thái.' });
  if (!(await getDirectory(ctx.db)).unit(v.organiserUnitId)) errors.push({ path: 'organiserUnitId', message: 'Không có đơn vị tổ chức này trong danh mục.' });
  if (v.policyId && !(await findDraft(ctx.db, v.policyId))) errors.push({ path: 'policyId', message: 'Không tìm thấy chính sách, dự thảo được liên kết.' });
  if (errors.length) throw new AppError('validation', errors.length === 1 ? errors[0]!.message : 'Thông tin chiến dịch chưa hợp lệ.', { errors });
  return v;
}

/** Creates an awareness campaign (plan item II.1). */
export async function createCampaign(ctx: ActionContext, input: CampaignInput): Promise<CampaignRow> {
  authorize(ctx.actor, 'awareness.manage');
  const v = await checked(ctx, input);
  return ctx.db.transaction(async (tx) => {
    const row = await insertCampaign(tx, { id: randomUUID(), ...v, createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null });
    await recordAudit(tx, { actor: ctx.actor, action: 'awareness.campaign.create', subjectType: 'awareness_campaign', subjectId: row.id, after: audited(row), requestId: ctx.requestId });
    return row;
  });
}

/** Changes a campaign (its activities stay). */
export async function editCampaign(ctx: ActionContext, id: string, input: CampaignInput): Promise<CampaignRow> {
  authorize(ctx.actor, 'awareness.manage');
  const before = await findCampaign(ctx.db, id);
  if (!before) throw notFound('chiến dịch');
  const v = await checked(ctx, { ...input, status: input.status ?? (before.status as CampaignStatus) });
  return ctx.db.transaction(async (tx) => {
    const row = await updateCampaign(tx, id, v);
    await recordAudit(tx, { actor: ctx.actor, action: 'awareness.campaign.edit', subjectType: 'awareness_campaign', subjectId: id, before: audited(before), after: audited(row), requestId: ctx.requestId });
    return row;
  });
}
