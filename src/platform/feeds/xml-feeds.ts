/**
 * Readers for the XML feed formats over the tolerant markup tree: RSS 0.9x/2.0 and 1.0 (RDF), Atom 1.0 and
 * sitemaps (urlset with Google News and image tags, sitemapindex).
 */
import { parseFeedDate } from './feed-date';
import { childNamed, childrenNamed, parseMarkup, rawText, serializeChildren, walk, type MarkupElement } from './markup';
import { collapseSpace, htmlToText } from './plain-text';
import type { FeedItem, ParsedFeed } from './types';

/** Items beyond this are dropped: no real feed has more, and the pipeline must stay bounded. */
export const MAX_ITEMS = 5000;
const MAX_SUMMARY = 4000;

/** Resolves a possibly relative URL against a base; null when it cannot be made absolute. */
export function resolveUrl(href: string | null | undefined, base: string): string | null {
  if (href === null || href === undefined) return null;
  const h = href.trim();
  if (h.length === 0 || h.length > 4000) return null;
  try {
    return new URL(h, base).href;
  } catch {
    try {
      return new URL(h).href;
    } catch {
      return null;
    }
  }
}

function textOf(el: MarkupElement | null): string | null {
  if (el === null) return null;
  const t = collapseSpace(rawText(el));
  return t.length === 0 ? null : t;
}

/** Element text that may itself be HTML (escaped or in CDATA), as plain text. */
function plainOf(el: MarkupElement | null): string | null {
  const raw = el === null ? null : rawText(el);
  if (raw === null) return null;
  const t = htmlToText(raw);
  return t.length === 0 ? null : t;
}

function shorten(s: string): string {
  return s.length <= MAX_SUMMARY ? s : `${s.slice(0, MAX_SUMMARY - 1)}…`;
}

function firstImageIn(html: string | null, base: string): string | null {
  if (html === null || !/<img/i.test(html)) return null;
  let src: string | null = null;
  walk(parseMarkup(html, 'html'), (el) => {
    if (src !== null) return false;
    if (el.name === 'img') src = el.attrs.src ?? el.attrs['data-src'] ?? null;
  });
  return resolveUrl(src, base);
}

/** RSS 2.0 items are children of <channel>; RSS 0.9x/1.0 put them next to it. */
export function readRss(root: MarkupElement, kind: 'rss' | 'rdf', base: string): ParsedFeed {
  const channel = childNamed(root, 'channel') ?? (root.name === 'channel' ? root : null);
  const siteUrl = resolveUrl(textOf(channel && childNamed(channel, 'link')), base);
  const itemBase = siteUrl ?? base;
  const itemEls = [...(channel && channel !== root ? childrenNamed(channel, 'item') : []), ...childrenNamed(root, 'item')];
  const items: FeedItem[] = [];
  for (const el of itemEls.slice(0, MAX_ITEMS)) {
    const guidEl = childNamed(el, 'guid');
    const guid = textOf(guidEl) ?? el.attrs['rdf:about'] ?? null;
    const permalink = guidEl !== null && guidEl.attrs.ispermalink?.toLowerCase() !== 'false' && /^https?:/i.test(guid ?? '');
    const url = resolveUrl(textOf(childNamed(el, 'feedburner:origlink', 'link')) ?? (permalink ? guid : null), itemBase);
    const encoded = childNamed(el, 'content:encoded');
    const contentHtml = encoded === null ? null : rawText(encoded).trim() || null;
    const description = childNamed(el, 'description', 'summary');
    const descriptionRaw = description === null ? null : rawText(description);
    const summary = plainOf(description) ?? (contentHtml === null ? '' : htmlToText(contentHtml));
    items.push({
      guid,
      url,
      title: plainOf(childNamed(el, 'title')) ?? '',
      summary: shorten(summary),
      contentHtml,
      publishedAt: parseFeedDate(textOf(childNamed(el, 'pubdate', 'dc:date', 'published', 'updated', 'a10:updated'))),
      author: textOf(childNamed(el, 'dc:creator', 'author', 'itunes:author')),
      imageUrl: rssImage(el, itemBase) ?? firstImageIn(descriptionRaw, itemBase) ?? firstImageIn(contentHtml, itemBase),
    });
  }
  return { kind, title: plainOf(channel && childNamed(channel, 'title')), siteUrl, items, childSitemaps: [] };
}

