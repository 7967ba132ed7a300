import { pipeline } from 'node:stream/promises';
import JSZip from 'jszip';
import { renderOfficialDocx } from './render-official-docx';
import type { Appendix, Block, OfficialDocument, RenderOptions, TableColumn } from './types';
import { zipStream, type ZipEntry } from './zip-writer';

/** A table whose rows are read while the file is written (100,000 rows never sit in memory together). */
export interface StreamTableBlock {
  type: 'table-stream';
  caption?: string;
  columns: TableColumn[];
  rows: AsyncIterable<(string | number)[]>;
}
export type StreamBlock = Block | StreamTableBlock;
/** An appendix whose tables may be streamed. */
export interface StreamedAppendix extends Omit<Appendix, 'body'> {
  body: StreamBlock[];
}
export interface StreamedDocument extends Omit<OfficialDocument, 'body' | 'appendices'> {
  body: StreamBlock[];
  appendices?: StreamedAppendix[];
}

const marker = (t: number, c: number) => `@@DTSTREAM${t}C${c}@@`;
const NUMBER_FORMAT = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

function xmlText(v: string | number): string {
  const s = typeof v === 'number' ? (Number.isFinite(v) ? NUMBER_FORMAT.format(v) : '') : v.normalize('NFC');
  // characters XML 1.0 cannot carry are dropped; line breaks become Word line breaks inside the cell
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r?\n/g, '</w:t><w:br/><w:t xml:space="preserve">');
}

/**
 * Writes an NĐ 30 document whose big tables are streamed: the document is rendered once with one sample row
 * per streamed table (so every row has exactly the look the renderer gives it), then that row is used as the
 * template while the rows are read and the zip is written.
 */
export async function writeOfficialDocx(doc: StreamedDocument, out: NodeJS.WritableStream, opts?: RenderOptions): Promise<void> {
  // streamed tables are numbered in the order they print: the body's first, then the appendices'
  const streams: StreamTableBlock[] = [];
  const skeletonOf = (blocks: StreamBlock[]): Block[] =>
    blocks.map((b) => {
      if (b.type !== 'table-stream') return b;
      const t = streams.push(b) - 1;
      return { type: 'table', caption: b.caption, columns: b.columns, rows: [b.columns.map((_c, c) => marker(t, c))] };
    });
  const body = skeletonOf(doc.body);
  const appendices = doc.appendices?.map((a) => ({ ...a, body: skeletonOf(a.body) }));
  const skeleton = await JSZip.loadAsync(await renderOfficialDocx({ ...doc, body, appendices }, opts));
  const xml = await skeleton.file('word/document.xml')!.async('string');
  const parts: string[] = [];
  const templates: string[] = [];
  let rest = xml;
  for (let t = 0; t < streams.length; t++) {
    const at = rest.indexOf(marker(t, 0));
    const start = rest.lastIndexOf('<w:tr>', at) >= 0 ? rest.lastIndexOf('<w:tr>', at) : rest.lastIndexOf('<w:tr ', at);
    const end = rest.indexOf('</w:tr>', at) + '</w:tr>'.length;
    if (at < 0 || start < 0 || end < at) throw new Error('streamed table template not found in the rendered document');
    parts.push(rest.slice(0, start));
    templates.push(rest.slice(start, end));
    rest = rest.slice(end);
  }
  parts.push(rest);

  async function* documentXml(): AsyncGenerator<Uint8Array> {
    for (let t = 0; t < streams.length; t++) {
      yield Buffer.from(parts[t]!, 'utf8');
      const pieces = templates[t]!.split(/@@DTSTREAM\d+C(\d+)@@/);
      let chunk = '';
      for await (const row of streams[t]!.rows) {
        for (let i = 0; i < pieces.length; i++) chunk += i % 2 === 0 ? pieces[i] : xmlText(row[Number(pieces[i])] ?? '');
        if (chunk.length > 256 * 1024) {
          yield Buffer.from(chunk, 'utf8');
          chunk = '';
        }
      }
      if (chunk) yield Buffer.from(chunk, 'utf8');
    }
    yield Buffer.from(parts[streams.length]!, 'utf8');
  }

  // the skeleton's parts as they are, document.xml streamed in their place; written and deflated by zlib
  const entries: ZipEntry[] = [];
  for (const [name, entry] of Object.entries(skeleton.files)) {
    if (!entry.dir) entries.push({ name, data: name === 'word/document.xml' ? documentXml() : await entry.async('uint8array') });
  }
  await pipeline(zipStream(entries), out);
}
