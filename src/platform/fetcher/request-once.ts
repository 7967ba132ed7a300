/**
 * One HTTP exchange, without following redirects: the caller checks every hop. The body is read as a stream and
 * abandoned as soon as it passes the size cap or the deadline, so a huge or trickling body costs neither memory
 * nor a worker for longer than allowed. The size cap applies to the decompressed bytes (a gzip bomb is too large).
 */
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import zlib from 'node:zlib';
import type { Readable } from 'node:stream';
import { ForbiddenHostError, guardedLookup, isForbiddenAddress } from './address-guard';
import { isBinaryContentType, isGzip, looksBinary } from './decode-body';
import { parseRetryAfter } from './backoff';
import type { FetchFailure } from './types';

export type HopResult =
  | { kind: 'redirect'; status: number; location: string }
  | { kind: 'not-modified'; status: 304 }
  | { kind: 'body'; status: number; headers: http.IncomingHttpHeaders; body: Buffer }
  | { kind: 'failed'; failure: FetchFailure; status: number | null; code?: string; retryAfterMs: number | null };

export interface HopOptions {
  headers: Record<string, string>;
  maxBytes: number;
  timeoutMs: number;
  allowPrivateHosts: boolean;
  agents: { http: http.Agent; https: https.Agent };
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const SNIFF_BYTES = 1024;

/** Performs one GET and reads its body within the limits. Never rejects. */
export function requestOnce(url: URL, opts: HopOptions): Promise<HopResult> {
  return new Promise((resolve) => {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (!opts.allowPrivateHosts && net.isIP(host) !== 0 && isForbiddenAddress(host)) {
      resolve({ kind: 'failed', failure: 'forbidden-host', status: null, retryAfterMs: null });
      return;
    }
    let settled = false;
    let req: http.ClientRequest | null = null;
    let stream: Readable | null = null;
    const finish = (r: HopResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (r.kind !== 'body') {
        stream?.destroy();
        req?.destroy();
      }
      resolve(r);
    };
    const timer = setTimeout(
      () => finish({ kind: 'failed', failure: 'timeout', status: null, retryAfterMs: null }),
      Math.max(1, opts.timeoutMs),
    );
    const transport = url.protocol === 'https:' ? https : http;
    try {
      req = transport.request(url, {
        method: 'GET',
        headers: opts.headers,
        agent: url.protocol === 'https:' ? opts.agents.https : opts.agents.http,
        lookup: opts.allowPrivateHosts ? undefined : (guardedLookup as unknown as net.LookupFunction),
        maxHeaderSize: 64 * 1024,
      });
    } catch {
      finish({ kind: 'failed', failure: 'bad-url', status: null, retryAfterMs: null });
      return;
    }
    req.on('error', (err: NodeJS.ErrnoException) => {
      if (err instanceof ForbiddenHostError) finish({ kind: 'failed', failure: 'forbidden-host', status: null, retryAfterMs: null });
      else finish({ kind: 'failed', failure: 'network', status: null, code: err.code, retryAfterMs: null });
    });
    req.on('response', (res) => {
      const status = res.statusCode ?? 0;
      const location = res.headers.location;
      if (REDIRECTS.has(status) && typeof location === 'string' && location.length > 0) {
        res.resume();
        return finish({ kind: 'redirect', status, location });
      }
      if (status === 304) {
        res.resume();
        return finish({ kind: 'not-modified', status: 304 });
      }
      if (status < 200 || status > 299) {
        const retryAfterMs = parseRetryAfter(res.headers['retry-after'], Date.now());
        res.resume();
        return finish({ kind: 'failed', failure: status === 410 ? 'gone' : 'http', status, retryAfterMs });
      }
      const declared = Number(res.headers['content-length']);
      if (Number.isFinite(declared) && declared > opts.maxBytes && !res.headers['content-encoding']) {
        return finish({ kind: 'failed', failure: 'too-large', status, retryAfterMs: null });
      }
      if (isBinaryContentType(res.headers['content-type'] ?? null)) {
        return finish({ kind: 'failed', failure: 'binary', status, retryAfterMs: null });
      }
      stream = decompressed(res);
      const chunks: Buffer[] = [];
      let total = 0;
      let sniffed = false;
      stream.on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (total > opts.maxBytes) return finish({ kind: 'failed', failure: 'too-large', status, retryAfterMs: null });
        chunks.push(chunk);
        if (!sniffed && total >= SNIFF_BYTES) {
          sniffed = true;
          const head = Buffer.concat(chunks);
          if (!isGzip(head) && looksBinary(head)) finish({ kind: 'failed', failure: 'binary', status, retryAfterMs: null });
        }
      });
      stream.on('end', () => {
        let body = Buffer.concat(chunks);
        if (isGzip(body)) {
          // A gzip file served as such (sitemap.xml.gz): unpacked here, within the same size cap.
          try {
            body = zlib.gunzipSync(body, { maxOutputLength: opts.maxBytes, finishFlush: zlib.constants.Z_SYNC_FLUSH });
          } catch (err) {
            const tooLarge = (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError;
            return finish({ kind: 'failed', failure: tooLarge ? 'too-large' : 'binary', status, retryAfterMs: null });
          }
        }
        if (looksBinary(body)) return finish({ kind: 'failed', failure: 'binary', status, retryAfterMs: null });
        finish({ kind: 'body', status, headers: res.headers, body });
      });
      stream.on('error', (err: NodeJS.ErrnoException) =>
        finish({ kind: 'failed', failure: 'network', status, code: err.code ?? 'ECONNRESET', retryAfterMs: null }),
      );
      res.on('aborted', () => finish({ kind: 'failed', failure: 'network', status, code: 'ECONNRESET', retryAfterMs: null }));
      // A stream that closes without 'end' (the peer hung up mid-body) is a broken download; after 'end' it is a no-op.
      stream.on('close', () => finish({ kind: 'failed', failure: 'network', status, code: 'ECONNRESET', retryAfterMs: null }));
    });
    req.end();
  });
}

function decompressed(res: http.IncomingMessage): Readable {
  const encoding = String(res.headers['content-encoding'] ?? '').trim().toLowerCase();
  // Servers end compressed streams sloppily; accept what was sent instead of failing on a missing trailer.
  const lenient = { finishFlush: zlib.constants.Z_SYNC_FLUSH };
  let decoder: zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress | null = null;
  if (encoding === 'gzip' || encoding === 'x-gzip') decoder = zlib.createGunzip(lenient);
  else if (encoding === 'deflate') decoder = zlib.createInflate(lenient);
  else if (encoding === 'br') decoder = zlib.createBrotliDecompress();
  if (decoder === null) return res;
  res.on('error', (err) => decoder.destroy(err));
  return res.pipe(decoder);
}
