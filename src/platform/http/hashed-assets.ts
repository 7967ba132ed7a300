import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { Type } from 'typebox';
import type { App } from './app';
import { IMMUTABLE, negotiateEncoding } from './built-spa';

/** Cache-Control of an asset asked for by its plain name (an old page, a bookmark): it may change, so briefly. */
const PLAIN_NAME_CACHE = 'public, max-age=3600';

interface Asset {
  hashedName: string;
  type: string;
  bodies: { identity: Buffer; br: Buffer; gzip: Buffer };
}

/** Files served under content-hashed names, compressed once at start; see {@link hashedAssets}. */
export interface HashedAssets {
  /** Address of a file under its hashed name, e.g. "/assets/portal.3f9a1c2b7d.css". */
  href(name: string): string;
  /** Adds `GET <prefix>:name` for the hashed names (cached a year) and the plain ones (an hour). */
  register(app: App): void;
}

const TYPES: Record<string, string> = { '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.svg': 'image/svg+xml', '.txt': 'text/plain; charset=utf-8' };

/**
 * Small files (stylesheets of the server-rendered pages) read once, named by their content hash
 * ("portal.css" → "portal.<10 hex>.css") so a page can let browsers keep them a year and still get the new file
 * after a change, and held in memory as Brotli and gzip too, sent per Accept-Encoding.
 */
export function hashedAssets(prefix: string, files: Record<string, string>): HashedAssets {
  const byName = new Map<string, Asset>();
  const byHashed = new Map<string, Asset>();
  for (const [name, file] of Object.entries(files)) {
    const identity = fs.readFileSync(file);
    const hash = createHash('sha256').update(identity).digest('hex').slice(0, 10);
    const ext = path.extname(name);
    const asset: Asset = {
      hashedName: `${name.slice(0, name.length - ext.length)}.${hash}${ext}`,
      type: TYPES[ext] ?? 'application/octet-stream',
      bodies: {
        identity,
        br: zlib.brotliCompressSync(identity, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }),
        gzip: zlib.gzipSync(identity, { level: 9 }),
      },
    };
    byName.set(name, asset);
    byHashed.set(asset.hashedName, asset);
  }
  return {
    href(name) {
      const asset = byName.get(name);
      if (!asset) throw new Error(`unknown asset ${name}`);
      return `${prefix}${asset.hashedName}`;
    },
    register(app) {
      app.get(`${prefix}:name`, {
        config: { access: 'public' },
        schema: { hide: true, params: Type.Object({ name: Type.String() }) },
        handler: async (request, reply) => {
          const hashed = byHashed.get(request.params.name);
          const asset = hashed ?? byName.get(request.params.name);
          if (!asset) return reply.callNotFound();
          const coding = negotiateEncoding(request.headers['accept-encoding']);
          reply.type(asset.type).header('cache-control', hashed ? IMMUTABLE : PLAIN_NAME_CACHE).header('vary', 'accept-encoding');
          if (coding !== 'identity') reply.header('content-encoding', coding);
          return reply.send(asset.bodies[coding]);
        },
      });
    },
  };
}
