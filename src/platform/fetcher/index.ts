/**
 * The polite fetcher (issue 14): what the monitoring module uses to download feeds and article pages.
 */
export type { FetchRequest, FetchFailure, FetchOutcome, FetcherOptions } from './types';
export { PoliteFetcher, DEFAULT_USER_AGENT } from './polite-fetcher';
export { backoffMs, parseRetryAfter } from './backoff';
export { decodeBody, type DecodedBody } from './decode-body';
export { isForbiddenAddress } from './address-guard';
export { parseRobots } from './robots';
