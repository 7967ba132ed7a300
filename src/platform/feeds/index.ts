/**
 * Feeds and articles: recognising and reading RSS, RDF, Atom, JSON Feed and sitemaps, extracting the readable
 * text of an article page, and the lossy URL key for duplicates. Knows nothing of the database or the network.
 */
export type { FeedItem, ParsedFeed, Article } from './types';
export { parseFeed } from './parse-feed';
export { extractArticle } from './extract-article';
export { normaliseUrl } from './normalise-url';
export { parseFeedDate } from './feed-date';
export { htmlToText } from './plain-text';
