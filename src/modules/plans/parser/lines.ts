/**
 * Turning raw document text into clean lines: cleaning, re-joining wrapped lines and
 * un-flattening layout tables (header and signature blocks copied as "a | b" rows).
 */
import { cleanText, fold, toneKey } from '../../../platform/text';
import { CELL_PARAGRAPH_SEPARATOR, CELL_SEPARATOR, isRow, rowCells, startsStructure } from './line-kinds';
import { splitSignatureRun } from './closing';
import { isTaskTableHeader } from './task-table';
import { foldKeep, isMottoLine, isSeparatorLine, isUpperText } from './vn-text';

// Words after which a line cannot end a phrase, so the next line continues it.
// Compared with accents: "VIỆT NAM" must not read as the connector "năm".
const CONNECTORS = new Set(
  ['và', 'các', 'của', 'với', 'tại', 'cho', 'về', 'trên', 'theo', 'hoặc', 'có', 'là', 'được', 'để', 'từ', 'đến',
    'trong', 'ngày', 'tháng', 'năm', 'số', 'những', 'một', 'nhằm', 'thực', 'sự'].map((w) => toneKey(w)),
);
const STARTS_LOWER = /^\p{Ll}/u;
// A blank draft number ("Số:      /KH-UBND", "Số: …/QĐ-UBND") marks a header cell as surely as a real one.
const LAYOUT_MARKER = /^(?:so\s*:?\s*(?:\d|[.…]*\s*\/)|noi nhan|(?:tm|kt|tl|tuq|q)\.\s|chu tich$|pho chu tich$|giam doc$|v\/v\b)/u;
// Page numbers that PDF-to-text leaves in the body: "- 2 -", "Trang 2", "2/7"; a bare "2" is handled apart.
const PAGE_NUMBER = /^(?:[-–—]\s*\d{1,3}\s*[-–—]|trang\s+\d{1,3}(?:\s*\/\s*\d{1,3})?|\d{1,3}\s*\/\s*\d{1,3})$/u;
const BARE_NUMBER = /^\d{1,3}$/u;
// A combining mark that OCR separated from its letter by a space ("KÊ ́ HOẠCH").
const DETACHED_MARK = /(\p{L}) (\p{M})/gu;

/** Cleans `text` and returns its lines, wrapped lines re-joined and layout tables read column by column. */
export function prepareLines(text: string): string[] {
  const raw = dropPageNumbers(
    cleanText(unescapeLiteralBreaks(text).replace(DETACHED_MARK, '$1$2'))
      .split('\n')
      .map((l) => normalizeRow(l.trim())),
  );
  return unflattenLayoutTables(joinWrapped(joinNumberField(raw))).flatMap(splitHeaderRuns).flatMap((l) => (l.includes('|') ? [l] : splitSignatureRun(l)));
}

// "Số:" and the number on lines of their own (a tab stop in the header became a line break).
const LONE_NUMBER_LABEL = /^s[oố]\s*[:.]?$/iu;
const NUMBER_START = /^(?:\d|[._…]*\s*\/\s*\p{Lu})/u;

function joinNumberField(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const next = lines[i + 1] ?? '';
    if (LONE_NUMBER_LABEL.test(line) && NUMBER_START.test(next)) {
      out.push(`Số: ${next}`);
      i++;
    } else out.push(line);
  }
  return out;
}

/**
 * Drops page numbers. Bare numbers ("2") are page numbers only when they run 2, 3, 4 … and no "1" stands
 * alone (the first page carries no number); a table flattened one cell a line numbers its rows from 1.
 */
function dropPageNumbers(lines: string[]): string[] {
  const bare = lines.filter((l) => BARE_NUMBER.test(l)).map(Number);
  const arePages = bare.length > 0 && bare.every((n, i) => n === (i === 0 ? n : (bare[i - 1] ?? 0) + 1) && n >= 2);
  return lines.filter((l) => !PAGE_NUMBER.test(fold(l)) && !(arePages && BARE_NUMBER.test(l)));
}

