import type { Executor } from '../../platform/db';
import { todayVn } from '../../platform/text';
import { attendancesOfSessions, coursesByIds, listCourses, peopleByIds, sessionsOfCourses, type CourseRow, type InviteePerson, type SessionRow } from './repo';

export interface Completion {
  course: CourseRow;
  person: InviteePerson;
  /** The day (Vietnam) of the last session that completed the course. */
  completedOn: string;
}

/**
 * The sessions a person must attend to complete a course: its required sessions, or all of them when none is marked
 * required; a cancelled session never counts.
 */
export function sessionsThatCount(sessions: SessionRow[]): SessionRow[] {
  const live = sessions.filter((s) => s.status !== 'cancelled');
  const required = live.filter((s) => s.isRequired);
  return required.length ? required : live;
}

/**
 * Who completed which course: a person of the directory who attended every session that counts. Walk-ins are not
 * in the directory, so they count as participants but never as a completion.
 */
export function completionsOf(course: CourseRow, sessions: SessionRow[], attendances: { sessionId: string; personId: string; attendedAt: string }[]): { personId: string; completedOn: string }[] {
  const counted = sessionsThatCount(sessions.filter((s) => s.courseId === course.id));
  if (counted.length === 0) return [];
  const byPerson = new Map<string, Map<string, string>>();
  for (const a of attendances) {
    if (!counted.some((s) => s.id === a.sessionId)) continue;
    const seen = byPerson.get(a.personId) ?? new Map<string, string>();
    seen.set(a.sessionId, a.attendedAt);
    byPerson.set(a.personId, seen);
  }
  const out: { personId: string; completedOn: string }[] = [];
  for (const [personId, seen] of byPerson) {
    if (seen.size !== counted.length) continue;
    const last = [...seen.values()].sort().at(-1)!;
    out.push({ personId, completedOn: todayVn(new Date(last)) });
  }
  return out;
}

export interface CompletionFilter {
  unitId?: string;
  skill?: string;
  year?: number;
  courseId?: string;
}

/** The completion list, filtered by the person's unit, a skill of the course, the year of completion, a course. */
export async function listCompletions(db: Executor, filter: CompletionFilter = {}): Promise<Completion[]> {
  const courses = (filter.courseId ? await coursesByIds(db, [filter.courseId]) : await listCourses(db)).filter((c) => !filter.skill || c.skills.includes(filter.skill));
  const sessions = await sessionsOfCourses(db, courses.map((c) => c.id));
  const attendances = await attendancesOfSessions(db, sessions.map((s) => s.id));
  const found = courses.flatMap((course) => completionsOf(course, sessions, attendances).map((c) => ({ course, ...c })));
  const people = new Map((await peopleByIds(db, [...new Set(found.map((f) => f.personId))])).map((p) => [p.id, p]));
  const collator = new Intl.Collator('vi');
  return found
    .filter((f) => people.has(f.personId))
    .map((f) => ({ course: f.course, person: people.get(f.personId)!, completedOn: f.completedOn }))
    .filter((c) => (!filter.unitId || c.person.unitId === filter.unitId) && (!filter.year || c.completedOn.startsWith(`${filter.year}-`)))
    .sort((a, b) => b.completedOn.localeCompare(a.completedOn) || collator.compare(a.person.fullName, b.person.fullName));
}
