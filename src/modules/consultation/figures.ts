import { and, gte, lt, sql } from 'drizzle-orm';
import { registerFigureSource, type Figure } from '../plans';
import { comments, consultationRounds } from './tables';

// The consultation module's own records feed the annual results report (issue 3 §4): drafts posted for
// comment on the portal that year, comments received, and how many rounds published their synthesis.
registerFigureSource(async ({ db, year }) => {
  const from = `${year}-01-01`;
  const to = `${year + 1}-01-01`;
  const rounds = await db
    .select({ id: consultationRounds.id, draftId: consultationRounds.draftId, opensOn: consultationRounds.opensOn, synthesisPublishedAt: consultationRounds.synthesisPublishedAt, received: sql<number>`(select count(*)::int from ${comments} where ${comments.roundId} = ${consultationRounds.id} and ${comments.state} <> 'pending_verification')` })
    .from(consultationRounds)
    .where(and(gte(consultationRounds.opensOn, from), lt(consultationRounds.opensOn, to)));
  const href = (draftId: string) => `/office/policies/${draftId}/consultation`;
  const roundRecords = (value: (r: (typeof rounds)[number]) => number | null) => () =>
    rounds.map((r) => ({ kind: 'consultation_round', id: r.id, title: `Đợt lấy ý kiến từ ${r.opensOn.split('-').reverse().join('/')}`, unitName: null, value: value(r), href: href(r.draftId) }));
  const received = rounds.reduce((s, r) => s + Number(r.received), 0);
  const published = rounds.filter((r) => r.synthesisPublishedAt).length;
  const figures: Figure[] = [
    { code: 'I-03.portal', label: 'Dự thảo đăng tải lấy ý kiến trên Cổng (số đợt)', value: rounds.length, records: roundRecords(() => null) },
    { code: 'I-04.portal', label: 'Ý kiến góp ý nhận qua Cổng', value: received, records: roundRecords((r) => Number(r.received)) },
    { code: 'I-04.synthesis', label: 'Đợt lấy ý kiến đã công bố báo cáo tổng hợp (%)', value: rounds.length ? Math.round((published / rounds.length) * 100) : 0, outOf: rounds.length, records: roundRecords((r) => (r.synthesisPublishedAt ? 1 : 0)) },
  ];
  return figures;
});

