import { describe, expect, it } from 'vitest';
import { RoundTopics } from '.';
import { sampleRound } from './test-corpus';

describe('topics of a 10,000-comment round', () => {
  it('analyses 20 articles × 500 comments within seconds, with groups that each hold one point', () => {
    const round = sampleRound(20, 500);
    const pointOf = new Map(round.flatMap((a) => a.comments.map((c) => [c.id, c.point] as const)));
    const started = performance.now();
    const topics = new RoundTopics();
    for (const a of round) {
      topics.beginArticle(a.article);
      for (const c of a.comments) topics.add(c.id, c.text);
    }
    const result = topics.finish();
    const ms = performance.now() - started;

    let grouped = 0;
    let majority = 0;
    let splits = 0;
    for (const a of result) {
      expect(a.comments).toBe(500);
      expect(a.phrases.length).toBeGreaterThan(3);
      const groupsOfPoint = new Map<number, number>();
      for (const g of a.groups) {
        const counts = new Map<number, number>();
        for (const id of g.members) counts.set(pointOf.get(id)!, (counts.get(pointOf.get(id)!) ?? 0) + 1);
        const [point, n] = [...counts].sort((x, y) => y[1] - x[1])[0]!;
        grouped += g.members.length;
        majority += n;
        if (g.members.length >= 10) groupsOfPoint.set(point, (groupsOfPoint.get(point) ?? 0) + 1);
      }
      splits += [...groupsOfPoint.values()].reduce((s, n) => s + n - 1, 0);
    }
    const purity = majority / grouped;
    console.info(`topics: 10,000 comments in ${Math.round(ms)} ms; ${grouped} grouped, purity ${purity.toFixed(3)}, points split over extra groups of 10+: ${splits} (20 articles × 4 points)`);
    expect(purity).toBeGreaterThanOrEqual(0.95);
    expect(grouped).toBeGreaterThan(9000);
    expect(ms).toBeLessThan(60_000);
  }, 120_000);
});
