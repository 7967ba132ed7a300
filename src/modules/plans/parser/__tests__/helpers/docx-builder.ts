/**
 * Builds small .docx files in memory (jszip + a hand-written document.xml) so fixtures need no binaries.
 */
import JSZip from 'jszip';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Options of one paragraph. */
export interface ParaOptions {
  font?: string;
  numId?: number;
  ilvl?: number;
  style?: string;
}

/** Escapes text for XML. */
export function xmlEscape(s: string): string {
  return s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

/** A run of text, optionally in a given font. */
export function run(text: string, font?: string): string {
  const rPr = font === undefined ? '' : `<w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}"/></w:rPr>`;
  return `<w:r>${rPr}<w:t xml:space="preserve">${xmlEscape(text)}</w:t></w:r>`;
}

/** A paragraph holding one run (or raw run XML when `raw` is true). */
export function para(text: string, opts: ParaOptions = {}, raw = false): string {
  const num = opts.numId === undefined ? '' : `<w:numPr><w:ilvl w:val="${opts.ilvl ?? 0}"/><w:numId w:val="${opts.numId}"/></w:numPr>`;
  const style = opts.style === undefined ? '' : `<w:pStyle w:val="${opts.style}"/>`;
  const pPr = num === '' && style === '' ? '' : `<w:pPr>${style}${num}</w:pPr>`;
  return `<w:p>${pPr}${raw ? text : text === '' ? '' : run(text, opts.font)}</w:p>`;
}

/** A table; every cell is a list of paragraph texts. */
export function table(rows: ReadonlyArray<ReadonlyArray<readonly string[]>>, font?: string): string {
  const tr = rows.map((cells) => `<w:tr>${cells.map((c) => `<w:tc>${c.map((t) => para(t, font === undefined ? {} : { font })).join('')}</w:tc>`).join('')}</w:tr>`);
  return `<w:tbl><w:tblPr/>${tr.join('')}</w:tbl>`;
}

/** Wraps body XML into a full document.xml. */
export function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}"><w:body>${body}<w:sectPr/></w:body></w:document>`;
}

/** Zips the parts of a minimal .docx. */
export async function buildDocx(body: string, extra: { styles?: string; numbering?: string } = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file('word/document.xml', documentXml(body));
  if (extra.styles !== undefined) zip.file('word/styles.xml', extra.styles);
  if (extra.numbering !== undefined) zip.file('word/numbering.xml', extra.numbering);
  return zip.generateAsync({ type: 'uint8array' });
}

/** numbering.xml with list 1: level 0 "I.", "II." (upper roman), level 1 "1.", "2.", level 2 "a)". */
export const ROMAN_OUTLINE_NUMBERING =
  `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W}">` +
  '<w:abstractNum w:abstractNumId="0">' +
  '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>' +
  '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>' +
  '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>' +
  '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>';

/** styles.xml whose "Normal" paragraph style uses the given font. */
export function stylesWithNormalFont(font: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W}">` +
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/></w:rPr></w:rPrDefault></w:docDefaults>' +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}"/></w:rPr></w:style>` +
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:basedOn w:val="Normal"/></w:style>' +
    '</w:styles>'
  );
}
