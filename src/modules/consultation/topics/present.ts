import type { Static } from 'typebox';
import type { ArticleTopics } from '../../../platform/topics';
import type { DraftDocument } from '../../policies';
import type { ArticleCount } from './repo';
import type { TopicArticle, TopicComment } from './schemas';

/** Groups listed per article, and members listed per group (the counts say how many more there are). */
export const MAX_GROUPS = 20;
export const MAX_MEMBERS = 50;
const EXCERPT = 220;

/** What the panel shows of an analysed comment. */
export interface CommentMeta {
  receiptCode: string;
  text: string;
  signers: number;
}

/** The start of a comment's text, cut at a word, one line. */
export function excerptOf(text: string, max = EXCERPT): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function presentComment(id: string, meta: ReadonlyMap<string, CommentMeta>): Static<typeof TopicComment> {
  const m = meta.get(id)!;
  return { commentId: id, receiptCode: m.receiptCode, excerpt: excerptOf(m.text), signers: m.signers };
}

/** An article's topics for the office: its label, counts, key phrases and largest groups. */
export function presentArticle(a: ArticleTopics, o: { anchor: string | null; structure: DraftDocument | null; counts: ArticleCount; analysed: number; meta: ReadonlyMap<string, CommentMeta> }): Static<typeof TopicArticle> {
  const article = o.anchor === null ? null : o.structure?.articles.find((x) => x.anchor === o.anchor);
  const label = o.anchor === null ? 'Góp ý chung' : article ? (article.title ? `${article.label}. ${article.title}` : article.label) : o.anchor;
  return {
    anchor: o.anchor ?? 'general',
    label,
    comments: o.counts.comments,
    arguments: o.counts.arguments,
    analysed: o.analysed,
    phrases: a.phrases.map((p) => ({ text: p.text, count: p.count })),
    groups: a.groups.slice(0, MAX_GROUPS).map((g) => ({
      label: g.label.map((p) => p.text),
      size: g.members.length,
      signers: g.members.reduce((sum, id) => sum + o.meta.get(id)!.signers, 0),
      representative: presentComment(g.members[0]!, o.meta),
      members: g.members.slice(0, MAX_MEMBERS).map((id) => presentComment(id, o.meta)),
      more: Math.max(0, g.members.length - MAX_MEMBERS),
    })),
    moreGroups: Math.max(0, a.groups.length - MAX_GROUPS),
    alone: a.alone,
  };
}
