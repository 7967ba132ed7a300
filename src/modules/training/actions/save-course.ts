import { randomUUID } from 'node:crypto';
import { authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import { AppError, notFound, type FieldError } from '../../../platform/errors';
import { cleanText } from '../../../platform/text';
import { getDirectory } from '../../organisations';
import { PARTICIPANT_TYPES, SKILLS, type ParticipantType, type Skill } from '../labels';
import { findLinkedPlanTask } from '../../plans';
import { findCourse, insertCourse, updateCourse, type CourseRow } from '../repo';

export interface CourseInput {
  title: string;
  skills: Skill[];
  audiences: ParticipantType[];
  organiserUnitId: string;
  planTaskId?: string | null;
  budgetVnd?: number | null;
  description?: string | null;
}

const audited = (c: CourseRow) => ({ title: c.title, skills: c.skills, audiences: c.audiences, organiserUnitId: c.organiserUnitId, planTaskId: c.planTaskId, budgetVnd: c.budgetVnd });

async function checked(ctx: ActionContext, input: CourseInput) {
  const v = {
    title: cleanText(input.title ?? ''),
    skills: [...new Set(input.skills ?? [])],
    audiences: [...new Set(input.audiences ?? [])],
    organiserUnitId: input.organiserUnitId,
    planTaskId: input.planTaskId || null,
    budgetVnd: input.budgetVnd ?? null,
    description: input.description ? input.description.normalize('NFC').trim() || null : null,
  };
  const errors: FieldError[] = [];
  if (!v.title) errors.push({ path: 'title', message: 'Nhập tên khóa tập huấn.' });
  if (v.skills.length === 0 || v.skills.some((s) => !SKILLS.includes(s))) errors.push({ path: 'skills', message: 'Chọn ít nhất một kỹ năng trong danh mục.' });
  if (v.audiences.length === 0 || v.audiences.some((a) => !PARTICIPANT_TYPES.includes(a))) errors.push({ path: 'audiences', message: 'Chọn ít nhất một đối tượng tham dự.' });
  if (!(await getDirectory(ctx.db)).unit(v.organiserUnitId)) errors.push({ path: 'organiserUnitId', message: 'Không có đơn vị tổ chức này trong danh mục.' });
  if (v.planTaskId && !(await findLinkedPlanTask(ctx.db, v.planTaskId))) errors.push({ path: 'planTaskId', message: 'Không tìm thấy nhiệm vụ của kế hoạch được liên kết.' });
  if (v.budgetVnd !== null && (!Number.isSafeInteger(v.budgetVnd) || v.budgetVnd < 0)) errors.push({ path: 'budgetVnd', message: 'Kinh phí là số đồng, không âm.' });
  if (errors.length) throw new AppError('validation', errors.length === 1 ? errors[0]!.message : 'Thông tin khóa tập huấn chưa hợp lệ.', { errors });
  return v;
}

/** Creates a course (plan item II.6) with its skills, audience, organiser, plan task and budget. */
export async function createCourse(ctx: ActionContext, input: CourseInput): Promise<CourseRow> {
  authorize(ctx.actor, 'training.manage');
  const v = await checked(ctx, input);
  return ctx.db.transaction(async (tx) => {
    const row = await insertCourse(tx, { id: randomUUID(), ...v, createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null });
    await recordAudit(tx, { actor: ctx.actor, action: 'training.course.create', subjectType: 'training_course', subjectId: row.id, after: audited(row), requestId: ctx.requestId });
    return row;
  });
}

/** Changes a course's description; its sessions and participants stay. */
export async function editCourse(ctx: ActionContext, id: string, input: CourseInput): Promise<CourseRow> {
  authorize(ctx.actor, 'training.manage');
  const before = await findCourse(ctx.db, id);
  if (!before) throw notFound('khóa tập huấn');
  const v = await checked(ctx, input);
  return ctx.db.transaction(async (tx) => {
    const row = await updateCourse(tx, id, v);
    await recordAudit(tx, { actor: ctx.actor, action: 'training.course.edit', subjectType: 'training_course', subjectId: id, before: audited(before), after: audited(row), requestId: ctx.requestId });
    return row;
  });
}
