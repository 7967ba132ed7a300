/**
 * Test support: renders generated DOCX/XLSX files with LibreOffice to PDF (and PNG for looking at them), then reads
 * back what a printer would see with poppler: page sizes, the fonts embedded, the text of each page and where the
 * words sit on it. Used by the documents' render tests; never imported by the application.
 *
 * LibreOffice and poppler are installed by `.ci/run`; locally, a test skips when they are absent unless
 * REQUIRE_ALL_TIERS=1, which turns their absence into a failure.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** 1 mm in PDF points (1/72 in). */
export const PT_PER_MM = 72 / 25.4;

/** One word as poppler placed it, in points from the page's top-left corner. */
export interface PlacedWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** One rendered page. */
export interface RenderedPage {
  widthPt: number;
  heightPt: number;
  /** Text in reading order with the layout kept (`pdftotext -layout`). */
  text: string;
  words: PlacedWord[];
}

/**
 * A document as LibreOffice printed it. The files (pdfPath, pngs) stay only under RENDER_DIR: without it they were
 * written to a temporary folder, removed once read.
 */
export interface RenderedDocument {
  pdfPath: string;
  pages: RenderedPage[];
  /** Names of the fonts embedded in the PDF, without the subset prefix ("LiberationSerif-Bold"). */
  fonts: string[];
  /** PNG files of the pages, when asked for. */
  pngs: string[];
}

function onPath(cmd: string): boolean {
  return (process.env.PATH ?? '').split(path.delimiter).some((dir) => dir !== '' && fs.existsSync(path.join(dir, cmd)));
}

/** True when soffice and the poppler tools are installed. */
export function libreOfficeAvailable(): boolean {
  return ['soffice', 'pdfinfo', 'pdffonts', 'pdftotext'].every(onPath);
}

/**
 * Whether render tests run here: yes when LibreOffice is installed; when it is not, an error under
 * REQUIRE_ALL_TIERS=1 (CI must not skip this tier), otherwise false (the test skips).
 */
export function shouldRender(): boolean {
  if (libreOfficeAvailable()) return true;
  if (process.env.REQUIRE_ALL_TIERS === '1') throw new Error('REQUIRE_ALL_TIERS=1 nhưng chưa cài LibreOffice (soffice) và poppler-utils: tầng kiểm tra bản in không được bỏ qua.');
  return false;
}

/**
 * Renders files (name → bytes; the extension decides the reader) to PDF in one LibreOffice start, and reads every
 * PDF back. `png: true` also writes one PNG per page at 60 dpi, for a person to look at.
 */
