/**
 * Reading the text of a .docx: paragraphs become lines, table rows become "cell | cell" lines
 * (paragraphs inside a cell joined by " / "), list numbering is rebuilt, and runs set in legacy
 * Vietnamese fonts (TCVN3 ".VnTime", VNI "VNI-Times") are converted to Unicode.
 */
import JSZip from 'jszip';
import { PlanParseError } from '../errors';
import { CELL_PARAGRAPH_SEPARATOR, CELL_SEPARATOR } from '../line-kinds';
import { DocxNumbering } from './docx-numbering';
import { type DocxStyles, fontOfAttrs, legacyFontKind, readStyles } from './docx-styles';
import { decodeLegacy, repairLegacyText, textToByteString } from './legacy-decode';
import { tokenizeXml } from './xml';

interface Run {
  text: string;
  font: string | null;
  style: string | null;
}

interface Paragraph {
  parts: string[];
  style: string | null;
  numId: string | null;
  ilvl: number;
  run: Run | null;
}

interface Table {
  rows: string[][];
  row: string[] | null;
  cell: string[] | null;
  /** Grid columns the open cell spans (w:gridSpan): the row keeps one (empty) cell per column it covers. */
  span: number;
}

// Elements whose text is not document text: deleted text, field codes, duplicate fallback content.
const SKIPPED = new Set(['mc:Fallback', 'w:delText', 'w:instrText', 'w:fldData', 'w:footnoteReference']);

/** Extracts the text of a .docx file; throws PlanParseError('broken-docx') when it cannot be opened. */
export async function readDocx(data: Uint8Array): Promise<string> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    throw new PlanParseError('broken-docx');
  }
  const doc = zip.file('word/document.xml');
  if (doc === null) throw new PlanParseError('broken-docx', 'Tệp .docx không có phần nội dung (word/document.xml): tệp bị hỏng hoặc không phải văn bản Word.');
  let xml: string;
  try {
    xml = await doc.async('string');
  } catch {
    throw new PlanParseError('broken-docx');
  }
  const styles = readStyles(await optionalPart(zip, 'word/styles.xml'));
  const numbering = new DocxNumbering(await optionalPart(zip, 'word/numbering.xml'));
  return repairLegacyText(documentText(xml, styles, numbering));
}

async function optionalPart(zip: JSZip, path: string): Promise<string | null> {
  const f = zip.file(path);
  if (f === null) return null;
  try {
    return await f.async('string');
  } catch {
    return null;
  }
}

