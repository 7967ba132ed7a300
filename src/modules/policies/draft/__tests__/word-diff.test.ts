import { describe, expect, it } from 'vitest';
import { diffWords, type DiffOp } from '../index';
import { diffPieces } from '../word-diff';

function sides(ops: readonly DiffOp[]): { before: string; after: string } {
  return {
    before: ops.filter((o) => o.op !== 'insert').map((o) => o.text).join(''),
    after: ops.filter((o) => o.op !== 'delete').map((o) => o.text).join(''),
  };
}

/** Deterministic pseudo-random generator (no Math.random, so failures reproduce). */
function rng(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

const WORDS = ['hỗ', 'trợ', 'người', 'dân', 'tộc', 'thiểu', 'số', '1.000.000', 'đồng', ',', '.', ';', '\n', 'Điều', '07/CT-TTg', 'khoản', 'điểm', 'đ)'];

describe('diffWords', () => {
  it('splits Vietnamese syllables, numbers and codes, keeping whitespace and punctuation', () => {
    expect(diffPieces('Mức 1.000.000 đồng/người (theo 07/CT-TTg);\n  xong')).toEqual([
      'Mức', ' ', '1.000.000', ' ', 'đồng/người', ' ', '(', 'theo', ' ', '07/CT-TTg', ')', ';', '\n  ', 'xong',
    ]);
  });

  it('reports word-level changes with merged replacements', () => {
    expect(diffWords('Mức hỗ trợ 500.000 đồng/người/tháng.', 'Mức hỗ trợ tối đa 700.000 đồng/người/tháng.')).toEqual([
      { op: 'equal', text: 'Mức hỗ trợ ' },
      { op: 'delete', text: '500.000' },
      { op: 'insert', text: 'tối đa 700.000' },
      { op: 'equal', text: ' đồng/người/tháng.' },
    ]);
    expect(diffWords('', 'mới')).toEqual([{ op: 'insert', text: 'mới' }]);
    expect(diffWords('cũ', '')).toEqual([{ op: 'delete', text: 'cũ' }]);
    expect(diffWords('', '')).toEqual([]);
    expect(diffWords('giống nhau', 'giống nhau')).toEqual([{ op: 'equal', text: 'giống nhau' }]);
  });

  it('always gives back both texts (random edits)', () => {
    const next = rng(42);
    const pick = (): string => WORDS[Math.floor(next() * WORDS.length)] ?? '';
    for (let round = 0; round < 300; round++) {
      const base = Array.from({ length: Math.floor(next() * 60) }, () => pick() + (next() < 0.7 ? ' ' : ''));
      const edited = base.flatMap((w) => (next() < 0.15 ? [] : next() < 0.15 ? [pick() + ' ', w] : next() < 0.1 ? [pick()] : [w]));
      const before = base.join('');
      const after = edited.join('');
      const ops = diffWords(before, after);
      expect(sides(ops)).toEqual({ before, after });
      for (let i = 1; i < ops.length; i++) expect(ops[i]?.op).not.toBe(ops[i - 1]?.op);
    }
  });

  it('falls back to a line diff when the texts differ too much for one word-level run, and stays exact', () => {
    const para = (seed: number, n: number): string => {
      const next = rng(seed);
      return Array.from({ length: n }, () => WORDS[Math.floor(next() * 13)]).join(' ');
    };
    const before = Array.from({ length: 60 }, (_, i) => para(i + 1, 80)).join('\n');
    const after = Array.from({ length: 60 }, (_, i) => (i % 3 === 0 ? para(i + 1, 80) : para(1000 + i, 80))).join('\n');
    const started = performance.now();
    const ops = diffWords(before, after);
    const ms = performance.now() - started;
    expect(sides(ops)).toEqual({ before, after });
    // Unchanged lines survive as equal text.
    expect(ops.some((o) => o.op === 'equal' && o.text.includes(para(1, 80)))).toBe(true);
    console.info(`diffWords on two ${before.length}-character texts with most lines rewritten: ${ms.toFixed(1)} ms`);
  });

  it('falls back to sentences inside one long paragraph and keeps unchanged sentences equal', () => {
    const next = rng(9);
    const sentence = (): string => `${Array.from({ length: 25 }, () => WORDS[Math.floor(next() * 9)]).join(' ')}.`;
    const sentences = Array.from({ length: 200 }, sentence);
    const rewritten = sentences.map((s, i) => (i % 2 === 0 ? sentence() : s));
    const before = sentences.join(' ');
    const after = rewritten.join(' ');
    const started = performance.now();
    const ops = diffWords(before, after);
    const ms = performance.now() - started;
    expect(sides(ops)).toEqual({ before, after });
    expect(ops.some((o) => o.op === 'equal' && o.text.includes(sentences[1] ?? '?'))).toBe(true);
    console.info(`diffWords on one ${before.length}-character paragraph with half of its 200 sentences rewritten: ${ms.toFixed(1)} ms`);
  });
});
