import type { Static } from 'typebox';
import type { Executor } from '../../../platform/db';
import { RoundTopics } from '../../../platform/topics';
import type { DraftDocument } from '../../policies';
import { presentArticle, type CommentMeta } from './present';
import { argumentCountsByArticle, argumentsOfArticle, campaignSizesByArticle } from './repo';
import type { TopicsView } from './schemas';

/**
 * Arguments analysed per article at most, the earliest first (a campaign counts once). Grouping costs about the
 * square of this number per article; 2,000 keeps a round of 30 such articles within seconds and a few hundred MB.
 */
export const MAX_ARGUMENTS_PER_ARTICLE = 2000;
const PAGE = 500;

/**
 * Topics of a round for the office: per article (in the draft's order, then general comments), key phrases and
 * groups of comments arguing one point. Comments are read a page at a time, article after article; only the
 * analysed article's terms and a short excerpt per comment stay in memory.
 */
export async function topicsOfRound(db: Executor, roundId: string, structure: DraftDocument | null, o: { max?: number; page?: number } = {}): Promise<Static<typeof TopicsView>> {
  const max = o.max ?? MAX_ARGUMENTS_PER_ARTICLE;
  const pageSize = o.page ?? PAGE;
  const [counts, campaignSizes] = await Promise.all([argumentCountsByArticle(db, roundId), campaignSizesByArticle(db, roundId)]);
  const countOf = new Map(counts.map((c) => [c.articleAnchor, c]));
  const inDraft = (structure?.articles ?? []).map((a) => a.anchor).filter((anchor) => countOf.has(anchor));
  const elsewhere = counts.map((c) => c.articleAnchor).filter((a): a is string => a !== null && !inDraft.includes(a)).sort();
  const order: (string | null)[] = [...inDraft, ...elsewhere, ...(countOf.has(null) ? [null] : [])];

  const topics = new RoundTopics();
  const meta = new Map<string, CommentMeta>();
  const analysed = new Map<string | null, number>();
  for (const anchor of order) {
    topics.beginArticle(anchor ?? '');
    let after: { createdAt: string; id: string } | null = null;
    let n = 0;
    while (n < max) {
      const limit = Math.min(pageSize, max - n);
      const page = await argumentsOfArticle(db, roundId, anchor, after, limit);
      for (const row of page) {
        topics.add(row.id, row.text);
        const signers = row.campaignId ? (campaignSizes.get(`${anchor ?? ''}|${row.campaignId}`) ?? 1) : 1;
        meta.set(row.id, { receiptCode: row.receiptCode, text: row.text, signers });
      }
      n += page.length;
      if (page.length < limit) break;
      const last = page[page.length - 1]!;
      after = { createdAt: last.createdAt, id: last.id };
    }
    analysed.set(anchor, n);
  }
  const articles = topics.finish().map((a, i) => {
    const anchor = order[i]!;
    return presentArticle(a, { anchor, structure, counts: countOf.get(anchor)!, analysed: analysed.get(anchor) ?? 0, meta });
  });
  return { maxPerArticle: max, articles };
}
