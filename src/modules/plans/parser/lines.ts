/**
 * Turning raw document text into clean lines: cleaning, re-joining wrapped lines and
 * un-flattening layout tables (header and signature blocks copied as "a | b" rows).
 */
import { cleanText, fold, toneKey } from '../../../platform/text';
import { CELL_PARAGRAPH_SEPARATOR, CELL_SEPARATOR, isNationalHeader, isRow, rowCells, startsStructure } from './line-kinds';
import { isTaskTableHeader } from './task-table';
import { isSeparatorLine } from './vn-text';

// Words after which a line cannot end a phrase, so the next line continues it.
// Compared with accents: "VIỆT NAM" must not read as the connector "năm".
const CONNECTORS = new Set(
  ['và', 'các', 'của', 'với', 'tại', 'cho', 'về', 'trên', 'theo', 'hoặc', 'có', 'là', 'được', 'để', 'từ', 'đến',
    'trong', 'ngày', 'tháng', 'năm', 'số', 'những', 'một', 'nhằm', 'thực', 'sự'].map((w) => toneKey(w)),
);
const STARTS_LOWER = /^\p{Ll}/u;
const LAYOUT_MARKER = /^(?:so\s*:?\s*\d|noi nhan|(?:tm|kt|tl|tuq|q)\.\s|chu tich$|pho chu tich$|giam doc$|v\/v\b)/u;

/** Cleans `text` and returns its lines, wrapped lines re-joined and layout tables read column by column. */
export function prepareLines(text: string): string[] {
  const raw = cleanText(text)
    .split('\n')
    .map((l) => normalizeRow(l.trim()));
  return unflattenLayoutTables(joinWrapped(raw));
}

/** Normalises the spacing around "|" and drops rows whose cells are all empty. */
function normalizeRow(line: string): string {
  if (!isRow(line)) return line;
  let cells = rowCells(line);
  // "| a | b |" (markdown style) has empty outer cells that are not real columns.
  if (line.startsWith('|') && line.endsWith('|') && cells.length > 2) cells = cells.slice(1, -1);
  if (cells.every((c) => c === '')) return '';
  return cells.join(CELL_SEPARATOR);
}

/** Re-joins lines that were hard-wrapped inside a sentence or a field (a unit list broken across lines). */
function joinWrapped(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (prev !== undefined && continues(prev, line)) out[out.length - 1] = `${prev} ${line}`;
    else out.push(line);
  }
  return out;
}

function continues(prev: string, next: string): boolean {
  // A table row never continues the line before it; a plain line may finish a row's last cell.
  if (prev === '' || next === '' || isRow(next) || startsStructure(next) || isSeparatorLine(prev)) return false;
  if (STARTS_LOWER.test(next)) return true;
  if (/[,(–-]$/u.test(prev)) return true;
  const lastWord = toneKey(prev.split(/\s+/u).pop() ?? '');
  return CONNECTORS.has(lastWord);
}

/**
 * Header and signature blocks are two-column tables; copied as text they come out row by row
 * ("ỦY BAN NHÂN DÂN | CỘNG HÒA ..."). Reading them column by column restores the natural order
 * (issuer lines, then motto; recipients, then signature) that the rest of the parser expects.
 */
function unflattenLayoutTables(lines: string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!isRow(lines[i] ?? '')) {
      out.push(lines[i] ?? '');
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && isRow(lines[j] ?? '')) j++;
    const block = lines.slice(i, j);
    if (isLayoutBlock(block)) out.push(...readColumns(block));
    else out.push(...block);
    i = j;
  }
  return out;
}

function isLayoutBlock(block: string[]): boolean {
  if (block.some((row) => isTaskTableHeader(rowCells(row)))) return false;
  const cells = block.flatMap((r) => rowCells(r)).flatMap((c) => c.split(CELL_PARAGRAPH_SEPARATOR));
  return cells.some((c) => isNationalHeader(c) || LAYOUT_MARKER.test(fold(c)));
}

function readColumns(block: string[]): string[] {
  const rows = block.map((r) => rowCells(r));
  const width = Math.max(...rows.map((r) => r.length));
  const out: string[] = [];
  for (let c = 0; c < width; c++) {
    for (const row of rows) {
      const cell = row[c] ?? '';
      for (const piece of cell.split(CELL_PARAGRAPH_SEPARATOR)) {
        const t = piece.trim();
        if (t !== '') out.push(t);
      }
    }
    out.push('');
  }
  return joinWrapped(out);
}
