/**
 * Turning the positioned text of one PDF page back into lines: pieces on one baseline form a line, tables drawn
 * with rules become "cell | cell" rows (wrapped cell text joined), and borderless two-column blocks (the header,
 * the signature) become rows split at the gap their lines share. Pure geometry, no PDF library here.
 */
import { CELL_PARAGRAPH_SEPARATOR } from '../line-kinds';

/** One text item of the page: its string, baseline start (PDF units, y up), advance width and font size. */
export interface TextPiece {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** A thin stroked or filled path on the page (a table border), as its bounding box. */
export interface Rule {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A body line, with the geometry the paragraph joiner needs. */
export interface LineEntry {
  kind: 'line';
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  firstWord: number;
}

/** Table rows (ruled: drawn with borders; otherwise a borderless layout block). */
export interface RowsEntry {
  kind: 'rows';
  rows: string[][];
  ruled: boolean;
  y: number;
}

export type PageEntry = LineEntry | RowsEntry;

interface VLine {
  y: number;
  size: number;
  pieces: TextPiece[];
  x0: number;
  x1: number;
  // The line began with a raised small number: a footnote's own text at the foot of the page.
  startsWithMark: boolean;
}

interface Grid {
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  xs: number[];
  ys: number[];
  verticals: Rule[];
  horizontals: Rule[];
}

const THIN = 2;
const TOUCH = 3;
// A gap this many font sizes wide separates columns of a borderless layout table.
const COLUMN_GAP_EM = 1.5;

/**
 * Reads one page into body lines and table rows, top to bottom. `continuesBlock`: the previous page ended inside a
 * borderless block (a signature table cut by the page break), so one split line at the top is enough to go on.
 */
export function layoutPage(pieces: readonly TextPiece[], rules: readonly Rule[], continuesBlock = false): PageEntry[] {
  const grids = findGrids(rules);
  const inGrid = new Map<Grid, TextPiece[]>();
  const free: TextPiece[] = [];
  for (const p of pieces) {
    if (p.text.trim() === '') continue;
    const g = grids.find((gr) => contains(gr, p));
    if (g === undefined) free.push(p);
    else inGrid.set(g, [...(inGrid.get(g) ?? []), p]);
  }
  const entries: PageEntry[] = [...layoutBlocks(dropFootnotes(buildLines(free)), continuesBlock)];
  for (const g of grids) {
    const rows = gridRows(g, inGrid.get(g) ?? []);
    if (rows.length > 0) entries.push({ kind: 'rows', rows, ruled: true, y: g.top });
  }
  return entries.sort((a, b) => b.y - a.y);
}

/** Groups pieces sharing a baseline (within half a font size) into lines, each ordered left to right. */
export function buildLines(pieces: readonly TextPiece[]): VLine[] {
  const sorted = pieces.filter((p) => p.text.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: VLine[] = [];
  for (const p of sorted) {
    const line = lines.slice(-2).find((l) => Math.abs(l.y - p.y) <= 0.5 * Math.max(l.size, p.size));
    if (line === undefined) lines.push({ y: p.y, size: p.size, pieces: [p], x0: p.x, x1: p.x + p.width, startsWithMark: false });
    else {
      line.pieces.push(p);
      line.size = Math.max(line.size, p.size);
      line.x0 = Math.min(line.x0, p.x);
      line.x1 = Math.max(line.x1, p.x + p.width);
    }
  }
  for (const l of lines) l.pieces.sort((a, b) => a.x - b.x);
  return lines.map(withoutMarks).filter((l) => l.pieces.length > 0);
}

// A footnote reference: a number (or *) set small and raised above the line.
const MARK = /^[\p{N}*†‡]{1,3}$/u;

/** Drops footnote references (small raised numbers), which the .docx reader leaves out too, and re-measures the line. */
function withoutMarks(l: VLine): VLine {
  const main = l.pieces.filter((p) => p.size > 0.75 * l.size);
  if (main.length === l.pieces.length || main.length === 0) return l;
  const baseline = main[0]?.y ?? l.y;
  const isMark = (p: TextPiece): boolean => p.size <= 0.75 * l.size && p.y - baseline >= 0.15 * l.size && MARK.test(p.text.trim());
  const kept = l.pieces.filter((p) => !isMark(p));
  if (kept.length === l.pieces.length) return l;
  const size = Math.max(...kept.map((p) => p.size));
  return {
    y: baseline,
    size,
    pieces: kept,
    x0: Math.min(...kept.map((p) => p.x)),
    x1: Math.max(...kept.map((p) => p.x + p.width)),
    startsWithMark: l.pieces[0] !== undefined && isMark(l.pieces[0]),
  };
}

/** Drops the footnotes at the foot of a page: smaller lines after the body, the first starting with its number. */
function dropFootnotes(lines: VLine[]): VLine[] {
  const chars = new Map<number, number>();
  for (const l of lines) chars.set(Math.round(l.size), (chars.get(Math.round(l.size)) ?? 0) + l.pieces.reduce((n, p) => n + p.text.length, 0));
  const body = [...chars.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  let k = lines.length;
  while (k > 0 && (lines[k - 1] as VLine).size <= body - 1.5) k--;
  const first = lines[k];
  return first !== undefined && first.startsWithMark ? lines.slice(0, k) : lines;
}

/** The text of pieces on one line: a space where the gap is wider than a fraction of the font size. */
export function joinPieces(pieces: readonly TextPiece[]): string {
  let out = '';
  let end = -Infinity;
  for (const p of pieces) {
    const gap = p.x - end;
    // Closing punctuation never takes a space before it (a footnote number dropped from that gap leaves it wide).
    if (out !== '' && gap > 0.12 * p.size && !/\s$/u.test(out) && !/^[\s;,.:!?)\]”’%]/u.test(p.text)) out += ' ';
    out += p.text;
    end = Math.max(end, p.x + p.width);
  }
  return out.replace(/\s+/gu, ' ').trim();
}

/** Joins a wrapped line to the text before it; a word cut after its hyphen ("QĐ-" / "UBND") is re-joined whole. */
export function joinWrapped(before: string, next: string): string {
  return /\S[-‐]$/u.test(before) ? before + next : `${before} ${next}`;
}

function lineEntry(l: VLine): LineEntry {
  const first = l.pieces[0];
  const firstText = first?.text.trimStart() ?? '';
  const word = firstText.split(/\s/u)[0] ?? '';
  const firstWord = first === undefined || firstText === '' ? 0 : (first.width * word.length) / firstText.length;
  return { kind: 'line', text: joinPieces(l.pieces), x0: l.x0, x1: l.x1, y: l.y, size: l.size, firstWord };
}

// ---- Borderless layout blocks -------------------------------------------------------------------------------

interface Span {
  from: number;
  to: number;
}

/** Free x-intervals between the pieces of a line that are at least `min` wide. */
function innerGaps(l: VLine, min: number): Span[] {
  const gaps: Span[] = [];
  let end = l.pieces[0] === undefined ? 0 : l.pieces[0].x + l.pieces[0].width;
  for (const p of l.pieces.slice(1)) {
    if (p.x - end >= min) gaps.push({ from: end, to: p.x });
    end = Math.max(end, p.x + p.width);
  }
  return gaps;
}

/** Narrows `spans` to where line `l` has no text. */
function keepFree(spans: Span[], l: VLine): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    let pieces: Span[] = [s];
    for (const p of l.pieces) {
      const a = p.x;
      const b = p.x + p.width;
      pieces = pieces.flatMap((q) => (b <= q.from || a >= q.to ? [q] : [
        ...(a > q.from ? [{ from: q.from, to: a }] : []),
        ...(b < q.to ? [{ from: b, to: q.to }] : []),
      ]));
    }
    out.push(...pieces);
  }
  return out;
}

