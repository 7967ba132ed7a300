import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Plugin } from 'vite';

/** Extensions worth compressing (text); images and fonts are already compressed. */
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|txt|map)$/;
/** Below this size the saving does not pay for a second request variant. */
const MIN_BYTES = 512;

/** Sizes of one file and of its written variants, in bytes (0 when a variant was not worth writing). */
export interface PrecompressedFile {
  file: string;
  raw: number;
  br: number;
  gzip: number;
}

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const p = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(p) : [p];
  });
}

/**
 * Writes `<file>.br` (Brotli, quality 11) and `<file>.gz` (gzip, level 9) beside every compressible file of `dir`,
 * so the server sends them as they are (no compression per request). A variant that would not be smaller is not
 * written (and a stale one is removed), so the server falls back to the plain file.
 */
export function precompressDir(dir: string): PrecompressedFile[] {
  const out: PrecompressedFile[] = [];
  for (const file of walk(dir)) {
    if (!COMPRESSIBLE.test(file)) continue;
    const raw = fs.readFileSync(file);
    const entry: PrecompressedFile = { file: path.relative(dir, file), raw: raw.length, br: 0, gzip: 0 };
    const variants = [
      { ext: '.br', key: 'br' as const, make: () => zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }) },
      { ext: '.gz', key: 'gzip' as const, make: () => zlib.gzipSync(raw, { level: 9 }) },
    ];
    for (const v of variants) {
      const target = file + v.ext;
      const packed = raw.length >= MIN_BYTES ? v.make() : null;
      if (packed && packed.length < raw.length) {
        fs.writeFileSync(target, packed);
        entry[v.key] = packed.length;
      } else {
        fs.rmSync(target, { force: true });
      }
    }
    out.push(entry);
  }
  return out;
}

/** Vite plugin: pre-compresses the build output once it is written (see {@link precompressDir}). */
export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'dong-thuan:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      precompressDir(outDir);
    },
  };
}
