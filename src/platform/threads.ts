/**
 * Starting a worker thread from a module of the platform, the same way from the TypeScript sources (tsx, Vitest)
 * and from the built bundle (dist/server, where every worker is an entry of its own next to main.js).
 */

/**
 * The worker module `name` next to the calling module: `name.js` in the bundle; beside a source file `name.ts`, or
 * `name.mjs` for a worker written in plain JavaScript (it then starts without a TypeScript loader).
 */
export function workerModuleUrl(name: string, callerUrl: string, sourceExtension: '.ts' | '.mjs' = '.ts'): URL {
  return new URL(`./${name}${callerUrl.endsWith('.ts') ? sourceExtension : '.js'}`, callerUrl);
}

/**
 * Code for `new Worker(code, { eval: true })` that loads the module: a worker thread does not inherit tsx's loader,
 * so a TypeScript worker registers it first.
 */
export function workerBootCode(moduleUrl: URL, callerUrl: string): string {
  if (!moduleUrl.pathname.endsWith('.ts')) return `import(${JSON.stringify(moduleUrl.href)})`;
  return `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(moduleUrl.href)}, ${JSON.stringify(callerUrl)}))`;
}
