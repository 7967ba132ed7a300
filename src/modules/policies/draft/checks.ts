/**
 * Consistency checks of a parsed draft, reported as Vietnamese warnings: repeated or skipped numbers,
 * điểm out of alphabetical order, empty articles, articles left after the signature.
 */
import { DIEM_LETTERS, headingMarker } from './markers';
import type { DraftNode } from './types';

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** Returns the warnings for the articles and top-level nodes of a draft and the lines of its closing. */
export function checkStructure(articles: readonly DraftNode[], nodes: readonly DraftNode[], closing: readonly string[]): string[] {
  const warnings: string[] = [];
  if (articles.length === 0) warnings.push('Không tìm thấy Điều nào trong văn bản.');
  warnings.push(...sequence(articles, 'Điều', numericValue));
  warnings.push(...sequence(collect(nodes, 'chuong'), 'Chương', numericValue));
  for (const article of articles) {
    if (article.title === '' && article.text === '' && article.children.length === 0) warnings.push(`${article.label} không có nội dung.`);
    const khoans = article.children.filter((c) => c.kind === 'khoan');
    warnings.push(...sequence(khoans, 'khoản', numericValue, `${article.label}: `));
    const diemGroups: Array<{ owner: string; items: DraftNode[] }> = [{ owner: article.label, items: article.children.filter((c) => c.kind === 'diem') }];
    for (const k of khoans) diemGroups.push({ owner: `${article.label} khoản ${k.number}`, items: k.children });
    for (const g of diemGroups) warnings.push(...sequence(g.items, 'điểm', letterValue, `${g.owner}: `));
  }
  const late = closing.filter((l) => headingMarker(l)?.kind === 'dieu').length;
  if (late > 0) {
    warnings.push(`Sau phần nơi nhận, chữ ký còn ${late} Điều (có thể là văn bản ban hành kèm theo); phần này chưa được phân tích.`);
  }
  return warnings;
}

/** Warnings for repeated numbers and for numbers that do not follow each other (1, 2, 3… or a, b, c…). */
function sequence(items: readonly DraftNode[], noun: string, value: (n: string) => number | null, prefix = ''): string[] {
  const out: string[] = [];
  const counts = new Map<string, number>();
  for (const it of items) counts.set(it.number, (counts.get(it.number) ?? 0) + 1);
  for (const [num, count] of counts) {
    if (count > 1) out.push(`${prefix}${noun} ${num} xuất hiện ${count === 2 ? 'hai' : count} lần`);
  }
  let prev: DraftNode | null = null;
  for (const it of items) {
    const v = value(it.number);
    const p = prev === null ? 0 : value(prev.number);
    // Equal values are repeats (already reported) or inserted articles such as 12a after 12.
    if (v !== null && p !== null && v !== p + 1 && v !== p) {
      out.push(prev === null ? `${prefix}${noun} đầu tiên là ${noun} ${it.number}` : `${prefix}sau ${noun} ${prev.number} là ${noun} ${it.number} (số thứ tự không liên tục)`);
    }
    prev = it;
  }
  return out;
}

function collect(nodes: readonly DraftNode[], kind: DraftNode['kind']): DraftNode[] {
  const out: DraftNode[] = [];
  const walk = (list: readonly DraftNode[]): void => {
    for (const n of list) {
      if (n.kind === kind) out.push(n);
      else if (n.kind === 'phan') walk(n.children);
    }
  };
  walk(nodes);
  return out;
}

/** "12" → 12, "12a" → 12 (an inserted article keeps the sequence), "IV" → 4; null when unreadable. */
function numericValue(n: string): number | null {
  const digits = /^(\d+)/u.exec(n);
  if (digits !== null) return Number(digits[1]);
  if (!/^[IVXLC]+$/u.test(n)) return null;
  let total = 0;
  for (let i = 0; i < n.length; i++) {
    const cur = ROMAN[n[i] ?? ''] ?? 0;
    const next = ROMAN[n[i + 1] ?? ''] ?? 0;
    total += cur < next ? -cur : cur;
  }
  return total;
}

function letterValue(n: string): number | null {
  const i = DIEM_LETTERS.indexOf(n);
  return i < 0 ? null : i + 1;
}
