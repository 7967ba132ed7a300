import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyReply } from 'fastify';
import { AppError } from '../errors';
import type { App } from './app';
import { sendProblem } from './problem';

/** Content codings the build writes beside each file (`.br`, `.gz`), in order of preference. */
export type Coding = 'br' | 'gzip' | 'identity';

const EXTENSION: Record<Exclude<Coding, 'identity'>, string> = { br: '.br', gzip: '.gz' };

/** Cache-Control of a file whose name carries its content hash: it never changes, so it is kept a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Cache-Control of the HTML shell and unhashed files: the browser revalidates each time (ETag / Last-Modified). */
export const REVALIDATE = 'no-cache';

/**
 * Picks the coding to send for an Accept-Encoding header: Brotli, then gzip, then the plain file, honouring q-values
 * (q=0 refuses a coding, `*` stands for the codings not named). Without the header, the plain file.
 */
export function negotiateEncoding(header: string | undefined, available: readonly Coding[] = ['br', 'gzip']): Coding {
  if (!header) return 'identity';
  const q = new Map<string, number>();
  for (const part of header.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    if (!name) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    q.set(name.trim(), Number.isFinite(value) ? value : 0);
  }
  const weight = (coding: string) => q.get(coding) ?? q.get('*') ?? 0;
  let best: Coding = 'identity';
  let bestQ = 0;
  for (const coding of available) {
    const w = weight(coding === 'gzip' && !q.has('gzip') && q.has('x-gzip') ? 'x-gzip' : coding);
    if (w > bestQ) {
      best = coding;
      bestQ = w;
    }
  }
  return best;
}

/** Options of {@link serveBuiltSpa}. */
export interface BuiltSpaOptions {
  /** Directory of the build (index.html, assets/ with hashed names, `.br`/`.gz` variants beside them). */
  root: string;
  /** URL prefix ending with '/', e.g. '/office/'. */
  prefix: string;
  /** Folder (under root) whose file names carry a content hash. */
  hashedDir?: string;
}

function sendIndex(root: string, accept: string | undefined, reply: FastifyReply) {
  const file = path.join(root, 'index.html');
  const available = (['br', 'gzip'] as const).filter((c) => fs.existsSync(file + EXTENSION[c]));
  const coding = negotiateEncoding(accept, available);
  reply.type('text/html; charset=utf-8').header('cache-control', REVALIDATE).header('vary', 'accept-encoding');
  if (coding === 'identity') return reply.send(fs.readFileSync(file));
  return reply.header('content-encoding', coding).send(fs.readFileSync(file + EXTENSION[coding]));
}

/**
 * Serves a built single-page app under `prefix`: files as built, in their pre-compressed variant when the request
 * accepts it (Content-Encoding, Vary: Accept-Encoding); hashed files cached for a year, everything else revalidated;
 * any other path under the prefix gets index.html (the app's router owns it), except under the hashed folder,
 * where a missing file is a 404 (an old page asking for a chunk of a previous build must not get HTML). Files are
 * looked up per request, so a rebuild is served without a restart.
 */
export async function serveBuiltSpa(app: App, opts: BuiltSpaOptions): Promise<void> {
  const { root } = opts;
  const prefix = opts.prefix.replace(/\/$/, '');
  const hashedDir = `/${opts.hashedDir ?? 'assets'}/`;
  const hashedRoot = path.join(root, hashedDir);
  await app.register(
    async (scope) => {
      // Paths under the prefix that are no file of the build: the app's page, or a 404 for a missing hashed file.
      scope.setNotFoundHandler((request, reply) => {
        const rest = request.url.slice(prefix.length).split(/[?#]/)[0] ?? '';
        if (rest.startsWith(hashedDir)) return sendProblem(request, reply, new AppError('not-found', 'Không tìm thấy tệp này; trang có thể đã cũ, hãy tải lại trang.'));
        return sendIndex(root, request.headers['accept-encoding'], reply);
      });
      scope.get('/', {
        config: { access: 'public' },
        schema: { hide: true },
        handler: async (request, reply) => {
          // the app's links are relative to "<prefix>/"
          if (request.url.split('?')[0] === prefix) return reply.redirect(`${prefix}/`);
          return sendIndex(root, request.headers['accept-encoding'], reply);
        },
      });
      await scope.register(fastifyStatic, {
        root,
        prefix: '/',
        decorateReply: false,
        index: false,
        preCompressed: true,
        // Cache-Control comes from setHeaders alone.
        cacheControl: false,
        // The variants are sent in place of their file, never asked for by name.
        allowedPath: (pathName) => !/\.(?:br|gz)$/.test(pathName),
        setHeaders: (reply, filePath) => {
          reply.header('cache-control', filePath.startsWith(hashedRoot) ? IMMUTABLE : REVALIDATE);
        },
      });
    },
    { prefix },
  );
}
