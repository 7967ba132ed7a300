import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { precompressDir } from './vite-precompress';

/**
 * Brotli bytes the sign-in page may fetch before it can show (index.html's own script, stylesheets and preloads).
 * bench/office-3g.ts measured the form usable after 3.0 s on slow 3G (400 kbit/s = 50 kB/s, 400 ms) with 95 kB;
 * 110 kB keeps it near 3.3 s, under the 4 s target with room for a slower CPU. Over budget: move what the sign-in
 * page does not need into the lazily loaded chunks (pages, their texts) rather than raising this.
 */
const FIRST_LOAD_BUDGET_BR = 110_000;

const temps: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dt-precompress-'));
  temps.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of temps) fs.rmSync(dir, { recursive: true, force: true });
});

describe('precompressDir', () => {
  it('writes smaller .br and .gz variants beside text files only, and removes a variant that no longer pays', () => {
    const dir = tempDir();
    const big = Buffer.from('const tenDonVi = "Sở Thông tin và Truyền thông";\n'.repeat(200));
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(path.join(dir, 'assets/app-1a2b.js'), big);
    fs.writeFileSync(path.join(dir, 'tiny.css'), 'a{}');
    fs.writeFileSync(path.join(dir, 'logo.png'), big);
    // left over from a previous build of a file now too small to compress
    fs.writeFileSync(path.join(dir, 'tiny.css.br'), 'stale');

    const report = precompressDir(dir);

    const br = fs.readFileSync(path.join(dir, 'assets/app-1a2b.js.br'));
    const gz = fs.readFileSync(path.join(dir, 'assets/app-1a2b.js.gz'));
    expect(zlib.brotliDecompressSync(br).equals(big)).toBe(true);
    expect(zlib.gunzipSync(gz).equals(big)).toBe(true);
    expect(br.length).toBeLessThan(big.length / 10);
    expect(fs.existsSync(path.join(dir, 'tiny.css.br'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'tiny.css.gz'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'logo.png.br'))).toBe(false);
    expect(report.find((r) => r.file === path.join('assets', 'app-1a2b.js'))).toMatchObject({ raw: big.length, br: br.length, gzip: gz.length });
  });
});

describe('office build', () => {
  it('ships every script and stylesheet pre-compressed, and the sign-in page within its byte budget', async () => {
    const { build } = await import('vite');
    const outDir = tempDir();
    const configFile = fileURLToPath(new URL('./vite.config.ts', import.meta.url));
    // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({ configFile, logLevel: 'silent', mode: 'production', build: { outDir, emptyOutDir: true } });
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }

    const assets = fs.readdirSync(path.join(outDir, 'assets')).filter((f) => /\.(?:js|css)$/.test(f));
    expect(assets.length).toBeGreaterThan(2);
    for (const name of assets) {
      const file = path.join(outDir, 'assets', name);
      const raw = fs.readFileSync(file);
      // a chunk of a few hundred bytes (a small module two pages share) gains nothing from a variant
      if (raw.length < 1024 && !fs.existsSync(`${file}.br`)) continue;
      expect(zlib.brotliDecompressSync(fs.readFileSync(`${file}.br`)).equals(raw), name).toBe(true);
      expect(zlib.gunzipSync(fs.readFileSync(`${file}.gz`)).equals(raw), name).toBe(true);
    }

    // What index.html makes the browser fetch at once: the entry script, its preloads and stylesheets.
    const html = fs.readFileSync(path.join(outDir, 'index.html'), 'utf8');
    const firstLoad = [...html.matchAll(/(?:src|href)="\/office\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
    expect(firstLoad.some((f) => f.endsWith('.js'))).toBe(true);
    const firstLoadBr = firstLoad.reduce((sum, f) => sum + fs.statSync(path.join(outDir, `${f}.br`)).size, 0);
    expect(firstLoadBr, `first load: ${firstLoad.join(', ')}`).toBeLessThan(FIRST_LOAD_BUDGET_BR);
    // the pages of signed-in users are not part of it
    const entry = firstLoad.filter((f) => f.endsWith('.js')).map((f) => fs.readFileSync(path.join(outDir, f), 'utf8')).join('\n');
    expect(entry).not.toContain('task-tree');
    expect(assets.length).toBeGreaterThan(firstLoad.length);
  }, 120_000);
});
