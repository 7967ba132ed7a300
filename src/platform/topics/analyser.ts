/**
 * Topics of a consultation round, article by article: key phrases per article (contrasted with the whole round)
 * and groups of comments making the same point, each labelled by its own key phrases. Comments arrive one article
 * at a time, so only the article being read keeps its comments' terms; a finished article keeps its groups and
 * the terms used by at least `minCount` of its comments.
 */
import { groupComments } from './groups';
import { displayForm, rankPhrases, TermTally, type KeyPhrase } from './phrases';
import { extractTerms, mergeAccentless, type TermUse } from './terms';

/** Tunables of the analysis (defaults: TOPIC_DEFAULTS). */
export interface TopicOptions {
  /** Key phrases kept per article. */
  phrases: number;
  /** A key phrase is used by at least this many comments. */
  minCount: number;
  /** A phrase inside a longer one used by at least this share of its comments is left out. */
  subsumeRatio: number;
  /** Cosine with a group's centroid from which a comment joins it. */
  groupThreshold: number;
  /** Phrases naming a group. */
  labelPhrases: number;
  /** Terms of more than this share of an article's comments (when it has at least `commonFrom`) do not group. */
  commonShare: number;
  commonFrom: number;
}

/**
 * Defaults. The grouping threshold, measured on the synthetic round of test-corpus.ts (20 articles × 500 comments,
 * 4 points each): 0.25 keeps every group to one point (purity 1.000) with 5.8 groups per article; 0.2 starts to
 * merge points (0.985), 0.15 more (0.946). Splitting a point in two costs an officer one more answer, merging two
 * points a wrong one, so the threshold errs on the side of splitting.
 */
export const TOPIC_DEFAULTS: TopicOptions = { phrases: 10, minCount: 2, subsumeRatio: 0.8, groupThreshold: 0.25, labelPhrases: 3, commonShare: 0.5, commonFrom: 20 };

/** Comments making one point: their ids (the representative first, then by closeness to the group's centre). */
export interface ArgumentGroup {
  label: KeyPhrase[];
  members: string[];
}

/** An article's topics: comments analysed, key phrases, and its groups of two comments or more, largest first. */
export interface ArticleTopics {
  article: string;
  comments: number;
  phrases: KeyPhrase[];
  groups: ArgumentGroup[];
  /** Comments making a point no other comment makes. */
  alone: number;
}

interface Finished {
  article: string;
  tally: TermTally;
  groups: ArgumentGroup[];
  alone: number;
}

/** Accumulates a round's comments article by article (beginArticle, add…, then finish). */
export class RoundTopics {
  private readonly options: TopicOptions;
  private readonly finished: Finished[] = [];
  private readonly roundUse = new Map<string, number>();
  private roundComments = 0;
  private current: { article: string; ids: string[]; terms: Map<string, TermUse>[] } | null = null;

  constructor(options: Partial<TopicOptions> = {}) {
    this.options = { ...TOPIC_DEFAULTS, ...options };
  }

  /** Starts an article (ends the one before). */
  beginArticle(article: string): void {
    this.endArticle();
    this.current = { article, ids: [], terms: [] };
  }

  /** Adds a comment of the current article. */
  add(id: string, text: string): void {
    if (!this.current) throw new Error('topics: beginArticle before add');
    this.current.ids.push(id);
    this.current.terms.push(extractTerms(text));
  }

  /** Ranks every article's key phrases against the round, and returns the articles in the order they came. */
  finish(): ArticleTopics[] {
    this.endArticle();
    const o = this.options;
    return this.finished.map((a) => ({
      article: a.article,
      comments: a.tally.comments,
      phrases: rankPhrases(
        [...a.tally.stats].map(([key, stat]) => [key, stat.comments]),
        { size: a.tally.comments, background: (key) => this.roundUse.get(key) ?? 0, backgroundSize: this.roundComments, formOf: (key) => displayForm(a.tally.stats.get(key)!.forms), boundedShare: (key) => shareOf(a.tally, key), minCount: o.minCount, top: o.phrases, subsumeRatio: o.subsumeRatio },
      ),
      groups: a.groups,
      alone: a.alone,
    }));
  }

  private endArticle(): void {
    const current = this.current;
    if (!current) return;
    this.current = null;
    const o = this.options;
    mergeAccentless(current.terms);
    const tally = new TermTally();
    for (const terms of current.terms) tally.add(terms);
    const grouping = groupComments(current.terms, { threshold: o.groupThreshold, commonShare: o.commonShare, commonFrom: o.commonFrom });
    const groups: ArgumentGroup[] = [];
    let alone = 0;
    for (const members of grouping.groups) {
      if (members.length < 2) {
        alone++;
        continue;
      }
      const ordered = [...members].sort((a, b) => grouping.centrality[b]! - grouping.centrality[a]! || a - b);
      groups.push({ label: this.labelOf(members, current.terms, tally), members: ordered.map((i) => current.ids[i]!) });
    }
    groups.sort((a, b) => b.members.length - a.members.length);
    // the round's background counts each article's terms used by minCount comments or more: a term one comment
    // of an article uses is dropped with the article's memory, which moves a lift by at most one per article
    tally.prune(o.minCount);
    for (const [key, stat] of tally.stats) this.roundUse.set(key, (this.roundUse.get(key) ?? 0) + stat.comments);
    this.roundComments += tally.comments;
    this.finished.push({ article: current.article, tally, groups, alone });
  }

  /** A group's own key phrases, contrasted with its article. */
  private labelOf(members: number[], terms: Map<string, TermUse>[], article: TermTally): KeyPhrase[] {
    const inGroup = new Map<string, number>();
    for (const i of members) for (const key of terms[i]!.keys()) if (article.stats.get(key)!.comments >= 2) inGroup.set(key, (inGroup.get(key) ?? 0) + 1);
    const o = this.options;
    return rankPhrases(inGroup, {
      size: members.length,
      background: (key) => article.stats.get(key)!.comments,
      backgroundSize: article.comments,
      formOf: (key) => displayForm(article.stats.get(key)!.forms),
      boundedShare: (key) => shareOf(article, key),
      minCount: Math.max(2, Math.ceil(members.length / 4)),
      top: o.labelPhrases,
      subsumeRatio: o.subsumeRatio,
      distinct: true,
    });
  }
}

function shareOf(tally: TermTally, key: string): number {
  const stat = tally.stats.get(key)!;
  return stat.bounded / stat.comments;
}

/** Topics of articles given whole (tests and small rounds): each article's comments in order. */
export function analyseTopics(articles: readonly { article: string; comments: readonly { id: string; text: string }[] }[], options: Partial<TopicOptions> = {}): ArticleTopics[] {
  const round = new RoundTopics(options);
  for (const a of articles) {
    round.beginArticle(a.article);
    for (const c of a.comments) round.add(c.id, c.text);
  }
  return round.finish();
}
