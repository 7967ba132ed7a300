/**
 * The polite fetcher's contract (issue 14): what a caller asks, what it gets back, and how it is configured.
 */
export interface FetchRequest {
  url: string;
  /** validators exactly as received last time, sent back as If-None-Match / If-Modified-Since */
  etag?: string | null;
  lastModified?: string | null;
  maxBytes?: number;
  timeoutMs?: number;
  accept?: string;
}

export type FetchFailure =
  | 'timeout'
  | 'too-large'
  | 'redirect-loop'
  | 'too-many-redirects'
  | 'http'
  | 'gone'
  | 'network'
  | 'robots'
  | 'binary'
  | 'forbidden-host'
  | 'bad-url';

export type FetchOutcome =
  | {
      kind: 'ok';
      /** final URL after redirects */
      url: string;
      status: number;
      contentType: string | null;
      bytes: number;
      /** decoded, NFC */
      text: string;
      encoding: string;
      etag: string | null;
      lastModified: string | null;
      fetchedAt: Date;
      /** every URL redirected to, in order (the last one is `url`) */
      redirects: string[];
    }
  | { kind: 'not-modified'; url: string; fetchedAt: Date }
  | {
      kind: 'failed';
      url: string;
      status: number | null;
      failure: FetchFailure;
      /** Vietnamese, for the source's health line */
      reason: string;
      retryAfterMs: number | null;
      fetchedAt: Date;
    };

export interface FetcherOptions {
  userAgent?: string;
  /** default 2 */
  perHostConcurrency?: number;
  /** minimum time between the starts of two requests to one host; default 1000 */
  perHostIntervalMs?: number;
  /** default true */
  respectRobots?: boolean;
  /** default false: loopback, private, link-local and unique-local addresses are refused */
  allowPrivateHosts?: boolean;
  /** default 10 MB */
  defaultMaxBytes?: number;
  /** default 20 s */
  defaultTimeoutMs?: number;
  /** default 5 */
  maxRedirects?: number;
}
