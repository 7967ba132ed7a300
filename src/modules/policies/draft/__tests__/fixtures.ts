/**
 * Access to the draft fixtures in test/fixtures/drafts and a tree-walking helper for assertions.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DraftNode } from '../types';

const DIR = fileURLToPath(new URL('../../../../../test/fixtures/drafts/', import.meta.url));

/** The text of a fixture file. */
export function fixtureText(name: string): string {
  return readFileSync(DIR + name, 'utf8');
}

/** Every node of the trees, depth first, as "anchor|label|title". */
export function outline(nodes: readonly DraftNode[]): string[] {
  const out: string[] = [];
  const walk = (list: readonly DraftNode[]): void => {
    for (const n of list) {
      out.push(`${n.anchor}|${n.label}|${n.title}`);
      walk(n.children);
    }
  };
  walk(nodes);
  return out;
}

/** The node with the given anchor (throws when missing, so tests fail clearly). */
export function nodeAt(nodes: readonly DraftNode[], anchor: string): DraftNode {
  const stack = [...nodes];
  while (stack.length > 0) {
    const n = stack.shift();
    if (n === undefined) break;
    if (n.anchor === anchor) return n;
    stack.push(...n.children);
  }
  throw new Error(`no node ${anchor}`);
}
