import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { App } from './app';
import { negotiateEncoding } from './built-spa';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** JSON, XML and text; not the Office formats (application/vnd.openxmlformats-…), which are zip files already. */
const TEXT_TYPE = /^(?:text\/|application\/(?:[\w.-]+\+)?(?:json|xml)\b|application\/javascript)/i;

/** Options of {@link compressApiResponses}. */
export interface CompressOptions {
  /** Paths compressed (prefix match). */
  prefix?: string;
  /** Smaller bodies are sent as they are: the saving would not pay for the work. */
  minBytes?: number;
}

/**
 * Compresses large JSON and text answers of the API per Accept-Encoding (Brotli at a fast level, else gzip), off the
 * event loop. A plan of 300 tasks × 60 units is megabytes of JSON that shrink about tenfold, which is what a phone
 * on 3G waits for. Streams (file downloads, documents that are zip files already) and small answers are left alone.
 */
export function compressApiResponses(app: App, opts: CompressOptions = {}): void {
  const prefix = opts.prefix ?? '/api/';
  const minBytes = opts.minBytes ?? 2048;
  // a callback hook, not an async one: most answers (every page of the portal) pass straight through, without a promise
  app.addHook('onSend', (request, reply, payload, done) => {
    if (!request.url.startsWith(prefix) || request.method === 'HEAD') return done(null, payload);
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return done(null, payload);
    if (reply.getHeader('content-encoding')) return done(null, payload);
    if (!TEXT_TYPE.test(String(reply.getHeader('content-type') ?? ''))) return done(null, payload);
    const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
    if (body.length < minBytes) return done(null, payload);
    const vary = String(reply.getHeader('vary') ?? '');
    if (!/accept-encoding/i.test(vary)) reply.header('vary', vary ? `${vary}, accept-encoding` : 'accept-encoding');
    const coding = negotiateEncoding(request.headers['accept-encoding']);
    if (coding === 'identity') return done(null, payload);
    const packing = coding === 'br' ? brotli(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } }) : gzip(body, { level: 6 });
    packing.then(
      (packed) => {
        reply.header('content-encoding', coding);
        reply.removeHeader('content-length');
        done(null, packed);
      },
      (err: Error) => done(err),
    );
  });
}
