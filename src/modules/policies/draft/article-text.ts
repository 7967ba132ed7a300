/**
 * Rendering a node (usually an article) as plain text: its heading line, its own text, then one line
 * per khoản ("1. …") and điểm ("a) …").
 */
import type { DraftNode } from './types';

/** The article as plain text ("Điều 3. Title", its text, then "1. …", "a) …" lines), used for diff and display. */
export function articleText(node: DraftNode): string {
  return renderLines(node).join('\n');
}

/** The article text without its "Điều N." label: what stays the same when an article is only renumbered. */
export function articleBody(node: DraftNode): string {
  const text = articleText(node);
  const head = `${node.label}.`;
  return text.startsWith(head) ? text.slice(head.length).trimStart() : text;
}

function renderLines(node: DraftNode): string[] {
  const own = node.text === '' ? [] : node.text.split('\n');
  const marker = node.kind === 'khoan' ? `${node.number}.` : node.kind === 'diem' ? `${node.number})` : `${node.label}.`;
  const lines: string[] = [];
  if (node.title !== '') lines.push(`${marker} ${node.title}`, ...own);
  else if (own.length > 0) lines.push(`${marker} ${own[0] ?? ''}`, ...own.slice(1));
  else lines.push(marker);
  for (const child of node.children) lines.push(...renderLines(child));
  return lines;
}
