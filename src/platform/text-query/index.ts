/**
 * Relevance for monitoring (issue 14): saved queries (AND/VÀ, OR/HOẶC, NOT/KHÔNG/-, "phrases", "a b"~n,
 * a NEAR/n b, prefix*), watchlists of names with validity dates, and highlighting. Matching ignores case, accents
 * and tone placement ("hoà" = "hòa", "Yen Bai" finds "Yên Bái", "đ" = "d"), takes a final y after a consonant as i
 * (kỹ/kĩ, công ty/ti, quy/qui) and respects syllable boundaries ("an" never matches "ban"); a phrase never runs
 * across sentence punctuation. Hits are offsets into the NFC text
 * (`IndexedText.text`). Pure functions, no database. Import from 'src/platform/text-query' only.
 */
export { indexText, type IndexedText } from './indexed-text';
export { parseQuery, QUERY_LIMITS, type QueryNode, type QueryPart, type TermNode, type ParseResult } from './parse';
export { matchQuery, type Hit } from './match';
export { Watchlist, checkWatchName, type WatchTerm, type WatchName, type WatchHit } from './watchlist';
export { highlight } from './highlight';
export { QUERY_SYNTAX_HELP } from './help';
