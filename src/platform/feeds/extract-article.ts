/**
 * Readability-style article extraction: the page's metadata (title, date, author, language, site) and the
 * paragraphs of its main text, without navigation, comments, share bars or related-article lists.
 *
 * Known containers of Vietnamese news sites are tried first (they are exact when present); otherwise the element
 * holding the most paragraph text with the fewest links wins, as in Arc90's readability.
 */
import { parseFeedDate } from './feed-date';
import { parseMarkup, rawText, walk, type MarkupElement } from './markup';
import { BLOCKS, SKIPPED, collapseSpace } from './plain-text';
import type { Article } from './types';

const MIN_TEXT = 140;

// Containers of the article body on Vietnamese news sites and portals (class or id, matched as whole tokens).
const KNOWN_BODY = [
  'fck_detail', // VnExpress
  'detail-content', 'detail__content', 'detail-cmain', // Tuổi Trẻ, Thanh Niên, Báo Chính phủ
  'singular-content', 'dt-news__content', 'e-magazine__body', // Dân trí
  'maincontent', 'content-detail', 'article-content', 'article__body', 'article-body', 'news-content',
  'post-content', 'entry-content', 'noidung', 'chitiet', 'noi-dung', 'content-news', 'newsdetail', 'news-detail',
  'articlecontent', 'journal-content-article', 'divcontent', 'ndbv', 'news_content',
];
const UNLIKELY = /(?:^|[-_\s])(?:comments?|binh-?luan|share|sharing|social|related|lien-?quan|tin-?khac|sidebar|banner|advert|ads?|quang-?cao|breadcrumbs?|footer|menu|nav|navbar|popup|modal|subscribe|newsletter|tags?|widget|print|rating|login|cookie|author-box|box-?tin|most-?read|xem-?nhieu|recommend|toolbar|pagination)(?:$|[-_\s])/i;
// Never content, whatever else the class says ("comment-content" is a comment).
const ALWAYS_OUT = /(?:^|[-_\s])(?:comments?|binh-?luan|share|sharing|social|related|lien-?quan|tin-?khac|advert|quang-?cao|popup|newsletter)(?:$|[-_\s])/i;
const LIKELY = /(?:^|[-_\s])(?:article|body|content|entry|main|post|text|detail|story|noidung|chitiet|fck_detail)(?:$|[-_\s])/i;
const DROP_TAGS = new Set([...SKIPPED, 'nav', 'aside', 'form', 'footer', 'header', 'menu', 'figure', 'input']);

/** Extracts the article of an HTML page, or null when the page holds nothing article-like. */
export function extractArticle(html: string, url: string): Article | null {
  try {
    return extractUnsafe(html, url);
  } catch {
    return null;
  }
}

function extractUnsafe(html: string, url: string): Article | null {
  const doc = parseMarkup(html, 'html');
  const meta = readMeta(doc);
  const body = findKnownBody(doc) ?? bestCandidate(doc);
  if (body === null) return null;
  const paragraphs = paragraphsOf(body);
  const h1 = firstText(body.parent ?? doc, 'h1') ?? firstText(doc, 'h1');
  const title = meta.title ?? h1 ?? meta.docTitle ?? '';
  while (paragraphs.length > 0 && sameWords(paragraphs[0]!, title)) paragraphs.shift();
  const text = paragraphs.join('\n\n');
  if (text.length < MIN_TEXT) return null;
  return {
    title,
    text,
    publishedAt: meta.publishedAt ?? timeIn(body) ?? timeIn(doc),
    author: meta.author,
    lang: meta.lang,
    siteName: meta.siteName ?? siteFromUrl(url),
  };
}

interface Meta {
  title: string | null;
  docTitle: string | null;
  publishedAt: string | null;
  author: string | null;
  lang: string | null;
  siteName: string | null;
}

