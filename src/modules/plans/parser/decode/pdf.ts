/**
 * Reading the text layer of a PDF (pdfjs-dist, its Node build, no worker file and no canvas): page by page,
 * lines rebuilt from positions, tables rebuilt as "cell | cell" rows, paragraphs re-joined, running headers,
 * footers and page numbers dropped. A scan (no text layer) is refused: there is no OCR here.
 */
import { PlanParseError } from '../errors';
import { CELL_SEPARATOR, startsStructure } from '../line-kinds';
import { joinWrapped, type LineEntry, layoutPage, type PageEntry, type Rule, type RowsEntry, type TextPiece } from './pdf-layout';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfDocument = Awaited<ReturnType<Pdfjs['getDocument']>['promise']>;
type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>;

/** Limits of one PDF read; a plan longer than this is split or sent as .docx. */
export const PDF_LIMITS = { maxPages: 300, maxChars: 2_000_000 } as const;

// A page with fewer visible characters than this has no usable text layer (a scan, perhaps with a page number).
const MIN_PAGE_CHARS = 40;

let pdfjs: Promise<Pdfjs> | null = null;
function loadPdfjs(): Promise<Pdfjs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

interface PageRead {
  height: number;
  entries: PageEntry[];
  chars: number;
  // The page has (almost) no text but paints an image: a scanned page.
  isImage: boolean;
}

/** The text of a PDF and the pages that are scanned images among pages with text (their content is not read). */
export interface PdfReading {
  text: string;
  imagePages: number[];
}

/** Extracts the text of a PDF; throws PlanParseError ('broken-pdf', 'encrypted-pdf', 'scanned-pdf', 'too-complex'). */
export async function readPdf(data: Uint8Array, limits: { maxPages: number; maxChars: number } = PDF_LIMITS): Promise<string> {
  return (await readPdfDocument(data, limits)).text;
}

/** Like readPdf, and also names the scanned pages of a PDF that otherwise has a text layer. */
export async function readPdfDocument(data: Uint8Array, limits: { maxPages: number; maxChars: number } = PDF_LIMITS): Promise<PdfReading> {
  const lib = await loadPdfjs();
  let doc: PdfDocument;
  try {
    // pdfjs takes ownership of the buffer it is given; a copy keeps the caller's bytes intact.
    doc = await lib.getDocument({ data: data.slice(), verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false }).promise;
  } catch (e) {
    throw openError(e);
  }
  try {
    if (doc.numPages > limits.maxPages) {
      throw new PlanParseError('too-complex', `Tệp PDF có ${doc.numPages} trang, quá giới hạn ${limits.maxPages} trang: hãy tách phụ lục hoặc tải lên bản .docx.`);
    }
    const pages: PageRead[] = [];
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const last = pages[pages.length - 1]?.entries.at(-1);
      const page = await readPage(doc, n, last?.kind === 'rows' && !last.ruled);
      chars += page.chars;
      if (chars > limits.maxChars) throw new PlanParseError('too-complex', `Tệp PDF có hơn ${limits.maxChars.toLocaleString('vi-VN')} ký tự, quá dài để đọc một lần: hãy tách phụ lục hoặc tải lên bản .docx.`);
      pages.push(page);
    }
    const withText = pages.filter((p) => p.chars >= MIN_PAGE_CHARS).length;
    if (withText === 0 || withText * 2 < pages.length) throw new PlanParseError('scanned-pdf');
    const imagePages = pages.flatMap((p, k) => (p.isImage ? [k + 1] : []));
    return { text: assemble(dropRunningLines(pages)), imagePages };
  } catch (e) {
    if (e instanceof PlanParseError) throw e;
    throw new PlanParseError('broken-pdf', 'Tệp PDF bị hỏng: không đọc được nội dung của một số trang.');
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

function openError(e: unknown): PlanParseError {
  const name = e instanceof Error ? e.name : '';
  if (name === 'PasswordException') return new PlanParseError('encrypted-pdf');
  return new PlanParseError('broken-pdf');
}

async function readPage(doc: PdfDocument, n: number, continuesBlock: boolean): Promise<PageRead> {
  const page = await doc.getPage(n);
  try {
    // Positions are taken in the page as shown (a page turned by /Rotate reads upright), y measured upwards.
    const view = page.getViewport({ scale: 1 });
    const toPage = (m: number[]): number[] => {
      const t = multiply(view.transform, m);
      return [t[0] ?? 0, -(t[1] ?? 0), t[2] ?? 0, -(t[3] ?? 0), t[4] ?? 0, view.height - (t[5] ?? 0)];
    };
    const content = await page.getTextContent();
    const pieces: TextPiece[] = [];
    let chars = 0;
    for (const item of content.items) {
      if (!('str' in item) || item.str === '') continue;
      const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = toPage(item.transform as number[]);
      // Text that is not upright (a stamp, a vertical margin note) is not part of the reading flow.
      if (Math.abs(b) > 0.01 * Math.abs(a) || Math.abs(c) > 0.01 * Math.abs(d) || a <= 0 || d <= 0) continue;
      pieces.push({ text: item.str.normalize('NFC'), x, y, width: item.width, size: d });
      chars += item.str.replace(/\s/gu, '').length;
    }
    const hasText = chars >= MIN_PAGE_CHARS;
    const drawn = await pageDrawing(page, toPage);
    return { height: view.height, entries: hasText ? layoutPage(pieces, drawn.rules, continuesBlock) : [], chars, isImage: !hasText && drawn.hasImage };
  } finally {
    page.cleanup();
  }
}

/** The bounding boxes of the page's stroked and filled paths, in page space (table borders among them), and whether it paints an image. */
async function pageDrawing(page: PdfPage, toPage: (m: number[]) => number[]): Promise<{ rules: Rule[]; hasImage: boolean }> {
  const { OPS } = await loadPdfjs();
  const list = await page.getOperatorList();
  const rules: Rule[] = [];
  const images = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintInlineImageXObjectGroup, OPS.paintImageXObjectRepeat]);
  const hasImage = list.fnArray.some((fn) => images.has(fn));
  let ctm = [1, 0, 0, 1, 0, 0];
  const stack: number[][] = [];
  const painting = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  list.fnArray.forEach((fn, k) => {
    const args = list.argsArray[k] as unknown[];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0];
    else if (fn === OPS.transform) ctm = multiply(ctm, (args as number[]).slice(0, 6));
    else if (fn === OPS.constructPath && painting.has(args[0] as number)) {
      const box = args[2] as ArrayLike<number> | null | undefined;
      if (box == null || box.length < 4) return;
      const m = toPage(ctm);
      const p = apply(m, box[0] as number, box[1] as number);
      const q = apply(m, box[2] as number, box[3] as number);
      rules.push({ x0: Math.min(p[0], q[0]), y0: Math.min(p[1], q[1]), x1: Math.max(p[0], q[0]), y1: Math.max(p[1], q[1]) });
    }
  });
  return { rules, hasImage };
}