/** Walks document.xml and returns its text, one paragraph or table row per line. */
export function documentText(xml: string, styles: DocxStyles, numbering: DocxNumbering): string {
  const lines: string[] = [];
  const paragraphs: Paragraph[] = [];
  const tables: Table[] = [];
  const path: string[] = [];
  let skip = 0;
  let inText = false;
  const parent = (): string => path[path.length - 2] ?? '';
  const para = (): Paragraph | undefined => paragraphs[paragraphs.length - 1];

  for (const t of tokenizeXml(xml)) {
    if (t.type === 'text') {
      const run = para()?.run;
      if (inText && skip === 0 && run != null) run.text += t.text;
      continue;
    }
    if (t.type === 'open') {
      path.push(t.name);
      if (SKIPPED.has(t.name)) skip++;
      if (skip > 0) continue;
      const p = para();
      switch (t.name) {
        case 'w:p':
          paragraphs.push({ parts: [], style: null, numId: null, ilvl: 0, run: null });
          break;
        case 'w:pStyle':
          if (p !== undefined) p.style = t.attrs['w:val'] ?? null;
          break;
        case 'w:numId':
          if (p !== undefined) p.numId = t.attrs['w:val'] ?? null;
          break;
        case 'w:ilvl':
          if (p !== undefined) p.ilvl = Number(t.attrs['w:val'] ?? '0');
          break;
        case 'w:r':
          if (p !== undefined) p.run = { text: '', font: null, style: null };
          break;
        case 'w:rFonts':
          if (p?.run != null && path[path.length - 3] === 'w:r') p.run.font = fontOfAttrs(t.attrs);
          break;
        case 'w:rStyle':
          if (p?.run != null) p.run.style = t.attrs['w:val'] ?? null;
          break;
        case 'w:t':
          inText = true;
          break;
        case 'w:tab':
          if (p?.run != null && parent() === 'w:r') p.run.text += '\t';
          break;
        case 'w:br':
        case 'w:cr':
          if (p?.run != null && parent() === 'w:r') p.run.text += '\n';
          break;
        case 'w:noBreakHyphen':
          if (p?.run != null) p.run.text += '-';
          break;
        case 'w:tbl':
          tables.push({ rows: [], row: null, cell: null, span: 1 });
          break;
        case 'w:tr': {
          const tb = tables[tables.length - 1];
          if (tb !== undefined) tb.row = [];
          break;
        }
        case 'w:tc': {
          const tb = tables[tables.length - 1];
          if (tb !== undefined) {
            tb.cell = [];
            tb.span = 1;
          }
          break;
        }
        case 'w:gridBefore': {
          // A row that starts further right (its first grid columns left out) keeps them as empty cells.
          const tb = tables[tables.length - 1];
          const n = Number(t.attrs['w:val'] ?? '0');
          if (tb?.row != null && tb.cell === null && Number.isInteger(n) && n > 0 && n < 64) for (let k = 0; k < n; k++) tb.row.push('');
          break;
        }
        case 'w:gridSpan': {
          const tb = tables[tables.length - 1];
          const span = Number(t.attrs['w:val'] ?? '1');
          if (tb?.cell != null && path[path.length - 2] === 'w:tcPr' && Number.isInteger(span) && span > 1 && span < 64) tb.span = span;
          break;
        }
      }
    }
    if (t.type === 'close') {
      const name = t.name;
      path.pop();
      if (SKIPPED.has(name)) {
        skip = Math.max(0, skip - 1);
        continue;
      }
      if (skip > 0) continue;
      const p = para();
      const tb = tables[tables.length - 1];
      if (name === 'w:t') inText = false;
      else if (name === 'w:r' && p?.run != null) {
        p.parts.push(runText(p.run, p, styles));
        p.run = null;
      } else if (name === 'w:p' && p !== undefined) {
        paragraphs.pop();
        const label = p.numId !== null && p.numId !== '0' ? numbering.next(p.numId, p.ilvl) : null;
        const body = p.parts.join('');
        const text = label === null ? body : `${label} ${body}`;
        if (tb?.cell != null) tb.cell.push(text.replace(/\n/gu, CELL_PARAGRAPH_SEPARATOR));
        else lines.push(...text.split('\n'));
      } else if (name === 'w:tc' && tb?.cell != null && tb.row !== null) {
        tb.row.push(nonEmpty(tb.cell).join(CELL_PARAGRAPH_SEPARATOR));
        // A cell merged across columns is followed by empty cells, so later cells stay under their headers.
        for (let k = 1; k < tb.span; k++) tb.row.push('');
        tb.cell = null;
      } else if (name === 'w:tr' && tb?.row != null) {
        tb.rows.push(tb.row);
        tb.row = null;
      } else if (name === 'w:tbl' && tb !== undefined) {
        tables.pop();
        const outer = tables[tables.length - 1];
        if (outer?.cell != null) outer.cell.push(tb.rows.map((r) => nonEmpty(r).join(CELL_PARAGRAPH_SEPARATOR)).join(CELL_PARAGRAPH_SEPARATOR));
        else lines.push(...tb.rows.map((r) => (nonEmpty(r).length === 0 ? '' : r.map((c) => c.trim()).join(CELL_SEPARATOR))));
      }
    }
  }
  return lines.join('\n');
}

function runText(run: Run, p: Paragraph, styles: DocxStyles): string {
  const font = run.font ?? styles.fontOf(run.style) ?? styles.fontOf(p.style ?? styles.defaultParagraphStyle) ?? styles.defaultFont;
  const legacy = legacyFontKind(font);
  if (legacy === null) return run.text;
  const decoded = decodeLegacy(textToByteString(run.text), legacy.encoding);
  return legacy.upper ? decoded.toUpperCase() : decoded;
}

function nonEmpty(xs: readonly string[]): string[] {
  return xs.map((x) => x.trim()).filter((x) => x !== '');
}
