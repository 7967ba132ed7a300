import { todayVn } from '../../../platform/text';
import { getDirectory } from '../../organisations';
import { registerFigureSource, type Figure } from '../../plans';
import { CONFERENCE_KIND_LABELS, CONFERENCE_KINDS } from './labels';
import { counts, dutyUnits } from './quarters';
import { listConferences, questionsOfConferencesBetween } from './repo';
import { dayRangeInstants, localDay, quarterOf } from './time';

// Press conferences feed the annual results report (DOMAIN.md §8.2 I-07, PN-04): conferences held by kind, the
// quarters of the year with at least one (out of 4, for the province as a whole and per unit bound by the duty), and
// the questions: received, answered on the spot, followed up on time.
registerFigureSource(async ({ db, year }) => {
  const today = todayVn();
  const [dir, all, questions] = await Promise.all([getDirectory(db), listConferences(db, dayRangeInstants(`${year}-01-01`, `${year}-12-31`)), questionsOfConferencesBetween(db, dayRangeInstants(`${year}-01-01`, `${year}-12-31`).from, dayRangeInstants(`${year}-01-01`, `${year}-12-31`).to)]);
  const held = all.filter((c) => c.status === 'held' || c.status === 'minutes_issued');
  const record = (c: (typeof all)[number]) => ({ kind: 'press_conference', id: c.id, title: `Họp báo số ${c.refNo} — ${c.title}`, unitName: dir.unit(c.hostUnitId)?.name ?? null, value: null, href: `/office/press/conferences/${c.id}` });
  const qRecord = (q: (typeof questions)[number]) => ({ kind: 'press_conference', id: q.conferenceId, title: `${q.conferenceTitle} — câu hỏi ${q.seq}`, unitName: q.followUpUnitId ? (dir.unit(q.followUpUnitId)?.name ?? null) : null, value: null, href: `/office/press/conferences/${q.conferenceId}` });
  const quarterSet = new Set(all.filter((c) => counts(c, today)).map((c) => quarterOf(localDay(c.startsAt))));
  const figures: Figure[] = [
    { code: 'I-07.conferences.held', label: 'Cuộc họp báo đã tổ chức', value: held.length, records: () => held.map(record) },
    ...CONFERENCE_KINDS.map((kind): Figure => {
      const of = held.filter((c) => c.kind === kind);
      return { code: `I-07.conferences.held.${kind}`, label: `Cuộc họp báo ${CONFERENCE_KIND_LABELS[kind][0].toLowerCase()} đã tổ chức`, value: of.length, records: () => of.map(record) };
    }),
    { code: 'I-07.conferences.quarters', label: 'Số quý có ít nhất một cuộc họp báo (trên 4 quý)', value: quarterSet.size, outOf: 4, records: () => all.filter((c) => counts(c, today)).map(record) },
  ];
  // per unit bound by the duty on the year's last day (or today), so a department that held none shows as 0 of 4
  const on = today.slice(0, 4) === String(year) ? today : `${year}-12-31`;
  for (const unit of dutyUnits(dir, on)) {
    const mine = all.filter((c) => c.hostUnitId === unit.id && counts(c, today));
    const quarters = new Set(mine.map((c) => quarterOf(localDay(c.startsAt)))).size;
    figures.push({ code: `I-07.conferences.quarters.${unit.id}`, label: `Số quý có họp báo — ${unit.name}`, value: quarters, outOf: 4, records: () => mine.map(record) });
  }
  const onSpot = questions.filter((q) => q.answeredOnSpot);
  const followUps = questions.filter((q) => !q.answeredOnSpot);
  const onTime = followUps.filter((q) => q.followUpAnsweredOn !== null && q.followUpDueOn !== null && q.followUpAnsweredOn <= q.followUpDueOn);
  figures.push(
    { code: 'I-07.questions.received', label: 'Câu hỏi của phóng viên tại họp báo', value: questions.length, records: () => questions.map(qRecord) },
    { code: 'I-07.questions.onSpot', label: 'Câu hỏi được trả lời tại họp báo', value: onSpot.length, records: () => onSpot.map(qRecord) },
    { code: 'I-07.questions.followedUpOnTime', label: 'Câu hỏi trả lời sau họp báo đúng hạn', value: onTime.length, outOf: followUps.length, records: () => followUps.map((q) => ({ ...qRecord(q), value: onTime.includes(q) ? 1 : 0 })) },
  );
  return figures;
});
