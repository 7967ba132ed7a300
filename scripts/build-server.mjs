// The server as one ES module file (dist/server/main.js) plus the document reader's worker thread
// (dist/server/isolated-worker.js), built by esbuild from src/ with the npm packages left as imports. `npm start`
// runs it; tests, the CLI and development run the TypeScript sources through tsx.
import fs from 'node:fs';
import path from 'node:path';

/** Builds dist/server/ from src/ (about a second). Each file is written aside and renamed into place, so a server
 * starting at the same moment (two `npm start` at once) reads the old file or the new one, never half of one. */
export async function buildServerBundle(root) {
  const { build } = await import('esbuild');
  const outdir = path.join(root, 'dist/server');
  const result = await build({
    absWorkingDir: root,
    entryPoints: { main: 'src/main.ts', 'isolated-worker': 'src/modules/plans/parser/isolated-worker.ts' },
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
  // the maps first, the entry points last: a reader sees a whole new main.js only once everything it names is there
  const files = [...result.outputFiles].sort((a, b) => Number(a.path.endsWith('.js')) - Number(b.path.endsWith('.js')) || Number(a.path.endsWith('main.js')) - Number(b.path.endsWith('main.js')));
  for (const file of files) {
    const aside = `${file.path}.${process.pid}.tmp`;
    fs.writeFileSync(aside, file.contents);
    fs.renameSync(aside, file.path);
  }
}