function multiply(m: number[], n: number[]): number[] {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = m;
  const [a2 = 1, b2 = 0, c2 = 0, d2 = 1, e2 = 0, f2 = 0] = n;
  return [a2 * a + b2 * c, a2 * b + b2 * d, c2 * a + d2 * c, c2 * b + d2 * d, e2 * a + f2 * c + e, e2 * b + f2 * d + f];
}

function apply(m: number[], x: number, y: number): [number, number] {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = m;
  return [a * x + c * y + e, b * x + d * y + f];
}

// ---- Running headers, footers and page numbers ----------------------------------------------------------------

const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:trang\s*)?\d{1,4}(?:\s*(?:\/|trên)\s*\d{1,4})?(?:\s*[-–—])?$/iu;

function edgeLines(page: PageRead): LineEntry[] {
  const lines = page.entries;
  const out: LineEntry[] = [];
  const first = lines[0];
  const last = lines[lines.length - 1];
  if (first?.kind === 'line' && first.y > page.height * 0.85) out.push(first);
  if (last?.kind === 'line' && last !== first && last.y < page.height * 0.15) out.push(last);
  return out;
}

function runningKey(text: string): string {
  return text.replace(/\d+/gu, '#').toLowerCase();
}

/** Drops bare page numbers at the top or bottom of a page and lines repeated at the same edge of most pages. */
function dropRunningLines(pages: PageRead[]): PageRead[] {
  const counts = new Map<string, number>();
  for (const p of pages) for (const l of edgeLines(p)) counts.set(runningKey(l.text), (counts.get(runningKey(l.text)) ?? 0) + 1);
  const repeated = Math.max(3, Math.ceil(pages.length / 2));
  return pages.map((p) => {
    const drop = new Set(edgeLines(p).filter((l) => PAGE_NUMBER.test(l.text) || (counts.get(runningKey(l.text)) ?? 0) >= repeated));
    return { ...p, entries: p.entries.filter((e) => !(e.kind === 'line' && drop.has(e))) };
  });
}

// ---- Paragraphs and tables across pages -----------------------------------------------------------------------

interface Margins {
  left: number;
  right: number;
  spacing: number;
}

