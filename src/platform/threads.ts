/**
 * Starting a worker thread from a module of the platform, the same way from the TypeScript sources (tsx, Vitest)
 * and from the built bundle (dist/server, where every worker is an entry of its own next to main.js).
 */

/** The worker module `name` next to the calling module: `name.ts` beside a source file, `name.js` in the bundle. */
export function workerModuleUrl(name: string, callerUrl: string): URL {
  return new URL(`./${name}${callerUrl.endsWith('.ts') ? '.ts' : '.js'}`, callerUrl);
}

/**
 * Code for `new Worker(code, { eval: true })` that loads the module: a worker thread does not inherit tsx's loader,
 * so a TypeScript worker registers it first.
 */
export function workerBootCode(moduleUrl: URL, callerUrl: string): string {
  if (moduleUrl.pathname.endsWith('.js')) return `import(${JSON.stringify(moduleUrl.href)})`;
  return `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(moduleUrl.href)}, ${JSON.stringify(callerUrl)}))`;
}
