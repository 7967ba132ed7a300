import { describe, expect, it } from 'vitest';
import { fold, tokenize } from '../../src/platform/text';
import { commentAt, generateComments, MAX_EDIT, MIN_EDIT, planCorpus } from './comment-corpus';

describe('comment corpus', () => {
  it('plans long-tailed campaigns from pairs up to 5 % of the corpus, about half of the comments', () => {
    const plan = planCorpus({ size: 200_000 });
    const sizes = plan.campaignSizes;
    expect(sizes[0]).toBe(10_000);
    expect(sizes.at(-1)).toBe(2);
    const members = sizes.reduce((a, b) => a + b, 0);
    expect(members / plan.size).toBeGreaterThan(0.4);
    expect(members / plan.size).toBeLessThanOrEqual(0.6);
    const counted = new Map<number, number>();
    for (const c of plan.truth) counted.set(c, (counted.get(c) ?? 0) + 1);
    sizes.forEach((s, c) => expect(counted.get(c)).toBe(s));
    expect(counted.get(-1)).toBe(plan.size - members);
  });

  it('is deterministic: the same seed gives the same comments, one comment can be drawn again alone', () => {
    const a = [...generateComments(planCorpus({ size: 300 }))];
    const b = [...generateComments(planCorpus({ size: 300 }))];
    expect(b).toEqual(a);
    expect(commentAt(planCorpus({ size: 300 }), 123)).toEqual(a[123]);
    const other = [...generateComments(planCorpus({ size: 300, seed: 9 }))];
    expect(other.map((c) => c.text)).not.toEqual(a.map((c) => c.text));
  });

  it('writes Vietnamese comments of 50–150 syllables before edits, members edited by 5–30 %', () => {
    const plan = planCorpus({ size: 3000 });
    let accentLess = 0;
    for (const c of generateComments(plan)) {
      const n = tokenize(c.text).length;
      // edits of up to 30 % may lengthen (insertions) or shorten (deletions) a member
      expect(n).toBeGreaterThanOrEqual(c.campaign < 0 ? 50 : 30);
      expect(n).toBeLessThanOrEqual(c.campaign < 0 ? 150 : 200);
      if (c.campaign < 0) expect(c.editShare).toBe(0);
      else {
        expect(c.editShare).toBeGreaterThanOrEqual(MIN_EDIT);
        expect(c.editShare).toBeLessThanOrEqual(MAX_EDIT);
      }
      if (c.text === fold(c.text) || !/[à-ỹđ]/i.test(c.text)) accentLess++;
    }
    // some members lose every accent
    expect(accentLess).toBeGreaterThan(50);
  });

  it('makes members of one campaign share most words and distinct comments share few', () => {
    const plan = planCorpus({ size: 2000 });
    const byCampaign = new Map<number, string[]>();
    for (const c of generateComments(plan)) byCampaign.set(c.campaign, [...(byCampaign.get(c.campaign) ?? []), c.text]);
    const words = (t: string) => new Set(tokenize(fold(t)));
    const overlap = (x: string, y: string) => {
      const a = words(x);
      const b = words(y);
      return [...a].filter((w) => b.has(w)).length / Math.min(a.size, b.size);
    };
    const [first, second] = byCampaign.get(0)!;
    expect(overlap(first!, second!)).toBeGreaterThan(0.6);
    const distinct = byCampaign.get(-1)!;
    expect(overlap(distinct[0]!, distinct[1]!)).toBeLessThan(0.6);
  });
});