function splitsLine(s: Span, l: VLine): boolean {
  return l.x0 < s.from && l.x1 > s.to;
}

/**
 * Finds runs of consecutive lines that share a wide empty column (the two columns of a header or signature table)
 * and emits them as rows; other lines stay body lines.
 */
function layoutBlocks(lines: VLine[], continuesBlock: boolean): PageEntry[] {
  const out: PageEntry[] = [];
  let i = 0;
  while (i < lines.length) {
    const start = lines[i] as VLine;
    let spans = innerGaps(start, COLUMN_GAP_EM * start.size);
    let j = i + 1;
    while (spans.length > 0 && j < lines.length) {
      const prev = lines[j - 1] as VLine;
      const next = lines[j] as VLine;
      const gap = prev.y - next.y;
      if (gap > 2.5 * Math.max(prev.size, next.size)) break;
      const narrowed = keepFree(spans, next).filter((s) => s.to - s.from >= 0.8 * next.size);
      if (narrowed.length === 0) break;
      // A line on one side only (a recipient under "Nơi nhận:") goes on at line spacing; after a wider gap it is
      // the next thing under the table (the title "KẾ HOẠCH" under the header).
      if (!narrowed.some((sp) => splitsLine(sp, next)) && gap > 1.6 * Math.max(prev.size, next.size)) break;
      spans = narrowed;
      j++;
    }
    const block = lines.slice(i, j);
    // Only a page number may stand above the rest of a block cut by the page break.
    const atTop = out.every((e) => e.kind === 'line' && /^[-–\s]*\d{1,4}[-–\s]*$/u.test(e.text));
    const needed = continuesBlock && atTop ? 1 : 2;
    const seps = spans.filter((s) => block.filter((l) => splitsLine(s, l)).length >= needed);
    if (block.length >= needed && seps.length > 0) {
      out.push({ kind: 'rows', rows: block.map((l) => splitAt(l, seps)), ruled: false, y: start.y });
      i = j;
    } else {
      out.push(lineEntry(start));
      i++;
    }
  }
  return out;
}