function rssImage(item: MarkupElement, base: string): string | null {
  for (const c of item.children) {
    if (typeof c === 'string') continue;
    const type = (c.attrs.type ?? '').toLowerCase();
    if (c.name === 'enclosure' && type.startsWith('image/')) return resolveUrl(c.attrs.url, base);
    if (c.name === 'media:content' && (c.attrs.medium === 'image' || type.startsWith('image/'))) return resolveUrl(c.attrs.url, base);
    if (c.name === 'media:thumbnail') return resolveUrl(c.attrs.url, base);
    if (c.name === 'image' && c.children.length > 0) return resolveUrl(textOf(childNamed(c, 'url')) ?? textOf(c), base);
  }
  return null;
}

function atomLink(el: MarkupElement, base: string, rel: string): string | null {
  for (const link of childrenNamed(el, 'link')) {
    const r = link.attrs.rel ?? 'alternate';
    if (r === rel) return resolveUrl(link.attrs.href, el.attrs['xml:base'] ? resolveUrl(el.attrs['xml:base'], base) ?? base : base);
  }
  return null;
}

/** Atom text constructs: type="html" is escaped HTML, "xhtml" is inline markup, "text" is plain. */
function atomText(el: MarkupElement | null): string | null {
  return plainOf(el);
}

export function readAtom(root: MarkupElement, base: string): ParsedFeed {
  const feedBase = root.attrs['xml:base'] ? (resolveUrl(root.attrs['xml:base'], base) ?? base) : base;
  const siteUrl = atomLink(root, feedBase, 'alternate');
  const items: FeedItem[] = [];
  for (const el of childrenNamed(root, 'entry').slice(0, MAX_ITEMS)) {
    const contentEl = childNamed(el, 'content');
    const type = (contentEl?.attrs.type ?? 'text').toLowerCase();
    let contentHtml: string | null = null;
    if (contentEl !== null && !contentEl.attrs.src) {
      // xhtml content is inline markup wrapped in one <div>; html content is escaped markup, read as text.
      const wrapper = type === 'xhtml' ? (childNamed(contentEl, 'div') ?? contentEl) : null;
      if (wrapper !== null) contentHtml = serializeChildren(wrapper).trim() || null;
      else if (type === 'html' || type === 'text/html') contentHtml = rawText(contentEl).trim() || null;
    }
    const summary = atomText(childNamed(el, 'summary')) ?? (contentEl === null ? '' : (plainOf(contentEl) ?? ''));
    const authorEl = childNamed(el, 'author');
    const enclosure = childrenNamed(el, 'link').find((l) => l.attrs.rel === 'enclosure' && (l.attrs.type ?? '').startsWith('image/'));
    items.push({
      guid: textOf(childNamed(el, 'id')),
      url: atomLink(el, feedBase, 'alternate'),
      title: atomText(childNamed(el, 'title')) ?? '',
      summary: shorten(summary),
      contentHtml,
      publishedAt: parseFeedDate(textOf(childNamed(el, 'published', 'updated', 'issued', 'modified'))),
      author: authorEl === null ? null : (textOf(childNamed(authorEl, 'name')) ?? textOf(authorEl)),
      imageUrl:
        resolveUrl(enclosure?.attrs.href, feedBase) ?? rssImage(el, feedBase) ?? firstImageIn(contentHtml, feedBase),
    });
  }
  return { kind: 'atom', title: atomText(childNamed(root, 'title')), siteUrl, items, childSitemaps: [] };
}

export function readSitemap(root: MarkupElement, base: string): ParsedFeed {
  const childSitemaps: string[] = [];
  const items: FeedItem[] = [];
  if (root.name.endsWith('sitemapindex')) {
    for (const s of childrenNamed(root, 'sitemap').slice(0, MAX_ITEMS)) {
      const loc = resolveUrl(textOf(childNamed(s, 'loc')), base);
      if (loc !== null) childSitemaps.push(loc);
    }
    return { kind: 'sitemap', title: null, siteUrl: null, items, childSitemaps };
  }
  for (const u of childrenNamed(root, 'url').slice(0, MAX_ITEMS)) {
    const loc = resolveUrl(textOf(childNamed(u, 'loc')), base);
    if (loc === null) continue;
    const news = childNamed(u, 'news:news');
    const image = childNamed(u, 'image:image');
    items.push({
      guid: null,
      url: loc,
      title: plainOf(news && childNamed(news, 'news:title')) ?? '',
      summary: plainOf(news && childNamed(news, 'news:keywords')) ?? '',
      contentHtml: null,
      publishedAt: parseFeedDate(textOf(news && childNamed(news, 'news:publication_date')) ?? textOf(childNamed(u, 'lastmod'))),
      author: null,
      imageUrl: resolveUrl(textOf(image && childNamed(image, 'image:loc')), base),
    });
  }
  return { kind: 'sitemap', title: null, siteUrl: null, items, childSitemaps };
}
