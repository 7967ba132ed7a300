import { registerFigureSource, type Figure } from '../plans';
import { listCompletions } from './completion';
import { PARTICIPANT_TYPES, PARTICIPANT_TYPE_LABELS } from './labels';
import { coursesByIds, participantsOfSessions, sessionsStartingBetween, type ParticipantRow } from './repo';
import { sessionTimeText } from './window';

type FigureRecord = ReturnType<Figure['records']>[number];

// Training feeds indicator I-13 of the annual results report (DOMAIN.md §8.2: courses, participants, participant
// types), labelled "theo sổ tập huấn / sổ điểm danh" so a reader tells them from the plan's own I-13 (what units
// reported in their progress reports): sessions held in the year (started in it, Vietnam time; held or closed), their courses, the attendances
// (lượt) and the distinct persons by participant type, and the course completions of the year.
registerFigureSource(async ({ db, year }) => {
  const sessions = (await sessionsStartingBetween(db, `${year}-01-01T00:00:00+07:00`, `${year + 1}-01-01T00:00:00+07:00`)).filter((s) => s.status === 'held' || s.status === 'closed');
  const courses = new Map((await coursesByIds(db, [...new Set(sessions.map((s) => s.courseId))])).map((c) => [c.id, c]));
  const attended = (await participantsOfSessions(db, sessions.map((s) => s.id))).filter((p) => p.status === 'attended');
  const completions = await listCompletions(db, { year });
  const sessionRecord = (id: string): FigureRecord => {
    const s = sessions.find((x) => x.id === id)!;
    const c = courses.get(s.courseId)!;
    return { kind: 'training_session', id: s.id, title: `${c.title}${s.title ? ` — ${s.title}` : ''} (${sessionTimeText(s.startsAt, s.endsAt)})`, unitName: null, value: null, href: `/office/training/sessions/${s.id}` };
  };
  // a walk-in is one person per name and unit as given; a directory person is one person across sessions
  const personKey = (p: ParticipantRow) => p.personId ?? `walk-in:${(p.walkInName ?? '').toLocaleLowerCase('vi')}|${(p.walkInUnit ?? '').toLocaleLowerCase('vi')}`;
  const bySession = (of: ParticipantRow[]) => sessions.map((s) => ({ ...sessionRecord(s.id), value: of.filter((p) => p.sessionId === s.id).length })).filter((r) => r.value > 0);
  const figures: Figure[] = [
    { code: 'I-13.courses', label: 'Khóa tập huấn đã tổ chức (theo sổ tập huấn)', value: courses.size, records: () => [...courses.values()].map((c) => ({ kind: 'training_course', id: c.id, title: c.title, unitName: null, value: null, href: `/office/training/courses/${c.id}` })) },
    { code: 'I-13.sessions', label: 'Buổi tập huấn đã tổ chức (theo sổ tập huấn)', value: sessions.length, records: () => sessions.map((s) => sessionRecord(s.id)) },
    { code: 'I-13.participants', label: 'Lượt người tham dự tập huấn (theo sổ điểm danh)', value: attended.length, records: () => bySession(attended) },
    { code: 'I-13.persons', label: 'Số người tham dự tập huấn, mỗi người tính một lần (theo sổ điểm danh)', value: new Set(attended.map(personKey)).size, records: () => bySession(attended) },
  ];
  for (const type of PARTICIPANT_TYPES) {
    const of = attended.filter((p) => p.participantType === type);
    if (of.length === 0) continue;
    const label = PARTICIPANT_TYPE_LABELS[type][0].toLocaleLowerCase('vi');
    figures.push({ code: `I-13.participants.${type}`, label: `Lượt tham dự tập huấn — ${label} (theo sổ điểm danh)`, value: of.length, records: () => bySession(of) });
    figures.push({ code: `I-13.persons.${type}`, label: `Số người tham dự tập huấn — ${label} (theo sổ điểm danh)`, value: new Set(of.map(personKey)).size, records: () => bySession(of) });
  }
  figures.push({ code: 'I-13.completions', label: 'Lượt hoàn thành khóa tập huấn (tham dự đủ các buổi bắt buộc)', value: completions.length, records: () => completions.map((c) => ({ kind: 'training_course', id: c.course.id, title: c.course.title, unitName: null, value: 1, href: `/office/training/courses/${c.course.id}` })) });
  return figures;
});
