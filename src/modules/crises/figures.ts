import { registerFigureSource, type Figure } from '../plans';

type FigureRecord = ReturnType<Figure['records']>[number];
import { SEVERITIES, SEVERITY_LABELS } from './labels';
import { crisesDetectedBetween, statementsPublishedBetween, type CrisisRow } from './repo';
import { median, oneDecimal } from './timer';
import { crisisTimer } from './view';

/**
 * The annual report's crisis figures (DOMAIN.md §8.2, I-11), over the crises detected in the plan's year (Vietnam
 * time): how many, by severity; the median hours from detection to the first published statement (one decimal);
 * the share of crises with a first statement within the rule's hours (crisis.firstStatementHours).
 */
export async function crisisFigures(db: Parameters<typeof crisesDetectedBetween>[0], year: number): Promise<Figure[]> {
  // the year in Vietnam (UTC+7): 1 January 00:00 there is 31 December 17:00 UTC
  const rows = await crisesDetectedBetween(db, `${year - 1}-12-31T17:00:00Z`, `${year}-12-31T17:00:00Z`);
  const record = (c: CrisisRow, value: number | null = null): FigureRecord => ({ kind: 'crisis', id: c.id, title: `Sự cố số ${c.refNo} — ${c.title}`, unitName: null, value, href: `/office/crises/${c.id}` });
  const timers = await Promise.all(rows.map(async (c) => ({ c, t: await crisisTimer(db, c) })));
  const answered = timers.filter((x) => x.t.isStopped);
  // a crisis still without a statement once its hours have passed is already late: it counts against the share
  const judged = timers.filter((x) => x.t.isStopped || !x.t.isWithinTarget);
  const within = judged.filter((x) => x.t.isStopped && x.t.isWithinTarget);
  const mid = median(answered.map((x) => x.t.elapsedHours));
  const figures: Figure[] = [{ code: 'I-11.crises', label: 'Sự cố, khủng hoảng truyền thông đã xử lý', value: rows.length, records: () => rows.map((c) => record(c)) }];
  for (const s of SEVERITIES) {
    const of = rows.filter((c) => c.severity === s);
    figures.push({ code: `I-11.crises.severity${s}`, label: `Sự cố ${SEVERITY_LABELS[s]!.toLowerCase()}`, value: of.length, records: () => of.map((c) => record(c)) });
  }
  figures.push(
    { code: 'I-11.firstStatement.medianHours', label: 'Thời gian trung vị từ khi phát hiện đến thông tin chính thức đầu tiên (giờ)', value: mid === null ? 0 : oneDecimal(mid), outOf: answered.length, records: () => answered.map((x) => record(x.c, x.t.elapsedHours)) },
    { code: 'I-11.firstStatement.withinTarget', label: 'Sự cố có thông tin chính thức đầu tiên trong thời hạn (%)', value: judged.length ? Math.round((within.length / judged.length) * 100) : 0, outOf: judged.length, records: () => judged.map((x) => record(x.c, x.t.isStopped && x.t.isWithinTarget ? 1 : 0)) },
  );
  // I-10 "clarifications published" (DOMAIN.md §8.2): the crises' official statements published on the portal in the
  // year, those answering monitored items (crises opened from an item or an alert) counted apart
  const published = await statementsPublishedBetween(db, `${year - 1}-12-31T17:00:00Z`, `${year}-12-31T17:00:00Z`);
  const fromMonitoring = published.filter((p) => p.crisisOrigin !== 'manual');
  const statementRecord = (p: (typeof published)[number]): FigureRecord => ({ kind: 'crisis_statement', id: p.statementId, title: `Thông tin số ${p.publicNo} — ${p.title}`, unitName: null, value: null, href: `/office/crises/${p.crisisId}` });
  figures.push(
    { code: 'I-10.clarifications', label: 'Thông tin chính thức, cải chính đã công bố trên cổng thông tin', value: published.length, records: () => published.map(statementRecord) },
    { code: 'I-10.clarifications.fromMonitoring', label: 'Trong đó: trả lời tin phát hiện qua theo dõi dư luận', value: fromMonitoring.length, records: () => fromMonitoring.map(statementRecord) },
  );
  return figures;
}

registerFigureSource(({ db, year }) => crisisFigures(db, year));
