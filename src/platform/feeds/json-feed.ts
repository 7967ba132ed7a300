/**
 * JSON Feed 1.0 / 1.1 (https://jsonfeed.org/version/1.1), read defensively: any field may have the wrong type.
 */
import { parseFeedDate } from './feed-date';
import { collapseSpace, htmlToText } from './plain-text';
import type { FeedItem, ParsedFeed } from './types';
import { MAX_ITEMS, resolveUrl } from './xml-feeds';

type Json = Record<string, unknown>;

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim().length > 0 ? v : null);
const obj = (v: unknown): Json | null => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : null);

/** Reads a JSON body as a JSON Feed; any other JSON is 'invalid'. */
export function readJsonFeed(text: string, base: string): ParsedFeed {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { kind: 'invalid', reason: 'Nội dung JSON bị hỏng, không đọc được.' };
  }
  const feed = obj(data);
  if (feed === null || !Array.isArray(feed.items) || !/jsonfeed\.org\/version\/1/.test(String(feed.version ?? ''))) {
    return { kind: 'invalid', reason: 'Nội dung là JSON nhưng không phải JSON Feed.' };
  }
  const siteUrl = resolveUrl(str(feed.home_page_url), base);
  const items: FeedItem[] = [];
  for (const raw of feed.items.slice(0, MAX_ITEMS)) {
    const item = obj(raw);
    if (item === null) continue;
    const contentHtml = str(item.content_html);
    const contentText = str(item.content_text);
    const summary = str(item.summary) ?? contentText ?? (contentHtml === null ? '' : htmlToText(contentHtml));
    const authors = Array.isArray(item.authors) ? item.authors : [item.author];
    const authorName = authors.map((a) => str(obj(a)?.name)).find((n) => n !== null) ?? null;
    const id = item.id;
    items.push({
      guid: typeof id === 'number' ? String(id) : str(id),
      url: resolveUrl(str(item.url) ?? str(item.external_url), base),
      title: htmlToText(str(item.title) ?? ''),
      summary: htmlToText(summary).slice(0, 4000),
      contentHtml,
      publishedAt: parseFeedDate(str(item.date_published) ?? str(item.date_modified)),
      author: authorName === null ? null : collapseSpace(authorName),
      imageUrl: resolveUrl(str(item.image) ?? str(item.banner_image), base),
    });
  }
  return { kind: 'json', title: str(feed.title) === null ? null : collapseSpace(String(feed.title)), siteUrl, items, childSitemaps: [] };
}
