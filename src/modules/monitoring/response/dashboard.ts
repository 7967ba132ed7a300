import type { Executor } from '../../../platform/db';
import { addDays, todayVn } from '../../../platform/text';
import { VERDICT_LABELS, type Verdict } from './kinds';
import { itemTotals, takedownTotals, topSources, topStories, topTerms, verdictCounts, volumeByDay } from './repo-dashboard';
import { alertsSince } from './repo-read';

/**
 * The office dashboard over the last `days` Vietnam days (today included): relevant items per day by sentiment
 * (every day present, zeros included, so the chart's axis is the calendar), top stories, sources and watchlist
 * terms, verdicts, takedowns and alerts.
 */
export async function dashboardOf(db: Executor, days: number, now = new Date()) {
  const today = todayVn(now);
  const first = addDays(today, -(days - 1));
  const period = { from: `${first}T00:00:00+07:00`, to: `${addDays(today, 1)}T00:00:00+07:00` };
  const [volume, stories, sources, terms, verdicts, totals, takedowns, alerts] = await Promise.all([
    volumeByDay(db, period),
    topStories(db, period, 10),
    topSources(db, period, 10),
    topTerms(db, period, 15),
    verdictCounts(db, period),
    itemTotals(db, period),
    takedownTotals(db, period, now),
    alertsSince(db, period.from),
  ]);
  const byDay = new Map<string, { positive: number; neutral: number; negative: number }>();
  for (let d = first; d <= today; d = addDays(d, 1)) byDay.set(d, { positive: 0, neutral: 0, negative: 0 });
  for (const v of volume) {
    const row = byDay.get(v.day);
    if (row && (v.sentiment === 'positive' || v.sentiment === 'neutral' || v.sentiment === 'negative')) row[v.sentiment] += v.n;
  }
  return {
    from: first,
    to: today,
    days: [...byDay].map(([day, v]) => ({ day, ...v })),
    totals,
    stories: stories.map(({ title, items, negative }) => ({ title, items, negative })),
    sources: sources.map((s) => ({ name: s.name, items: s.items, negative: s.negative })),
    terms: terms.map((t) => ({ name: t.term, items: t.items, negative: t.negative })),
    verdicts: verdicts.map((v) => ({ label: VERDICT_LABELS[v.verdict as Verdict] ?? 'Khác', n: v.n })),
    takedowns,
    alerts,
  };
}