function marginsOf(entries: PageEntry[]): Margins {
  const lines = entries.filter((e): e is LineEntry => e.kind === 'line');
  if (lines.length === 0) return { left: 0, right: 0, spacing: 0 };
  const gaps = new Map<number, number>();
  lines.slice(1).forEach((l, k) => {
    const g = Math.round((lines[k] as LineEntry).y - l.y);
    if (g > 0) gaps.set(g, (gaps.get(g) ?? 0) + 1);
  });
  const spacing = [...gaps.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
  return { left: Math.min(...lines.map((l) => l.x0)), right: Math.max(...lines.map((l) => l.x1)), spacing };
}

interface Placed {
  line: LineEntry;
  margins: Margins;
  // The line continues a numbered or bulleted line whose wrapped lines sit under its text (a hanging indent).
  hanging: boolean;
}

/** Whether `next` is the wrapped continuation of `prev` (its first word would not have fit on `prev`), and how. */
function continuesParagraph(prev: Placed, next: Placed, samePage: boolean): 'no' | 'flush' | 'hanging' {
  const a = prev.line;
  const b = next.line;
  if (startsStructure(b.text) || Math.abs(a.size - b.size) > 1.5) return 'no';
  if (samePage && (a.y - b.y > 2 * Math.max(a.size, b.size) || a.y <= b.y)) return 'no';
  // A gap clearly wider than the page's usual line spacing is space between paragraphs.
  if (samePage && next.margins.spacing > 0 && a.y - b.y > 1.5 * next.margins.spacing) return 'no';
  // The first word's width is estimated from its share of the characters (wide letters make it short), and the
  // right margin from the longest line; allow some error. A new paragraph is told apart by its indent or spacing.
  if (a.x1 + 0.25 * a.size + b.firstWord <= prev.margins.right - 0.6 * a.size) return 'no';
  // A wrapped line starts at the left margin, no further right than the line before it (which may have a first-line
  // indent); or, under a numbered or bulleted line, under its text (a hanging indent). Any other line starting
  // further right is a new paragraph or a centered line.
  const atMargin = b.x0 <= next.margins.left + b.size;
  if (atMargin && (!samePage || b.x0 <= a.x0 + 0.5 * b.size)) return 'flush';
  if (!samePage) return 'no';
  if (startsStructure(a.text) && b.x0 > a.x0 && b.x0 <= a.x0 + 3 * b.size) return 'hanging';
  if (prev.hanging && Math.abs(b.x0 - a.x0) <= 0.5 * b.size) return 'hanging';
  return 'no';
}

/** Joins the pages into one text: paragraphs re-joined, blank lines where the page leaves one, tables continued. */
function assemble(pages: PageRead[]): string {
  const out: string[] = [];
  let prev: Placed | null = null;
  let table: { header: string; width: number } | null = null;
  for (const page of pages) {
    const margins = marginsOf(page.entries);
    let firstOnPage = true;
    for (const entry of page.entries) {
      if (entry.kind === 'line') {
        const here: Placed = { line: entry, margins, hanging: false };
        const joins = prev === null ? 'no' : continuesParagraph(prev, here, !firstOnPage);
        here.hanging = joins === 'hanging';
        if (joins !== 'no') {
          out[out.length - 1] = joinWrapped(out[out.length - 1] ?? '', entry.text);
        } else {
          const blank = prev !== null && !firstOnPage && margins.spacing > 0 && prev.line.y - entry.y >= 1.8 * margins.spacing;
          if (blank) out.push('');
          out.push(entry.text);
        }
        prev = here;
        table = null;
      } else {
        table = placeRows(out, entry, firstOnPage ? table : null);
        prev = null;
      }
      firstOnPage = false;
    }
  }
  return out.join('\n');
}

/**
 * Writes table rows. A ruled table at the top of a page that continues the table ending the previous page
 * drops its repeated header row and finishes the row that was cut by the page break.
 */
function placeRows(out: string[], entry: RowsEntry, before: { header: string; width: number } | null): { header: string; width: number } | null {
  const rows = entry.rows.map((r) => r.map((c) => c.trim()));
  const width = Math.max(...rows.map((r) => r.length));
  let start = 0;
  if (entry.ruled && before !== null && width === before.width) {
    if (rows[0]?.join(CELL_SEPARATOR) === before.header) start = 1;
    const first = rows[start];
    const last = out[out.length - 1];
    // A row cut by the page break goes on with its task text or mid-sentence; a row with neither is the next row
    // of cells merged downwards (number and task empty), which the .docx reader also gives as a row of its own.
    const cut = first !== undefined && first[0] === '' && ((first[1] ?? '') !== '' || first.some((c) => /^\p{Ll}/u.test(c)));
    if (cut && last !== undefined) {
      const cells = last.split(CELL_SEPARATOR);
      out[out.length - 1] = first.map((c, k) => joinCells(cells[k] ?? '', c)).join(CELL_SEPARATOR);
      start++;
    }
  }
  for (const r of rows.slice(start)) out.push(r.length === 1 ? (r[0] ?? '') : r.join(CELL_SEPARATOR));
  if (!entry.ruled) return null;
  return { header: before !== null && width === before.width ? before.header : (rows[0]?.join(CELL_SEPARATOR) ?? ''), width };
}

function joinCells(before: string, after: string): string {
  if (before === '' || after === '') return before + after;
  return joinWrapped(before, after);
}
