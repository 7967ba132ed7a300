import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FEATURE_CATALOGUES } from './catalogues';
import { isMessageKey, shellEntries, type Catalogue } from './i18n';

const CATALOGUES: Record<string, Catalogue> = { shell: shellEntries, ...FEATURE_CATALOGUES };
const OFFICE = fileURLToPath(new URL('..', import.meta.url));

/** Text that reads the same in both languages: a proper name, numbers and symbols, placeholders, "CSV". */
function languageNeutral(text: string): boolean {
  const words = text.replace(/\{\w+\}/g, '').replace(/\b(?:KB|MB|CSV)\b/g, '');
  return text === 'Đồng Thuận' || !/\p{L}/u.test(words);
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'contract' ? [] : sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

describe('the office catalogues (one per feature, the shell’s own)', () => {
  it('give every key a Vietnamese and an English text with the same placeholders', () => {
    const faults: string[] = [];
    for (const [name, catalogue] of Object.entries(CATALOGUES)) {
      for (const [key, [vi, en]] of Object.entries(catalogue)) {
        if (!vi.trim() || !en.trim()) faults.push(`${name}: ${key} thiếu bản dịch`);
        if (placeholders(vi).join() !== placeholders(en).join()) faults.push(`${name}: ${key} có chỗ điền khác nhau (${vi} | ${en})`);
      }
    }
    expect(faults).toEqual([]);
  });

  it('never leave an English text on a Vietnamese page: a key’s Vietnamese text differs from its English one unless it is language-neutral', () => {
    const same = Object.entries(CATALOGUES).flatMap(([name, c]) =>
      Object.entries(c).filter(([, [vi, en]]) => vi === en && !languageNeutral(vi)).map(([key, [vi]]) => `${name}: ${key} = «${vi}»`),
    );
    expect(same).toEqual([]);
  });

  it('define each key once (a feature cannot silently replace another’s text)', () => {
    const owner = new Map<string, string>();
    const twice: string[] = [];
    for (const [name, catalogue] of Object.entries(CATALOGUES)) {
      for (const key of Object.keys(catalogue)) {
        if (owner.has(key)) twice.push(`${key}: ${owner.get(key)} và ${name}`);
        owner.set(key, name);
      }
    }
    expect(twice).toEqual([]);
  });

  it('hold every key the office’s code names, including the prefixes it completes at run time', () => {
    const keys = new Set(Object.values(CATALOGUES).flatMap((c) => Object.keys(c)));
    const missing: string[] = [];
    for (const file of sourceFiles(OFFICE)) {
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([\w.]+)'/g)) if (!keys.has(m[1]!)) missing.push(`${path.relative(OFFICE, file)}: ${m[1]}`);
      // t(`status.${x}`): some key must start with the prefix
      for (const m of text.matchAll(/\bt\(\s*`([\w.]+)\$\{/g)) {
        if (![...keys].some((k) => k.startsWith(m[1]!))) missing.push(`${path.relative(OFFICE, file)}: ${m[1]}…`);
      }
    }
    expect(missing).toEqual([]);
    expect(isMessageKey('app.name')).toBe(true);
  });
});
