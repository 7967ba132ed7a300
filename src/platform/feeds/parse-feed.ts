/**
 * Recognising and reading a feed: RSS 0.9x/2.0, RSS 1.0 (RDF), Atom 1.0, JSON Feed 1.x, sitemaps (with Google
 * News tags) — or an HTML page where a feed was expected, with the feed links it advertises.
 */
import { readJsonFeed } from './json-feed';
import { localName, parseMarkup, rawText, walk, type MarkupElement } from './markup';
import { readAtom, readRss, readSitemap, resolveUrl } from './xml-feeds';
import { collapseSpace } from './plain-text';
import type { ParsedFeed } from './types';

const FEED_TYPES = /^application\/(?:rss\+xml|atom\+xml|rdf\+xml|feed\+json|json)$|^text\/xml$/i;
const FEEDLIKE_HREF = /(?:\.rss|\.xml|\/rss(?:\/|\.|$)|\/feeds?(?:\/|\.|$)|[?&](?:format|type)=(?:rss|atom))/i;

/** Reads a fetched body as a feed. Never throws: unreadable input gives `{ kind: 'invalid', reason }`. */
export function parseFeed(text: string, baseUrl: string): ParsedFeed {
  try {
    return parseUnsafe(text, baseUrl);
  } catch {
    // The readers are written not to throw; this is the last guard for an input nobody foresaw.
    return { kind: 'invalid', reason: 'Không đọc được nội dung nguồn tin (dữ liệu hỏng).' };
  }
}

function parseUnsafe(input: string, baseUrl: string): ParsedFeed {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const head = text.trimStart();
  if (head.length === 0) return { kind: 'invalid', reason: 'Nguồn tin trả về nội dung rỗng.' };
  if (head.startsWith('{') || head.startsWith('[')) return readJsonFeed(head, baseUrl);

  const rootName = firstElementName(head);
  if (rootName === null) return { kind: 'invalid', reason: 'Nội dung không phải RSS, Atom, JSON Feed hay sitemap.' };
  const local = localName(rootName);
  if (local === 'html' || rootName === 'head' || rootName === 'body' || /^<!doctype\s+html/i.test(head)) {
    return readHtmlPage(text, baseUrl);
  }
  if (!['rss', 'rdf', 'feed', 'urlset', 'sitemapindex', 'channel'].includes(local)) {
    return { kind: 'invalid', reason: `Nội dung là XML nhưng không phải nguồn tin (phần tử gốc <${rootName.slice(0, 40)}>).` };
  }
  const doc = parseMarkup(text, 'xml');
  const root = doc.children.find((c): c is MarkupElement => typeof c !== 'string' && localName(c.name) === local);
  if (root === undefined) return { kind: 'invalid', reason: 'Không tìm thấy phần tử gốc của nguồn tin.' };

  let feed: ParsedFeed;
  if (local === 'feed') feed = readAtom(root, baseUrl);
  else if (local === 'urlset' || local === 'sitemapindex') feed = readSitemap(root, baseUrl);
  else feed = readRss(root, local === 'rdf' ? 'rdf' : 'rss', baseUrl);

  if (feed.kind !== 'html' && feed.kind !== 'invalid' && feed.items.length === 0 && feed.childSitemaps.length === 0) {
    if (!hasClosingTag(text, rootName)) {
      return { kind: 'invalid', reason: 'Tệp XML bị hỏng hoặc bị cắt cụt, không đọc được mục tin nào.' };
    }
  }
  return feed;
}

/** The name of the first element, skipping the XML declaration, comments, doctype and processing instructions. */
function firstElementName(text: string): string | null {
  const re = /<(!--[\s\S]*?-->|![^>]*>|\?[^>]*>|([A-Za-z_][-\w:.]*))/g;
  for (let i = 0; i < 50; i++) {
    const m = re.exec(text);
    if (m === null) return null;
    if (m[2] !== undefined) return m[2].toLowerCase();
  }
  return null;
}

function hasClosingTag(text: string, name: string): boolean {
  return text.toLowerCase().lastIndexOf(`</${name}`) !== -1;
}

function readHtmlPage(text: string, baseUrl: string): ParsedFeed {
  const doc = parseMarkup(text, 'html');
  let title: string | null = null;
  let base = baseUrl;
  const alternates: string[] = [];
  const anchors: string[] = [];
  walk(doc, (el) => {
    if (el.name === 'title' && title === null) title = collapseSpace(rawText(el)) || null;
    if (el.name === 'base' && el.attrs.href) base = resolveUrl(el.attrs.href, baseUrl) ?? baseUrl;
    if (el.name === 'link' && el.attrs.href) {
      const rel = (el.attrs.rel ?? '').toLowerCase().split(/\s+/);
      if (rel.includes('alternate') && FEED_TYPES.test((el.attrs.type ?? '').trim())) alternates.push(el.attrs.href);
    }
    if (el.name === 'a' && el.attrs.href && anchors.length < 200 && FEEDLIKE_HREF.test(el.attrs.href)) anchors.push(el.attrs.href);
  });
  // Advertised feeds are authoritative; links that merely look like feeds are a fallback (e.g. a "/rss" index page).
  const chosen = alternates.length > 0 ? alternates : anchors;
  const feedLinks: string[] = [];
  for (const href of chosen) {
    const url = resolveUrl(href, base);
    if (url !== null && /^https?:/.test(url) && !feedLinks.includes(url)) feedLinks.push(url);
    if (feedLinks.length >= 50) break;
  }
  return { kind: 'html', title, feedLinks };
}
