import { randomUUID } from 'node:crypto';
import { authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import { AppError, notFound, type FieldError } from '../../../platform/errors';
import { isIsoDate, todayVn } from '../../../platform/text';
import { CHANNELS, MEASURES, type Channel, type Measure } from '../labels';
import { findProductForUpdate, insertReach, type ReachRow } from '../repo';
import { productToEdit } from './unit-of-product';

export interface ReachInput {
  channel: Channel;
  measure: Measure;
  value: number;
  measuredOn: string;
}

/** Records a measurement of reach on one channel (views, listeners, copies) on the day it was measured. */
export async function recordReach(ctx: ActionContext, productId: string, input: ReachInput): Promise<ReachRow> {
  await productToEdit(ctx, productId);
  const errors: FieldError[] = [];
  if (!CHANNELS.includes(input.channel)) errors.push({ path: 'channel', message: 'Chọn kênh trong danh sách.' });
  if (!MEASURES.includes(input.measure)) errors.push({ path: 'measure', message: 'Chọn chỉ số: lượt xem, lượt nghe hoặc số bản.' });
  if (!Number.isInteger(input.value) || input.value < 0) errors.push({ path: 'value', message: 'Số đo là số nguyên không âm.' });
  if (!isIsoDate(input.measuredOn)) errors.push({ path: 'measuredOn', message: 'Ngày đo không hợp lệ.' });
  else if (input.measuredOn > todayVn()) errors.push({ path: 'measuredOn', message: 'Ngày đo không được sau hôm nay.' });
  if (errors.length) throw new AppError('validation', errors.length === 1 ? errors[0]!.message : 'Số liệu tiếp cận chưa hợp lệ.', { errors });
  return ctx.db.transaction(async (tx) => {
    const product = await findProductForUpdate(tx, productId);
    if (!product) throw notFound('sản phẩm');
    authorize(ctx.actor, 'products.edit', { unitId: product.unitId });
    const row = await insertReach(tx, { id: randomUUID(), productId, ...input, createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null });
    await recordAudit(tx, { actor: ctx.actor, action: 'products.reach', subjectType: 'product', subjectId: productId, after: { channel: row.channel, measure: row.measure, value: row.value, measuredOn: row.measuredOn }, requestId: ctx.requestId });
    return row;
  });
}
