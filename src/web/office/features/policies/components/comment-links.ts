import type { Comment } from '../../consultation/api-types';
import type { DiffItem, LinkedComment, VersionLinks } from '../api-types';

/** Longest excerpt of a comment shown in a checkbox label. */
export const LINK_EXCERPT_LENGTH = 80;

/** Tells whether comments may be linked to an article's change: amended, added or renumbered articles. */
export function isLinkable(item: DiffItem): boolean {
  const kind = item.change;
  return kind === 'modified' || kind === 'added' || kind === 'renumbered';
}

/**
 * The comments linked to an article's change. A removed article is not in
 * the `to` version: comments the server matched by its anchor belong to the article now bearing it, so none is kept.
 */
export function linkedOf(item: DiffItem): LinkedComment[] {
  return item.change === 'removed' ? [] : item.comments;
}

/** Puts a text on one line and cuts it to `max` characters, ending with "…" when cut. */
export function excerptOf(text: string, max = LINK_EXCERPT_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max).trimEnd()}…`;
}

/** The published comments of the rounds as link choices (public text first, duplicates dropped). */
export function toLinkChoices(comments: readonly Comment[]): LinkedComment[] {
  const seen = new Set<string>();
  const out: LinkedComment[] = [];
  for (const c of comments) {
    if (seen.has(c.id)) continue;
    seen.add(c.id);
    out.push({ id: c.id, receiptCode: c.receiptCode, excerpt: c.publicBody ?? c.body });
  }
  return out;
}

/** The choices of one article: every loaded comment, then the linked ones the list lacks (withheld since, say). */
export function choicesFor(all: readonly LinkedComment[], linked: readonly LinkedComment[]): LinkedComment[] {
  const known = new Set(all.map((c) => c.id));
  return [...all, ...linked.filter((c) => !known.has(c.id))];
}

/**
 * The links of the `to` version as the diff reports them, per article anchor. Removed articles are left out: they
 * are not in that version (the server would refuse their anchor).
 */
export function initialLinks(items: readonly DiffItem[]): VersionLinks {
  const out: VersionLinks = {};
  for (const item of items) {
    if (item.change !== 'removed') out[item.anchor] = linkedOf(item).map((c) => c.id);
  }
  return out;
}

/** Checks or unchecks one comment of an article, returning new links. */
export function toggleLink(links: VersionLinks, anchor: string, commentId: string, on: boolean): VersionLinks {
  const rest = (links[anchor] ?? []).filter((id) => id !== commentId);
  return { ...links, [anchor]: on ? [...rest, commentId] : rest };
}

/** The body of the PUT: every article that keeps at least one link (the PUT replaces all links of the version). */
export function linksPayload(links: VersionLinks): VersionLinks {
  return Object.fromEntries(Object.entries(links).filter(([, ids]) => ids.length > 0));
}