export async function renderDocuments(files: Record<string, Uint8Array>, options: { png?: boolean } = {}): Promise<Record<string, RenderedDocument>> {
  // RENDER_DIR keeps the files to look at afterwards; otherwise nobody looks, and every call would leave its folder
  const keep = process.env.RENDER_DIR;
  const dir = keep ?? fs.mkdtempSync(path.join(os.tmpdir(), 'render-'));
  fs.mkdirSync(dir, { recursive: true });
  try {
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-profile-'));
    const inputs = Object.entries(files).map(([name, bytes]) => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, bytes);
      return file;
    });
    try {
      await run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, ...inputs], { timeout: 120_000 });
    } finally {
      fs.rmSync(profile, { recursive: true, force: true });
    }
    const out: Record<string, RenderedDocument> = {};
    for (const name of Object.keys(files)) {
      const pdfPath = path.join(dir, `${name.replace(/\.[^.]+$/u, '')}.pdf`);
      if (!fs.existsSync(pdfPath)) throw new Error(`LibreOffice did not produce ${pdfPath}`);
      out[name] = await readPdf(pdfPath, options.png === true);
    }
    return out;
  } finally {
    if (keep === undefined) fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Reads a PDF back: page sizes, fonts, text and word boxes per page. */
export async function readPdf(pdfPath: string, png = false): Promise<RenderedDocument> {
  const info = (await run('pdfinfo', ['-f', '1', '-l', '9999', pdfPath])).stdout;
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gmu)].map((m) => ({ widthPt: Number(m[1]), heightPt: Number(m[2]) }));
  const fontsOut = (await run('pdffonts', [pdfPath])).stdout.split('\n').slice(2);
  const fonts = [...new Set(fontsOut.map((l) => l.trim().split(/\s+/u)[0] ?? '').filter(Boolean).map((f) => f.replace(/^[A-Z]{6}\+/u, '')))];
  const layout = (await run('pdftotext', ['-layout', pdfPath, '-'], { maxBuffer: 64 * 1024 * 1024 })).stdout.split('\f');
  const bbox = (await run('pdftotext', ['-bbox', pdfPath, '-'], { maxBuffer: 64 * 1024 * 1024 })).stdout;
  const wordsByPage = bbox.split(/<page /u).slice(1).map((page) =>
    [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/gu)].map((m) => ({
      xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: decodeEntities(m[5] ?? ''),
    })),
  );
  const pages = sizes.map((s, i) => ({ ...s, text: layout[i] ?? '', words: wordsByPage[i] ?? [] }));
  const pngs: string[] = [];
  if (png) {
    const prefix = pdfPath.replace(/\.pdf$/u, '');
    await run('pdftoppm', ['-r', '60', '-png', pdfPath, prefix]);
    const base = path.basename(prefix);
    pngs.push(...fs.readdirSync(path.dirname(pdfPath)).filter((f) => f.startsWith(`${base}-`) && f.endsWith('.png')).sort().map((f) => path.join(path.dirname(pdfPath), f)));
  }
  return { pdfPath, pages, fonts, pngs };
}

function decodeEntities(s: string): string {
  return s.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&apos;/gu, "'").replace(/&amp;/gu, '&');
}

/** The text block's bounds on a page (points), from the words placed on it; null for an empty page. */
export function textBounds(page: RenderedPage): { left: number; right: number; top: number; bottom: number } | null {
  if (page.words.length === 0) return null;
  return {
    left: Math.min(...page.words.map((w) => w.xMin)),
    right: Math.max(...page.words.map((w) => w.xMax)),
    top: Math.min(...page.words.map((w) => w.yMin)),
    bottom: Math.max(...page.words.map((w) => w.yMax)),
  };
}

/** The whole document's text, pages joined, with runs of spaces collapsed (for "contains" checks). */
export function plainText(doc: RenderedDocument): string {
  return doc.pages.map((p) => p.text).join('\n').replace(/[ \t]+/gu, ' ');
}

/** A4 in points, portrait. */
export const A4_PT = { width: 595.3, height: 841.9 };

/** True when a page is A4 in the given orientation (within a point). */
export function isA4(page: RenderedPage, orientation: 'portrait' | 'landscape'): boolean {
  const [w, h] = orientation === 'portrait' ? [A4_PT.width, A4_PT.height] : [A4_PT.height, A4_PT.width];
  return Math.abs(page.widthPt - w) < 1.5 && Math.abs(page.heightPt - h) < 1.5;
}

/**
 * Program codes that must never reach an official document: plan-task codes in parentheses ("(2024-Y)",
 * "(2024-Q3)"), figure codes ("I-07", "tasks.total", "I-04.synthesis") and UUIDs. Returns the offending matches.
 */
export function programCodes(text: string): string[] {
  const patterns = [
    /\(\d{4}-(?:Y|H[12]|Q[1-4]|M\d{1,2})\)/gu,
    /\bI-\d{2}(?:\.[a-z][\w.]*)?\b/gu,
    /\b[a-z]+\.[a-z][a-zA-Z]+\b(?<!\.(?:vn|gov|com|org|net))/gu,
    /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/giu,
  ];
  return patterns.flatMap((p) => [...text.matchAll(p)].map((m) => m[0]));
}
