/**
 * The polite fetcher: conditional GETs, a queue per host (concurrency and spacing), robots.txt, an SSRF guard on
 * every hop, redirects checked one by one, size and time limits, and encoding detection. It returns an outcome
 * for every request and never throws; it writes nothing to the console (URLs may carry personal data).
 */
import http from 'node:http';
import https from 'node:https';
import { now } from '../clock';
import { decodeBody } from './decode-body';
import { HostGates } from './host-gate';
import { failureReason } from './reasons';
import { requestOnce, type HopResult } from './request-once';
import { ALLOW_ALL, parseRobots, type RobotsRules } from './robots';
import type { FetchFailure, FetchOutcome, FetchRequest, FetcherOptions } from './types';

export const DEFAULT_USER_AGENT = 'Mozilla/5.0 (compatible; DongThuanBot/1.0; provincial press monitoring)';
const DEFAULT_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5';
const ROBOTS_TTL_MS = 60 * 60_000;
const ROBOTS_UNREACHABLE_TTL_MS = 10 * 60_000;
const ROBOTS_MAX_BYTES = 512 * 1024;

/** Fetches feeds and pages politely; one instance per process so the per-host queues are shared. */
export class PoliteFetcher {
  private readonly opts: Required<FetcherOptions>;
  private readonly gates: HostGates;
  private readonly agents: { http: http.Agent; https: https.Agent };
  private readonly robotsCache = new Map<string, { rules: RobotsRules; expiresAt: number }>();
  private readonly robotsPending = new Map<string, Promise<RobotsRules>>();
  private readonly agentToken: string;

  constructor(opts: FetcherOptions = {}) {
    this.opts = {
      userAgent: opts.userAgent ?? DEFAULT_USER_AGENT,
      perHostConcurrency: Math.max(1, opts.perHostConcurrency ?? 2),
      perHostIntervalMs: Math.max(0, opts.perHostIntervalMs ?? 1000),
      respectRobots: opts.respectRobots ?? true,
      allowPrivateHosts: opts.allowPrivateHosts ?? false,
      defaultMaxBytes: opts.defaultMaxBytes ?? 10 * 1024 * 1024,
      defaultTimeoutMs: opts.defaultTimeoutMs ?? 20_000,
      maxRedirects: opts.maxRedirects ?? 5,
    };
    this.gates = new HostGates(this.opts.perHostConcurrency, this.opts.perHostIntervalMs);
    const agentOpts = { keepAlive: true, maxSockets: this.opts.perHostConcurrency, maxFreeSockets: 1 };
    this.agents = { http: new http.Agent(agentOpts), https: new https.Agent(agentOpts) };
    this.agentToken = productToken(this.opts.userAgent);
  }

  /** Fetches one URL, following redirects; the outcome says what happened in words a coordinator can read. */
  async fetch(req: FetchRequest): Promise<FetchOutcome> {
    try {
      return await this.run(req, this.opts.respectRobots);
    } catch {
      // Every expected failure is an outcome already; this keeps the promise of never throwing for the rest.
      return { kind: 'failed', url: req.url, status: null, failure: 'network', reason: failureReason('network'), retryAfterMs: null, fetchedAt: now() };
    }
  }

  /** Closes idle keep-alive connections (tests and shutdown). */
  close(): void {
    this.agents.http.destroy();
    this.agents.https.destroy();
  }

