import type { Executor } from '../../platform/db';
import { todayVn } from '../../platform/text';
import { getDirectory } from '../organisations';
import { deliver, recipientsOfUnit } from '../notifications';

export interface Assignment {
  /** What was given, as a person names it: "Yêu cầu cung cấp thông tin số 12", "Câu hỏi số 3 tại họp báo “…”". */
  what: string;
  subject: string;
  unitId: string;
  /** The officer named, if any; else every officer of the unit (or of the unit now carrying its work). */
  officerId: string | null;
  dueOn: string | null;
  link: string;
  /** Names the assignment, so the same one is told once (a repeated request, a page sent twice). */
  key: string;
}

/**
 * Tells the people who must answer that a press question or request was given to them (kind press_assigned, mailed
 * at once unless they chose otherwise), in the transaction that gives it. The person who gave it is not told.
 */
export async function notifyAssigned(tx: Executor, publicUrl: string, by: string | null, a: Assignment): Promise<number> {
  const today = todayVn();
  const userIds = a.officerId ? [a.officerId].filter((id) => id !== by) : await recipientsOfUnit(tx, a.unitId, ['officer'], today, by);
  const unitName = (await getDirectory(tx)).unit(a.unitId)?.name ?? '';
  const key = `press_assigned:${a.key}`;
  const { notifications } = await deliver(
    tx,
    userIds.map((userId) => ({ userId, kind: 'press_assigned', subjectKey: key, dedupeKey: key, params: { what: a.what, subject: a.subject, unitName, dueOn: a.dueOn }, link: a.link, count: 1 })),
    publicUrl,
    today,
  );
  return notifications;
}
