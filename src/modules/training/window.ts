import type { Executor } from '../../platform/db';
import { ruleAt } from '../../platform/rules';
import { formatDateTimeVi, todayVn } from '../../platform/text';
import type { SessionRow } from './repo';

export interface CheckinWindow {
  opensAt: Date;
  closesAt: Date;
}

/**
 * When a session's check-in links work: from the rule's minutes before the start (a dated row of `legal_rules`,
 * `training.checkin.opensMinutesBefore`) to the end of the session.
 */
export async function checkinWindow(db: Executor, session: Pick<SessionRow, 'startsAt' | 'endsAt'>): Promise<CheckinWindow> {
  const startsAt = new Date(session.startsAt);
  const minutes = Number(await ruleAt<number>(db, 'training.checkin.opensMinutesBefore', todayVn(startsAt)));
  return { opensAt: new Date(startsAt.getTime() - minutes * 60_000), closesAt: new Date(session.endsAt) };
}

export const isWithin = (at: Date, w: CheckinWindow): boolean => at.getTime() >= w.opensAt.getTime() && at.getTime() <= w.closesAt.getTime();

/** "08:00 – 11:30 ngày 03/12/2026", or both full times when the session spans days. */
export function sessionTimeText(startsAt: string, endsAt: string): string {
  const [startTime, startDay] = formatDateTimeVi(new Date(startsAt)).split(' ') as [string, string];
  const [endTime, endDay] = formatDateTimeVi(new Date(endsAt)).split(' ') as [string, string];
  return startDay === endDay ? `${startTime} – ${endTime} ngày ${startDay}` : `${startTime} ngày ${startDay} – ${endTime} ngày ${endDay}`;
}

/** Why a check-in is refused at `at`, in Vietnamese, or null when it is open. */
export function windowRefusal(at: Date, w: CheckinWindow): string | null {
  if (at < w.opensAt) return `Chưa đến giờ điểm danh: điểm danh mở từ ${formatDateTimeVi(w.opensAt)}.`;
  if (at > w.closesAt) return `Đã hết giờ điểm danh: buổi tập huấn kết thúc lúc ${formatDateTimeVi(w.closesAt)}.`;
  return null;
}