/**
 * A text copied out of a JSON API keeps its line breaks as the two characters "\" "n". When such escapes
 * outnumber the real line breaks, they are turned back into breaks (with \" and \t), and the JSON quotes dropped.
 */
export function unescapeLiteralBreaks(text: string): string {
  const escapes = text.match(/\\r\\n|\\n|\\r/gu)?.length ?? 0;
  const breaks = text.match(/\n/gu)?.length ?? 0;
  if (escapes < 3 || escapes <= breaks) return text;
  let t = text.trim();
  if (t.length > 1 && t.startsWith('"') && t.endsWith('"')) t = t.slice(1, -1);
  return t
    .replace(/\\u([0-9a-fA-F]{4})/gu, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    .replace(/\\r\\n|\\n|\\r/gu, '\n')
    .replace(/\\t/gu, ' ')
    .replace(/\\(["\\/])/gu, '$1');
}

// The motto and a "Số:" field glued to the column beside them when a two-column header is read across
// (PDF text in layout order, or header cells whose paragraphs were joined by spaces).
const MOTTO_RUN = /cong hoa xa hoi chu nghia viet nam|doc lap\s*[-–—]\s*tu do\s*[-–—]\s*hanh phuc/gu;
const NUMBER_FIELD = /\s(so\s?:\s*(?:\d|[.…]*\s*\/))/u;

/** Splits a header line into its columns: "ỦY BAN … CỘNG HÒA …", "TỈNH X Độc lập - …", "… Số: 12/KH-UBND". */
function splitHeaderRuns(line: string): string[] {
  if (line === '' || line.includes('|')) return [line];
  const folded = foldKeep(line);
  const pieces: string[] = [];
  let start = 0;
  MOTTO_RUN.lastIndex = 0;
  for (let m = MOTTO_RUN.exec(folded); m !== null; m = MOTTO_RUN.exec(folded)) {
    // The country's name in a title or a sentence ("… NGÀY PHÁP LUẬT NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM NĂM
    // 2024") is not the motto: the motto is in capitals, after nothing but an organ's name, before its second line.
    if (m[0].startsWith('cong') && !isMottoAt(line, folded, m.index, m[0].length)) continue;
    pieces.push(line.slice(start, m.index));
    // The motto is written out in its standard form (OCR gives "—" or "–" between the words).
    pieces.push(m[0].startsWith('cong') ? line.slice(m.index, m.index + m[0].length) : 'Độc lập - Tự do - Hạnh phúc');
    start = m.index + m[0].length;
  }
  pieces.push(line.slice(start));
  return pieces.map((p) => p.trim()).filter((p) => p !== '').flatMap(splitNumberField);
}

const ORGAN_OPENERS = /^(?:uy ban|ubnd|hoi dong|so|bo|ban|van phong|cong an|cuc|chi cuc|phong|trung tam|tinh uy|huyen uy|thanh uy|dang uy|truong|vien|thanh tra)\b/u;

function isMottoAt(line: string, folded: string, at: number, length: number): boolean {
  if (!isUpperText(line.slice(at, at + length))) return false;
  const before = folded.slice(0, at).trim();
  const after = folded.slice(at + length).trim();
  const beforeOk = before === '' || (ORGAN_OPENERS.test(before) && !/\b(?:ke hoach|quyet dinh|chuong trinh|thong bao)\b/u.test(before));
  const afterOk = after === '' || after.startsWith('doc lap') || !isUpperText(line.slice(at + length)) || before !== '';
  return beforeOk && afterOk;
}

function splitNumberField(piece: string): string[] {
  const m = NUMBER_FIELD.exec(foldKeep(piece));
  if (m === null) return [piece];
  const before = piece.slice(0, m.index).trim();
  // Only an organ name in capitals sits before the number field; "… theo Công văn số: 12/…" stays whole.
  return isUpperText(before) ? [before, piece.slice(m.index).trim()] : [piece];
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
  return cells.some((c) => isMottoLine(c) || LAYOUT_MARKER.test(fold(c)));
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
