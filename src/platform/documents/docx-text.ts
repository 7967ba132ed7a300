/**
 * Plain-text extraction from a DOCX, for tests of code that produces documents.
 */
import JSZip from 'jszip';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the five XML entities and numeric character references. */
function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (m, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? m;
  });
}

/** Mutable state of the scan: open paragraphs, table rows and cells (tables may nest). */
interface Scan {
  out: string[];
  paragraphs: string[];
  rows: string[][];
  cells: string[][];
}

/** Adds a finished paragraph to the innermost cell, or to the output when outside tables. */
function closeParagraph(s: Scan): void {
  const text = s.paragraphs.pop() ?? '';
  const cell = s.cells[s.cells.length - 1];
  if (cell) {
    if (text.trim() !== '') cell.push(text);
  } else if (s.paragraphs.length > 0) {
    // A paragraph nested in another (text box) is folded into its parent's text.
    s.paragraphs[s.paragraphs.length - 1] += text;
  } else {
    s.out.push(text);
  }
}

/** Appends text to the innermost open paragraph. */
function addText(s: Scan, text: string): void {
  const i = s.paragraphs.length - 1;
  if (i >= 0) s.paragraphs[i] += text;
}

/** Closes a row: at top level it becomes one " | "-joined line, nested it becomes part of the outer cell. */
function closeRow(s: Scan): void {
  const row = s.rows.pop() ?? [];
  const line = row.join(' | ');
  const outer = s.cells[s.cells.length - 1];
  if (outer) outer.push(line);
  else s.out.push(line);
}

/**
 * Returns the body text of word/document.xml: one line per paragraph (empty ones included), one line per
 * table row with its cells joined by " | " (a cell's non-empty paragraphs joined by a space).
 */
export async function readDocxText(buf: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buf);
  const entry = zip.file('word/document.xml');
  if (!entry) throw new Error('not a DOCX: word/document.xml is missing');
  const xml = await entry.async('string');
  const s: Scan = { out: [], paragraphs: [], rows: [], cells: [] };
  const tag = /<(\/?)(w:[A-Za-z]+)\b[^>]*?(\/?)>|([^<]+)/g;
  let inText = false;
  // <w:tab/> inside <w:tabs> defines a tab stop, it is not a tab character.
  let inTabStops = false;
  for (let m = tag.exec(xml); m !== null; m = tag.exec(xml)) {
    const [, closing, name, selfClosing, chars] = m;
    if (chars !== undefined) {
      if (inText) addText(s, decodeXml(chars));
      continue;
    }
    const open = closing !== '/';
    const empty = selfClosing === '/';
    switch (name) {
      case 'w:t':
        inText = open && !empty;
        break;
      case 'w:p':
        if (open) s.paragraphs.push('');
        if (!open || empty) closeParagraph(s);
        break;
      case 'w:tabs':
        inTabStops = open && !empty;
        break;
      case 'w:tab':
        if (open && !inTabStops) addText(s, '\t');
        break;
      case 'w:br':
      case 'w:cr':
        if (open) addText(s, '\n');
        break;
      case 'w:tr':
        if (open && !empty) s.rows.push([]);
        else if (!open) closeRow(s);
        break;
      case 'w:tc':
        if (open && !empty) s.cells.push([]);
        else if (!open) s.rows[s.rows.length - 1]?.push((s.cells.pop() ?? []).join(' '));
        break;
      default:
        break;
    }
  }
  return s.out.join('\n');
}
