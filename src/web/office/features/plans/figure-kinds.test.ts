import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMessageKey } from '../../app/i18n';

/** Every figures.ts of the modules: the records behind the annual report's figures, each with a `kind`. */
function figureSources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return figureSources(p);
    return e.name === 'figures.ts' || e.name === 'figures-source.ts' ? [p] : [];
  });
}

describe("the figure page's names for the records behind figures", () => {
  it('names every kind of record a module puts behind a figure (the page would show the raw kind otherwise)', () => {
    const files = figureSources(path.resolve('src/modules'));
    const kinds = new Set(files.flatMap((f) => [...fs.readFileSync(f, 'utf8').matchAll(/\bkind: '([a-z_]+)'/g)].map((m) => m[1]!)));
    // the scan itself works: the plans module's own kinds and another module's are found
    expect(kinds).toContain('task');
    expect(kinds).toContain('crisis');
    expect([...kinds].filter((k) => !isMessageKey(`figure.kind.${k}`))).toEqual([]);
  });
});