  private async run(req: FetchRequest, respectRobots: boolean): Promise<FetchOutcome> {
    const maxBytes = req.maxBytes ?? this.opts.defaultMaxBytes;
    const timeoutMs = req.timeoutMs ?? this.opts.defaultTimeoutMs;
    const fail = (url: string, failure: FetchFailure, status: number | null, extra: { code?: string; retryAfterMs?: number | null } = {}): FetchOutcome => ({
      kind: 'failed',
      url,
      status,
      failure,
      reason: failureReason(failure, {
        status,
        code: extra.code,
        limit: failure === 'too-large' ? maxBytes : failure === 'timeout' ? timeoutMs : this.opts.maxRedirects,
      }),
      retryAfterMs: extra.retryAfterMs ?? null,
      fetchedAt: now(),
    });

    let url = parseHttpUrl(req.url);
    if (url === null) return fail(req.url, 'bad-url', null);
    const visited = new Set([withoutHash(url)]);
    const redirects: string[] = [];
    // The time budget counts only time spent on the network, not waiting in a host's queue.
    let budget = timeoutMs;
    for (;;) {
      if (respectRobots) {
        const rules = await this.robotsFor(url);
        if (!rules.isAllowed(url.pathname + url.search)) return fail(url.href, 'robots', null);
      }
      const release = await this.gates.acquire(url.host);
      const started = performance.now();
      let hop: HopResult;
      try {
        hop = await requestOnce(url, {
          headers: this.headersFor(req),
          maxBytes,
          timeoutMs: budget,
          allowPrivateHosts: this.opts.allowPrivateHosts,
          agents: this.agents,
        });
      } finally {
        release();
      }
      budget -= performance.now() - started;

      if (hop.kind === 'redirect') {
        const next = parseHttpUrl(hop.location, url);
        if (next === null) return fail(url.href, 'bad-url', hop.status);
        if (visited.has(withoutHash(next))) return fail(next.href, 'redirect-loop', hop.status);
        if (redirects.length >= this.opts.maxRedirects) return fail(next.href, 'too-many-redirects', hop.status);
        visited.add(withoutHash(next));
        redirects.push(next.href);
        url = next;
        if (budget <= 0) return fail(url.href, 'timeout', null);
        continue;
      }
      if (hop.kind === 'not-modified') return { kind: 'not-modified', url: url.href, fetchedAt: now() };
      if (hop.kind === 'failed') return fail(url.href, hop.failure, hop.status, { code: hop.code, retryAfterMs: hop.retryAfterMs });

      const contentType = headerValue(hop.headers['content-type']);
      const { text, encoding } = decodeBody(hop.body, contentType);
      return {
        kind: 'ok',
        url: url.href,
        status: hop.status,
        contentType,
        bytes: hop.body.length,
        text,
        encoding,
        etag: headerValue(hop.headers.etag),
        lastModified: headerValue(hop.headers['last-modified']),
        fetchedAt: now(),
        redirects,
      };
    }
  }

  private headersFor(req: FetchRequest): Record<string, string> {
    const headers: Record<string, string> = {
      'user-agent': this.opts.userAgent,
      accept: req.accept ?? DEFAULT_ACCEPT,
      'accept-encoding': 'gzip, deflate, br',
      'accept-language': 'vi, en;q=0.5',
    };
    if (req.etag) headers['if-none-match'] = req.etag;
    if (req.lastModified) headers['if-modified-since'] = req.lastModified;
    return headers;
  }

  /** The host's robots rules, fetched once per hour; concurrent callers share one request. */
  private async robotsFor(url: URL): Promise<RobotsRules> {
    const key = url.origin;
    const cached = this.robotsCache.get(key);
    if (cached !== undefined && cached.expiresAt > performance.now()) return cached.rules;
    const pending = this.robotsPending.get(key);
    if (pending !== undefined) return pending;
    const p = this.loadRobots(key).finally(() => this.robotsPending.delete(key));
    this.robotsPending.set(key, p);
    return p;
  }

  private async loadRobots(origin: string): Promise<RobotsRules> {
    const outcome = await this.run(
      { url: `${origin}/robots.txt`, maxBytes: ROBOTS_MAX_BYTES, timeoutMs: Math.min(10_000, this.opts.defaultTimeoutMs), accept: 'text/plain' },
      false,
    );
    let rules = ALLOW_ALL;
    let ttl = ROBOTS_TTL_MS;
    if (outcome.kind === 'ok') rules = parseRobots(outcome.text, this.agentToken);
    // 4xx means "no robots.txt": everything is allowed. Unreachable (5xx, network, timeout) also allows, but is
    // asked again sooner.
    else if (outcome.kind === 'failed' && !(outcome.status !== null && outcome.status >= 400 && outcome.status < 500)) ttl = ROBOTS_UNREACHABLE_TTL_MS;
    this.robotsCache.set(origin, { rules, expiresAt: performance.now() + ttl }); // monotonic
    if (this.robotsCache.size > 10_000) this.robotsCache.delete(this.robotsCache.keys().next().value!);
    return rules;
  }
}

function parseHttpUrl(raw: string, base?: URL): URL | null {
  try {
    const u = new URL(raw.trim(), base);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    if (u.hostname === '' || u.username !== '' || u.password !== '') return null;
    return u;
  } catch {
    return null;
  }
}

function withoutHash(u: URL): string {
  return u.href.replace(/#.*$/, '');
}

function headerValue(v: string | string[] | undefined): string | null {
  if (v === undefined) return null;
  return Array.isArray(v) ? (v[0] ?? null) : v;
}

/** The robots.txt product token: the first "name/version" of the user agent that is not "Mozilla". */
function productToken(userAgent: string): string {
  for (const m of userAgent.matchAll(/([A-Za-z][\w.-]*)\//g)) if (m[1]!.toLowerCase() !== 'mozilla') return m[1]!;
  return userAgent.split(/[\s/]/)[0] ?? userAgent;
}