function splitAt(l: VLine, seps: Span[]): string[] {
  const bounds = seps.map((s) => (s.from + s.to) / 2).sort((a, b) => a - b);
  const cells: TextPiece[][] = bounds.map(() => []);
  cells.push([]);
  for (const p of l.pieces) {
    const mid = p.x + p.width / 2;
    const k = bounds.findIndex((b) => mid < b);
    (cells[k === -1 ? bounds.length : k] as TextPiece[]).push(p);
  }
  return cells.map((c) => joinPieces(c));
}

// ---- Ruled tables ---------------------------------------------------------------------------------------------

/** Finds tables drawn with rules: connected horizontal and vertical rules with at least two of each. */
export function findGrids(rules: readonly Rule[]): Grid[] {
  const hs = rules.filter((r) => r.y1 - r.y0 <= THIN && r.x1 - r.x0 >= 8);
  const vs = rules.filter((r) => r.x1 - r.x0 <= THIN && r.y1 - r.y0 >= 8);
  const all = [...hs, ...vs];
  const parent = all.map((_, k) => k);
  const root = (k: number): number => (parent[k] === k ? k : (parent[k] = root(parent[k] as number)));
  hs.forEach((h, a) => {
    vs.forEach((v, b) => {
      const vx = (v.x0 + v.x1) / 2;
      const hy = (h.y0 + h.y1) / 2;
      if (vx >= h.x0 - TOUCH && vx <= h.x1 + TOUCH && hy >= v.y0 - TOUCH && hy <= v.y1 + TOUCH) parent[root(a)] = root(hs.length + b);
    });
  });
  const groups = new Map<number, Rule[]>();
  all.forEach((r, k) => groups.set(root(k), [...(groups.get(root(k)) ?? []), r]));
  const grids: Grid[] = [];
  for (const g of groups.values()) {
    const gh = g.filter((r) => hs.includes(r));
    const gv = g.filter((r) => vs.includes(r));
    if (gh.length < 2 || gv.length < 2) continue;
    const xs = clusterValues(gv.map((r) => (r.x0 + r.x1) / 2)).sort((a, b) => a - b);
    const ys = clusterValues(gh.map((r) => (r.y0 + r.y1) / 2)).sort((a, b) => b - a);
    if (xs.length < 2 || ys.length < 2) continue;
    grids.push({ x0: xs[0] as number, x1: xs[xs.length - 1] as number, top: ys[0] as number, bottom: ys[ys.length - 1] as number, xs, ys, verticals: gv, horizontals: gh });
  }
  return grids;
}