function readMeta(doc: MarkupElement): Meta {
  const m: Meta = { title: null, docTitle: null, publishedAt: null, author: null, lang: null, siteName: null };
  const ld: string[] = [];
  walk(doc, (el) => {
    if (el.name === 'html' && el.attrs.lang) m.lang = el.attrs.lang.trim().toLowerCase().split(/[-_]/)[0] || null;
    else if (el.name === 'title' && m.docTitle === null) m.docTitle = collapseSpace(rawText(el)) || null;
    else if (el.name === 'meta') {
      const key = (el.attrs.property ?? el.attrs.name ?? el.attrs.itemprop ?? '').toLowerCase();
      const content = collapseSpace(el.attrs.content ?? '');
      if (content === '') return;
      if ((key === 'og:title' || key === 'twitter:title') && m.title === null) m.title = content;
      else if (['article:published_time', 'datepublished', 'pubdate', 'publishdate', 'dc.date.issued', 'og:published_time'].includes(key))
        m.publishedAt ??= parseFeedDate(content);
      else if ((key === 'author' || key === 'article:author' || key === 'dc.creator') && !/^https?:/.test(content)) m.author ??= content;
      else if (key === 'og:site_name') m.siteName ??= content;
    } else if (el.name === 'script' && /ld\+json/i.test(el.attrs.type ?? '')) ld.push(rawText(el));
  });
  for (const block of ld) readJsonLd(block, m);
  return m;
}

function readJsonLd(text: string, m: Meta): void {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return;
  }
  const queue: unknown[] = [data];
  for (let i = 0; i < queue.length && i < 50; i++) {
    const node = queue[i];
    if (Array.isArray(node)) {
      queue.push(...node);
      continue;
    }
    if (typeof node !== 'object' || node === null) continue;
    const o = node as Record<string, unknown>;
    if (Array.isArray(o['@graph'])) queue.push(...o['@graph']);
    if (typeof o.datePublished === 'string') m.publishedAt ??= parseFeedDate(o.datePublished);
    if (typeof o.headline === 'string') m.title ??= collapseSpace(o.headline) || null;
    const author = Array.isArray(o.author) ? o.author[0] : o.author;
    const name = typeof author === 'string' ? author : typeof author === 'object' && author !== null ? (author as Record<string, unknown>).name : null;
    if (typeof name === 'string' && o.datePublished !== undefined) m.author ??= collapseSpace(name) || null;
    const publisher = o.publisher as Record<string, unknown> | undefined;
    if (typeof publisher?.name === 'string') m.siteName ??= collapseSpace(publisher.name) || null;
  }
}

function tokensOf(el: MarkupElement): string {
  return `${el.attrs.class ?? ''} ${el.attrs.id ?? ''}`.toLowerCase();
}

function isDropped(el: MarkupElement): boolean {
  if (DROP_TAGS.has(el.name)) return true;
  if (el.attrs.hidden !== undefined || el.attrs['aria-hidden'] === 'true') return true;
  const role = el.attrs.role;
  if (role === 'navigation' || role === 'complementary' || role === 'banner' || role === 'contentinfo') return true;
  const tokens = tokensOf(el);
  if (tokens.length <= 1 || el.name === 'body' || el.name === 'article') return false;
  return ALWAYS_OUT.test(tokens) || (UNLIKELY.test(tokens) && !LIKELY.test(tokens));
}

function findKnownBody(doc: MarkupElement): MarkupElement | null {
  let found: MarkupElement | null = null;
  walk(doc, (el) => {
    if (found !== null) return false;
    if (el.attrs.itemprop === 'articleBody') found = el;
    else {
      const words = tokensOf(el).split(/\s+/);
      if (KNOWN_BODY.some((k) => words.includes(k))) found = el;
    }
    return found === null;
  });
  if (found !== null && textLength(found) >= MIN_TEXT) return found;
  return null;
}

function textLength(el: MarkupElement): number {
  return collapseSpace(rawText(el)).length;
}

