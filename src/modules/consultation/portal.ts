import type { Executor } from '../../platform/db';
import { addDays, fold, todayVn } from '../../platform/text';
import { TtlCache } from '../../platform/ttl-cache';
import { getDirectory } from '../organisations';
import { DOC_TYPE_LABELS, findDraft, findDraftBySlug, findKit, findVersion, presentArticle, type ArticleView, type DocType, type DraftDocument } from '../policies';
import { presentPublicComment, roundStatus, type PublicComment } from './present';
import { normaliseReceiptCode } from './receipt-code';
import { findCommentByReceipt, findRound, answersOf, publicRounds, publishedCommentsOfRounds, roundsOfDraft, withheldCountsByReason, type RoundRow } from './repo';

/** One consultation in the portal's list: explicit public fields only. */
export interface PublicConsultation {
  slug: string;
  title: string;
  /** The document type's code (the portal labels it in the page's language) and its Vietnamese label. */
  docType: string;
  docTypeLabel: string;
  draftingUnitName: string;
  opensOn: string;
  closesOn: string;
  status: 'scheduled' | 'open' | 'closed';
  /** Days left to comment, today included (open consultations only). */
  daysLeft: number | null;
  hasSynthesis: boolean;
  synthesisPublishedOn: string | null;
  synthesisFileUrl: string | null;
}

