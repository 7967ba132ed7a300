// The server as one ES module file (dist/server/main.js), the command line (dist/server/cli.js) and the worker
// threads (the document reader's dist/server/isolated-worker.js, PGlite's dist/server/pglite-worker.js), built by esbuild from src/ with the npm packages left as
// imports. `npm start` and `npm run cli` run them, rebuilt when src/ or the lock file changed; tests that import
// modules and development tools run the TypeScript sources through tsx.
import fs from 'node:fs';
import path from 'node:path';

/** Builds dist/server/ from src/ (about a second). Each file is written aside and renamed into place, so a server
 * starting at the same moment (two `npm start` at once) reads the old file or the new one, never half of one. */
export async function buildServerBundle(root) {
  const { build } = await import('esbuild');
  const outdir = path.join(root, 'dist/server');
  const result = await build({
    absWorkingDir: root,
    entryPoints: { main: 'src/main.ts', cli: 'src/cli.ts', 'isolated-worker': 'src/modules/plans/parser/isolated-worker.ts', 'pglite-worker': 'src/platform/db/pglite-worker.mjs' },
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
    write: false,
  });
  fs.mkdirSync(outdir, { recursive: true });
  // the maps and the worker first, main.js last (the freshness check reads its date): a reader sees a whole new
  // main.js only once everything it names is there
  const rank = (p) => (p.endsWith('.map') ? 0 : p.endsWith('main.js') ? 2 : 1);
  const files = [...result.outputFiles].sort((a, b) => rank(a.path) - rank(b.path));
  for (const file of files) {
    const aside = `${file.path}.${process.pid}.tmp`;
    fs.writeFileSync(aside, file.contents);
    fs.renameSync(aside, file.path);
  }
}

/** The newest modification time of any file under `dir` (ms): a build is fresh when its output is newer. */
export function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds dist/server/ when it is missing or older than src/ or the lock file; returns the folder. */
export async function ensureServerBundle(root) {
  const main = path.join(root, 'dist/server/main.js');
  const sources = Math.max(newestMtime(path.join(root, 'src')), fs.statSync(path.join(root, 'package-lock.json')).mtimeMs);
  if (!fs.existsSync(main) || fs.statSync(main).mtimeMs < sources) await buildServerBundle(root);
  return path.join(root, 'dist/server');
}

// `npm run build:server` (a release being prepared: docs/operations.md): build now, whatever the dates say
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  await buildServerBundle(path.resolve(path.dirname(new URL(import.meta.url).pathname), '..'));
}
