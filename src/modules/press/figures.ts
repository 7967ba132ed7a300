import { loadWorkCalendar } from '../../platform/calendar';
import { todayVn } from '../../platform/text';
import { getDirectory } from '../organisations';
import { registerFigureSource, type Figure } from '../plans';
import { isOverdue } from './deadline';
import { REFUSAL_GROUND_INFO, REFUSAL_GROUNDS } from './labels';
import { inquiriesReceivedBetween } from './repo';

type Row = Awaited<ReturnType<typeof inquiriesReceivedBetween>>[number];

// The press module's inquiries feed the annual results report (DOMAIN.md §8.2): press requests answered and the
// share on time, refusals by ground (I-08); citizens' information requests and the share on time (I-15).
registerFigureSource(async ({ db, year }) => {
  const rows = await inquiriesReceivedBetween(db, `${year}-01-01`, `${year + 1}-01-01`);
  const [dir, cal] = await Promise.all([getDirectory(db), loadWorkCalendar(db)]);
  const today = todayVn();
  const record = (r: Row): ReturnType<Figure['records']>[number] => ({ kind: 'press_inquiry', id: r.id, title: `Số ${r.refNo} — ${r.subject}`, unitName: r.unitId ? (dir.unit(r.unitId)?.name ?? null) : null, value: null, href: `/office/press/inquiries/${r.id}` });
  const onTime = (r: Row) => r.status === 'answered' && r.closedOn !== null && r.closedOn <= r.dueOn;
  // late: closed after its deadline, or still open and overdue today
  const late = (r: Row) => (r.closedOn !== null ? r.closedOn > r.dueOn : isOverdue(cal, r, today));
  const group = (code: string, noun: string, of: Row[]): Figure[] => {
    const answered = of.filter((r) => r.status === 'answered');
    const timely = of.filter(onTime);
    const figures: Figure[] = [
      { code: `${code}.received`, label: `${noun} đã tiếp nhận`, value: of.length, records: () => of.map(record) },
      { code: `${code}.answered`, label: `${noun} đã trả lời`, value: answered.length, records: () => answered.map(record) },
      { code: `${code}.onTime`, label: `${noun} trả lời đúng hạn (%)`, value: answered.length ? Math.round((timely.length / answered.length) * 100) : 0, outOf: answered.length, records: () => answered.map((r) => ({ ...record(r), value: onTime(r) ? 1 : 0 })) },
      { code: `${code}.overdue`, label: `${noun} quá hạn`, value: of.filter(late).length, records: () => of.filter(late).map(record) },
    ];
    for (const ground of REFUSAL_GROUNDS) {
      const refused = of.filter((r) => r.refusalGround === ground);
      if (refused.length) figures.push({ code: `${code}.refused.${ground}`, label: `${noun} bị từ chối — ${REFUSAL_GROUND_INFO[ground].label[0]}`, value: refused.length, records: () => refused.map(record) });
    }
    return figures;
  };
  return [
    ...group('I-08.press', 'Yêu cầu của báo chí', rows.filter((r) => r.kind !== 'information_request')),
    ...group('I-15.requests', 'Yêu cầu cung cấp thông tin của công dân', rows.filter((r) => r.kind === 'information_request')),
  ];
});