/** Consultations that have opened, open ones first; `q` matches the title ignoring accents and tone placement. */
/** Folded words (no accents, tones or case), punctuation dropped: "chợ tạm, chợ cóc" → cho tam cho coc. */
const searchWords = (s: string): string[] => fold(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

export async function listPublicConsultations(db: Executor, q?: string): Promise<PublicConsultation[]> {
  const today = todayVn();
  const [rounds, dir] = await Promise.all([publicRounds(db, today), getDirectory(db)]);
  // each word of the query, accents and tones ignored, anywhere in the title, summary, drafting agency or kind
  const words = q ? searchWords(q) : [];
  const out: PublicConsultation[] = [];
  const seen = new Set<string>();
  for (const r of rounds) {
    if (seen.has(r.draftId)) continue;
    const draft = await findDraft(db, r.draftId);
    if (!draft || draft.classification !== 'public') continue;
    if (words.length) {
      const haystack = searchWords([draft.title, draft.summary, dir.unit(draft.draftingUnitId)?.name ?? '', DOC_TYPE_LABELS[draft.docType as DocType] ?? ''].join(' ')).join(' ');
      if (!words.every((w) => haystack.includes(w))) continue;
    }
    seen.add(r.draftId);
    const view = presentPublicRound(r, today);
    out.push({
      slug: draft.slug, title: draft.title, docType: draft.docType, docTypeLabel: DOC_TYPE_LABELS[draft.docType as DocType] ?? draft.docType, draftingUnitName: dir.unit(draft.draftingUnitId)?.name ?? '',
      opensOn: r.opensOn, closesOn: r.closesOn, status: view.status, daysLeft: view.daysLeft, hasSynthesis: r.synthesisPublishedAt !== null, synthesisPublishedOn: view.synthesisPublishedOn, synthesisFileUrl: view.synthesisFileUrl,
    });
  }
  return out.sort((a, b) => Number(b.status === 'open') - Number(a.status === 'open') || b.opensOn.localeCompare(a.opensOn));
}

const vnDate = (at: string) => todayVn(new Date(at));

/** The day comments stopped: closed early, or the synthesis published before the end date, or the end date. */
function closedOn(r: RoundRow): string {
  if (r.closedEarlyAt) return vnDate(r.closedEarlyAt);
  const published = r.synthesisPublishedAt ? vnDate(r.synthesisPublishedAt) : null;
  return published && published < r.closesOn ? published : r.closesOn;
}

/** A round as the portal shows it: its dates, whether it is open, how it ended and what comes next. */
export interface PublicRound {
  id: string;
  opensOn: string;
  closesOn: string;
  status: 'scheduled' | 'open' | 'closed';
  /** Days left to comment, today included (open rounds only). */
  daysLeft: number | null;
  /** The day comments stopped being taken: the end date, or the day it was closed early. */
  closedOn: string | null;
  isClosedEarly: boolean;
  /** The public reason the officers gave for closing early, as written. */
  closeReason: string | null;
  /** The extension of the end date, if any: the end date first announced and the public reason, as written. */
  extension: { originalClosesOn: string | null; reason: string | null } | null;
  /** The opening day of a later round of the same draft, already scheduled. */
  nextOpensOn: string | null;
  targetGroups: string[];
  minDays: number;
  synthesisFileUrl: string | null;
  synthesisPublishedOn: string | null;
}

/** Days from `from` to `to` (ISO dates), `to` included. */
const daysThrough = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1;

/** The date in Vietnam of a stored instant. */

/** The portal's view of a round of a draft (`later`: the draft's rounds that open after today). */
export function presentPublicRound(r: RoundRow, today: string, later: RoundRow[] = []): PublicRound {
  const status = roundStatus(r, today);
  return {
    id: r.id,
    opensOn: r.opensOn,
    closesOn: r.closesOn,
    status,
    daysLeft: status === 'open' ? daysThrough(today, r.closesOn) : null,
    closedOn: status === 'closed' ? closedOn(r) : null,
    isClosedEarly: r.closedEarlyAt !== null,
    closeReason: r.closedEarlyAt ? r.closeReason : null,
    extension: r.extendedAt || r.extensionReason ? { originalClosesOn: r.originalClosesOn, reason: r.extensionReason } : null,
    nextOpensOn: later.find((x) => x.opensOn > today)?.opensOn ?? null,
    targetGroups: r.targetGroups,
    minDays: r.minDays,
    synthesisFileUrl: r.synthesisPublishedAt ? `/gop-y/bao-cao-tong-hop/${r.id}.docx` : null,
    synthesisPublishedOn: r.synthesisPublishedAt ? vnDate(r.synthesisPublishedAt) : null,
  };
}

/** How long a published synthesis report stays among the news of the portal's home page. */
const RECENT_SYNTHESIS_DAYS = 90;

/**
 * What the portal's home page leads with: the consultations open now, closing soonest first, and the synthesis
 * reports published lately, newest first.
 */
export async function portalHighlights(db: Executor, limit = 6): Promise<{ open: PublicConsultation[]; syntheses: PublicConsultation[]; openCount: number }> {
  const all = await listPublicConsultations(db);
  const open = all.filter((c) => c.status === 'open').sort((a, b) => a.closesOn.localeCompare(b.closesOn) || a.title.localeCompare(b.title));
  const since = addDays(todayVn(), -RECENT_SYNTHESIS_DAYS);
  const syntheses = all.filter((c) => c.synthesisPublishedOn !== null && c.synthesisPublishedOn >= since).sort((a, b) => b.synthesisPublishedOn!.localeCompare(a.synthesisPublishedOn!));
  return { open: open.slice(0, limit), syntheses: syntheses.slice(0, limit), openCount: open.length };
}

export interface PublicDraftPage {
  slug: string;
  title: string;
  docType: string;
  docTypeLabel: string;
  draftingUnitName: string;
  summary: string;
  round: PublicRound | null;
  preamble: string;
  articles: ArticleView[];
  kit: { mainContent: string; impacts: string; reasons: string; openQuestions: string[]; howToComment: string; englishSummary: string; qa: { question: string; answer: string }[] } | null;
  comments: PublicComment[];
  withheld: { reason: string; n: number }[];
}

function latestRound(rounds: RoundRow[]): RoundRow | null {
  return rounds.length ? rounds[rounds.length - 1]! : null;
}

/** Everything the public draft page shows, or null when the draft is not public. */
export async function publicDraftPage(db: Executor, slug: string): Promise<PublicDraftPage | null> {
  const draft = await findDraftBySlug(db, slug);
  if (!draft || draft.classification !== 'public') return null;
  const today = todayVn();
  const all = await roundsOfDraft(db, draft.id);
  const rounds = all.filter((r) => r.opensOn <= today);
  const round = latestRound(rounds);
  if (!round) return null;
  const [version, kit, dir, comments, withheld] = await Promise.all([
    findVersion(db, round.versionId),
    findKit(db, draft.id),
    getDirectory(db),
    publishedCommentsOfRounds(db, [round.id]),
    withheldCountsByReason(db, round.id),
  ]);
  const structure = version!.structure as DraftDocument;
  return {
    slug: draft.slug,
    title: draft.title,
    docType: draft.docType,
    docTypeLabel: DOC_TYPE_LABELS[draft.docType as DocType] ?? draft.docType,
    draftingUnitName: dir.unit(draft.draftingUnitId)?.name ?? '',
    summary: draft.summary,
    round: presentPublicRound(round, today, all),
    preamble: structure.preamble,
    articles: structure.articles.map(presentArticle),
    kit: kit?.isPublished ? { mainContent: kit.mainContent, impacts: kit.impacts, reasons: kit.reasons, openQuestions: kit.openQuestions, howToComment: kit.howToComment, englishSummary: kit.englishSummary, qa: kit.qa } : null,
    comments: comments.map(presentPublicComment),
    withheld,
  };
}

const slugRounds = new WeakMap<Executor, TtlCache<string, string | null>>();

/** The round comments go to for a draft's public page (the latest one that has opened), cached for two seconds. */
export async function currentRoundOfSlug(db: Executor, slug: string): Promise<string | null> {
  let cache = slugRounds.get(db);
  if (!cache) {
    cache = new TtlCache(2000, async (s: string) => {
      const draft = await findDraftBySlug(db, s);
      const rounds = draft && draft.classification === 'public' ? (await roundsOfDraft(db, draft.id)).filter((r) => r.opensOn <= todayVn()) : [];
      return latestRound(rounds)?.id ?? null;
    });
    slugRounds.set(db, cache);
  }
  return cache.get(slug);
}

/** What a commenter sees by receipt code: the state, and once published the public text and the answer. */
export async function followComment(db: Executor, code: string) {
  const c = await findCommentByReceipt(db, normaliseReceiptCode(code));
  if (!c) return null;
  const round = await findRound(db, c.roundId);
  const draft = round ? await findDraft(db, round.draftId) : null;
  const version = round ? await findVersion(db, round.versionId) : null;
  const article = (version?.structure as DraftDocument | undefined)?.articles.find((a) => a.anchor === c.articleAnchor);
  const [answer] = await answersOf(db, [c.id]);
  const isClosed = Boolean(round?.synthesisPublishedAt);
  return {
    receiptCode: c.receiptCode,
    draftTitle: draft?.title ?? '',
    draftSlug: draft?.slug ?? '',
    articleLabel: article ? `${article.label}${article.title ? `. ${article.title}` : ''}` : 'Góp ý chung',
    stance: c.stance,
    state: c.state,
    /** Whether the comment waits for its commenter's confirmation, and how it can be given (never the address). */
    awaitsConfirmationBy: c.state === 'pending_verification' && !isClosed ? (c.email ? ('email' as const) : ('officer' as const)) : null,
    /** The synthesis report was published before the comment was confirmed: it was left out, and no answer will come. */
    isLeftOut: isClosed && c.state === 'pending_verification',
    canResendLink: c.state === 'pending_verification' && c.email !== null && !isClosed,
    withheldReason: c.withheldReason,
    submittedAt: new Date(c.createdAt).toISOString(),
    publicText: c.state === 'published' ? c.publicBody : null,
    answer: answer?.state === 'published' ? { disposition: answer.disposition, explanation: answer.explanation, publishedAt: answer.publishedAt ? new Date(answer.publishedAt).toISOString() : null } : null,
  };
}
export type FollowView = NonNullable<Awaited<ReturnType<typeof followComment>>>;

/** Published comments and answers of every round, for the open data (JSON, CSV): no personal data. */
export async function openDataComments(db: Executor) {
  const today = todayVn();
  const rounds = await publicRounds(db, today);
  const comments = await publishedCommentsOfRounds(db, rounds.map((r) => r.id), 100_000);
  const drafts = new Map<string, { slug: string; title: string }>();
  // each round's articles by anchor, for the article's name ("Điều 3. Mức hỗ trợ") beside its anchor
  const articles = new Map<string, Map<string, string>>();
  for (const r of rounds) {
    const d = await findDraft(db, r.draftId);
    if (!d || d.classification !== 'public') continue;
    drafts.set(r.id, { slug: d.slug, title: d.title });
    const structure = (await findVersion(db, r.versionId))?.structure as DraftDocument | undefined;
    articles.set(r.id, new Map((structure?.articles ?? []).map((a) => [a.anchor, `${a.label}${a.title ? `. ${a.title}` : ''}`])));
  }
  return comments
    .filter((c) => drafts.has(c.roundId))
    .map((c) => ({
      draft: drafts.get(c.roundId)!,
      ...presentPublicComment(c),
      articleLabel: c.articleAnchor ? (articles.get(c.roundId)?.get(c.articleAnchor) ?? c.articleAnchor) : 'Góp ý chung',
    }));
}
