/**
 * Cutting a text into plain and highlighted segments for rendering (React escapes the strings; no HTML here).
 */
import type { Hit } from './match';

/**
 * Ordered segments covering all of `text`: overlapping or touching hits are merged into one highlighted segment,
 * offsets outside the text are clamped, empty hits are ignored. Joining the segments' text gives back `text`.
 */
export function highlight(text: string, hits: readonly Hit[]): { text: string; hit: boolean }[] {
  const ranges = hits
    .map((h) => [Math.max(0, Math.min(text.length, h.start)), Math.max(0, Math.min(text.length, h.end))] as const)
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: { text: string; hit: boolean }[] = [];
  let cursor = 0;
  let i = 0;
  while (i < ranges.length) {
    const start = ranges[i]![0];
    let end = ranges[i]![1];
    for (i++; i < ranges.length && ranges[i]![0] <= end; i++) end = Math.max(end, ranges[i]![1]);
    if (start > cursor) out.push({ text: text.slice(cursor, start), hit: false });
    out.push({ text: text.slice(start, end), hit: true });
    cursor = end;
  }
  if (cursor < text.length) out.push({ text: text.slice(cursor), hit: false });
  return out;
}