function clusterValues(values: number[]): number[] {
  const out: number[] = [];
  for (const v of [...values].sort((a, b) => a - b)) {
    if (out.length > 0 && v - (out[out.length - 1] as number) <= TOUCH) continue;
    out.push(v);
  }
  return out;
}

function anchorY(p: TextPiece): number {
  return p.y + 0.3 * p.size;
}

function contains(g: Grid, p: TextPiece): boolean {
  const mx = p.x + p.width / 2;
  const y = anchorY(p);
  return mx > g.x0 && mx < g.x1 && y < g.top && y > g.bottom;
}

/**
 * One row per band between horizontal rules; cells split only where a vertical rule crosses that band. A cell
 * merged over several bands (no rule between them in its column) belongs to its first band, as Word writes it.
 */
function gridRows(g: Grid, pieces: TextPiece[]): string[][] {
  const bands = g.ys.length - 1;
  const columns = g.xs.length - 1;
  const colMid = (c: number): number => ((g.xs[c] as number) + (g.xs[c + 1] as number)) / 2;
  const ruledAt = (y: number, x: number): boolean =>
    g.horizontals.some((h) => Math.abs((h.y0 + h.y1) / 2 - y) <= TOUCH && x >= h.x0 - TOUCH && x <= h.x1 + TOUCH);
  const owner = (r: number, c: number): number => {
    let r0 = r;
    while (r0 > 0 && !ruledAt(g.ys[r0] as number, colMid(c))) r0--;
    return r0;
  };
  const buckets: TextPiece[][][] = Array.from({ length: bands }, () => Array.from({ length: columns }, () => []));
  for (const p of pieces) {
    const y = anchorY(p);
    const mx = p.x + p.width / 2;
    const r = g.ys.findIndex((top, k) => k < bands && y < top && y > (g.ys[k + 1] as number));
    const c = g.xs.findIndex((left, k) => k < columns && mx >= left && mx < (g.xs[k + 1] as number));
    if (r >= 0 && c >= 0) buckets[owner(r, c)]?.[c]?.push(p);
  }
  const rows: string[][] = [];
  for (let r = 0; r < bands; r++) {
    const mid = ((g.ys[r] as number) + (g.ys[r + 1] as number)) / 2;
    const bounds = g.xs
      .map((x, k) => ({ x, k }))
      .filter(({ x, k }) => k === 0 || k === columns || g.verticals.some((v) => Math.abs((v.x0 + v.x1) / 2 - x) <= TOUCH && v.y0 <= mid && v.y1 >= mid));
    const cells: string[] = [];
    for (let b = 0; b + 1 < bounds.length; b++) {
      const from = bounds[b] as { x: number; k: number };
      const to = bounds[b + 1] as { x: number; k: number };
      const inCell = (buckets[r] ?? []).slice(from.k, to.k).flat();
      cells.push(cellText(inCell, from.x, to.x));
      // A cell spread over several columns keeps the row as wide as the table, so columns are read by position.
      for (let k = from.k + 1; k < to.k; k++) cells.push('');
    }
    if (cells.some((c) => c !== '')) rows.push(cells);
  }
  return rows;
}

/** The text of one cell: wrapped lines joined by a space, separate paragraphs by " / " (as the .docx reader does). */
function cellText(pieces: TextPiece[], left: number, right: number): string {
  const lines = buildLines(pieces).map(lineEntry);
  if (lines.length === 0) return '';
  const pad = Math.min(10, Math.max(2, Math.min(...lines.map((l) => l.x0)) - left));
  let out = lines[0]?.text ?? '';
  for (let k = 1; k < lines.length; k++) {
    const prev = lines[k - 1] as LineEntry;
    const line = lines[k] as LineEntry;
    const wrapped = prev.x1 + 0.25 * prev.size + line.firstWord > right - pad - 0.5;
    out = wrapped ? joinWrapped(out, line.text) : out + CELL_PARAGRAPH_SEPARATOR + line.text;
  }
  return out;
}
