/**
 * What the feed reader and the article extractor return.
 */

/** One item of a feed, sitemap or JSON Feed; texts are plain, NFC, and URLs absolute. */
export interface FeedItem {
  guid: string | null;
  url: string | null;
  title: string;
  /** plain text */
  summary: string;
  contentHtml: string | null;
  /** ISO 8601 (UTC), null when the source gave none or an unreadable one */
  publishedAt: string | null;
  author: string | null;
  imageUrl: string | null;
}

export type ParsedFeed =
  | {
      kind: 'rss' | 'rdf' | 'atom' | 'json' | 'sitemap';
      title: string | null;
      siteUrl: string | null;
      items: FeedItem[];
      childSitemaps: string[];
    }
  | { kind: 'html'; title: string | null; /** <link rel=alternate type=…rss/atom/json> resolved */ feedLinks: string[] }
  | { kind: 'invalid'; /** Vietnamese, for the source's health line */ reason: string };

/** The readable part of an article page. */
export interface Article {
  title: string;
  /** paragraphs joined by \n\n */
  text: string;
  publishedAt: string | null;
  author: string | null;
  lang: string | null;
  siteName: string | null;
}