/** Scores paragraph parents by text, commas and link density; returns the best, or <article>/<main> when fair. */
function bestCandidate(doc: MarkupElement): MarkupElement | null {
  const scores = new Map<MarkupElement, number>();
  const add = (el: MarkupElement | null, s: number): void => {
    if (el === null || el.name === '#root') return;
    if (!scores.has(el)) scores.set(el, classWeight(el));
    scores.set(el, scores.get(el)! + s);
  };
  walk(doc, (el) => {
    if (isDropped(el)) return false;
    if (el.name !== 'p' && el.name !== 'pre' && el.name !== 'td' && !(el.name === 'div' && hasDirectText(el))) return;
    const text = collapseSpace(inlineText(el));
    if (text.length < 25) return;
    const s = 1 + (text.match(/[,，]/g)?.length ?? 0) + Math.min(Math.floor(text.length / 100), 3);
    add(el.parent, s);
    add(el.parent?.parent ?? null, s / 2);
  });
  let best: MarkupElement | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    const adjusted = score * (1 - linkDensity(el));
    if (adjusted > bestScore) {
      best = el;
      bestScore = adjusted;
    }
  }
  if (best === null) {
    walk(doc, (el) => {
      if (best === null && (el.name === 'article' || el.name === 'main')) best = el;
      return best === null;
    });
  }
  return best;
}

function classWeight(el: MarkupElement): number {
  const t = tokensOf(el);
  let w = el.name === 'article' ? 10 : 0;
  if (LIKELY.test(t)) w += 25;
  if (UNLIKELY.test(t)) w -= 25;
  return w;
}

function hasDirectText(el: MarkupElement): boolean {
  return el.children.some((c) => typeof c === 'string' && c.trim().length > 20);
}

function inlineText(el: MarkupElement): string {
  let out = '';
  for (const c of el.children) {
    if (typeof c === 'string') out += c;
    else if (!SKIPPED.has(c.name)) out += c.name === 'br' ? '\n' : inlineText(c);
  }
  return out;
}

function linkDensity(el: MarkupElement): number {
  let linkChars = 0;
  walk(el, (e) => {
    if (e.name === 'a') {
      linkChars += collapseSpace(rawText(e)).length;
      return false;
    }
  });
  const total = textLength(el);
  return total === 0 ? 1 : Math.min(1, linkChars / total);
}

/** The paragraphs of the chosen container: block-level text, without dropped parts and link-heavy lines. */
function paragraphsOf(body: MarkupElement): string[] {
  const out: string[] = [];
  let current = '';
  let currentLinks = 0;
  const flush = (): void => {
    const text = collapseSpace(current);
    if (text.length > 0 && !(currentLinks > text.length * 0.6 && text.length < 200)) out.push(text);
    current = '';
    currentLinks = 0;
  };
  const visit = (el: MarkupElement, inLink: boolean): void => {
    for (const c of el.children) {
      if (typeof c === 'string') {
        current += c;
        if (inLink) currentLinks += c.trim().length;
        continue;
      }
      if (c.name === 'br') {
        if (/\n\s*$/.test(current)) flush();
        else current += '\n';
        continue;
      }
      if (isDropped(c)) continue;
      const block = BLOCKS.has(c.name);
      if (block) flush();
      visit(c, inLink || c.name === 'a');
      if (block) flush();
    }
  };
  visit(body, false);
  flush();
  return out.filter((p) => p.length > 1);
}

function firstText(root: MarkupElement, name: string): string | null {
  let text: string | null = null;
  walk(root, (el) => {
    if (text !== null) return false;
    if (el.name === name) text = collapseSpace(rawText(el)) || null;
  });
  return text;
}

function timeIn(root: MarkupElement): string | null {
  let date: string | null = null;
  walk(root, (el) => {
    if (date !== null) return false;
    if (el.name === 'time' && el.attrs.datetime) date = parseFeedDate(el.attrs.datetime);
  });
  return date;
}

function sameWords(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function siteFromUrl(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}
