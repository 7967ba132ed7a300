import fs from 'node:fs';
import semver from 'semver';
import { expect, it } from 'vitest';

/**
 * `npm install` on any Node version package.json accepts prints no EBADENGINE warning (issue 12): every installed
 * package's own engines range must hold for all of ours. The lock file records each package's range, so a new
 * dependency (or a new version of one) that wants a newer Node fails here rather than on an operator's server.
 * Fix by choosing a version that fits, or an `overrides` entry to one (package.json), or by raising ours and saying so.
 */
it('every locked package runs on every Node version package.json accepts', () => {
  const ours = (JSON.parse(fs.readFileSync('package.json', 'utf8')) as { engines: { node: string } }).engines.node;
  const lock = JSON.parse(fs.readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, { version?: string; engines?: { node?: string } | string[]; optional?: boolean }> };
  const misfits: string[] = [];
  for (const [where, pkg] of Object.entries(lock.packages)) {
    const node = pkg.engines && !Array.isArray(pkg.engines) ? pkg.engines.node : undefined;
    if (!where || !node || pkg.optional) continue;
    if (!semver.subset(ours, node)) misfits.push(`${where.replace(/^.*node_modules\//, '')}@${pkg.version} wants node ${node}`);
  }
  expect(misfits, `ours: ${ours}`).toEqual([]);
});
