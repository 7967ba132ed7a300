import { randomUUID } from 'node:crypto';
import { authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import { AppError, notFound } from '../../../platform/errors';
import { cleanText } from '../../../platform/text';
import { forgetPeopleList } from '../people-list';
import { findPerson, insertPerson, updatePerson, unitExistsMany, type PersonRow } from '../repo';

export interface PersonInput {
  fullName?: string;
  title?: string | null;
  unitId?: string;
  email?: string | null;
  phone?: string | null;
}

function normalise(input: PersonInput): PersonInput {
  const out: PersonInput = {};
  if (input.fullName !== undefined) out.fullName = cleanText(input.fullName);
  if (input.title !== undefined) out.title = input.title === null ? null : cleanText(input.title) || null;
  if (input.unitId !== undefined) out.unitId = input.unitId;
  if (input.email !== undefined) out.email = input.email ? input.email.trim().toLowerCase() : null;
  if (input.phone !== undefined) out.phone = input.phone ? input.phone.replace(/[\s.()-]/g, '') : null;
  if (out.fullName !== undefined && out.fullName.length === 0) {
    throw new AppError('validation', 'Họ và tên không được để trống.', { errors: [{ path: 'fullName', message: 'Không được để trống.' }] });
  }
  if (out.phone && !/^\+?\d{8,15}$/.test(out.phone)) {
    throw new AppError('validation', 'Số điện thoại không hợp lệ.', { errors: [{ path: 'phone', message: 'Số điện thoại không hợp lệ.' }] });
  }
  return out;
}

async function assertUnit(ctx: ActionContext, unitId: string): Promise<void> {
  const found = await unitExistsMany(ctx.db, [unitId]);
  if (!found.has(unitId)) {
    throw new AppError('validation', 'Đơn vị không tồn tại.', { errors: [{ path: 'unitId', message: 'Đơn vị không tồn tại.' }] });
  }
}

/** Adds a person (an officer, a spokesperson, a focal point) to a unit. */
export async function createPerson(ctx: ActionContext, input: PersonInput & { fullName: string; unitId: string }): Promise<PersonRow> {
  const data = normalise(input);
  authorize(ctx.actor, 'people.write', { unitId: input.unitId });
  await assertUnit(ctx, input.unitId);
  const row: PersonRow = {
    id: randomUUID(),
    fullName: data.fullName!,
    title: data.title ?? null,
    unitId: input.unitId,
    email: data.email ?? null,
    phone: data.phone ?? null,
  };
  await ctx.db.transaction(async (tx) => {
    await insertPerson(tx, row);
    await recordAudit(tx, { actor: ctx.actor, action: 'person.create', subjectType: 'person', subjectId: row.id, after: { fullName: row.fullName, unitId: row.unitId, title: row.title }, requestId: ctx.requestId });
  });
  forgetPeopleList(ctx.db);
  return row;
}

/** Changes a person's fields; moving a person to another unit needs the right on both units. */
export async function editPerson(ctx: ActionContext, id: string, input: PersonInput): Promise<PersonRow> {
  const data = normalise(input);
  const saved = await ctx.db.transaction(async (tx) => {
    const before = await findPerson(tx, id);
    if (!before) throw notFound('người này');
    authorize(ctx.actor, 'people.write', { unitId: before.unitId });
    if (data.unitId && data.unitId !== before.unitId) {
      authorize(ctx.actor, 'people.write', { unitId: data.unitId });
      await assertUnit({ ...ctx, db: tx as never }, data.unitId);
    }
    const changed = Object.fromEntries(Object.entries(data).filter(([k, v]) => before[k as keyof PersonRow] !== v));
    if (Object.keys(changed).length === 0) return before;
    await updatePerson(tx, id, changed);
    const beforeSummary = Object.fromEntries(Object.keys(changed).map((k) => [k, before[k as keyof PersonRow]]));
    await recordAudit(tx, { actor: ctx.actor, action: 'person.update', subjectType: 'person', subjectId: id, before: beforeSummary, after: changed, requestId: ctx.requestId });
    return { ...before, ...changed } as PersonRow;
  });
  forgetPeopleList(ctx.db);
  return saved;
}
