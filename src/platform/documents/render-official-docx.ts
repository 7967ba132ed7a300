/**
 * Renders an NĐ 30/2020/NĐ-CP administrative document (Báo cáo, Kế hoạch, Công văn…) to DOCX.
 */
import { AlignmentType, Document, FootnoteReferenceRun, Header, Packer, PageNumber, PageOrientation, Paragraph, TextRun } from 'docx';
import { type BodyStyle, appendixBlocks, bodyBlocks, kinhGuiBlock, titleBlock } from './docx-body';
import { closingTable } from './docx-closing';
import { headerTable } from './docx-header';
import { para } from './docx-parts';
import {
  BODY_SPACING,
  DEFAULT_FIRST_LINE_INDENT,
  DEFAULT_LINE_SPACING,
  FONT,
  MARGINS,
  type Nd30Sizes,
  nd30Sizes,
  PAGE_A4,
} from './nd30-spec';
import type { OfficialDocument, RenderOptions } from './types';

/** Page number centred at the top from page 2 on; page 1 gets an empty first-page header (NĐ 30 App. I). */
function pageNumberHeaders(sz: Nd30Sizes): { default: Header; first: Header } {
  const number = new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: sz.body * 2 })],
  });
  return { default: new Header({ children: [number] }), first: new Header({ children: [new Paragraph({ children: [] })] }) };
}

/** App. VI metadata names (CodeNumber, CodeNotation, …) so the province's eOffice can index the file (VB-11). */
function appendixVIProperties(doc: OfficialDocument): { name: string; value: string }[] {
  const code = (doc.number ?? '').trim();
  const slash = code.indexOf('/');
  const notation = slash >= 0 ? code.slice(slash + 1) : (doc.numberSuffix ?? '').replace(/^\//, '');
  const props: Record<string, string> = {
    CodeNumber: slash > 0 ? code.slice(0, slash) : '',
    CodeNotation: notation,
    IssuedDate: doc.date ?? '',
    Subject: doc.subject.normalize('NFC').trim(),
    TypeCode: doc.isCongVan ? '' : (notation.split('-')[0] ?? ''),
    SignerFullName: doc.signer?.name.trim() ?? '',
    SignerPosition: doc.signer ? [doc.signer.authority, doc.signer.title].filter(Boolean).join(' ') : '',
  };
  return Object.entries(props)
    .filter(([, v]) => v !== '')
    .map(([name, value]) => ({ name, value }));
}

/** Validates what the layout cannot recover from. */
function validate(doc: OfficialDocument): void {
  if (!doc.issuer.name.trim()) throw new RangeError('issuer.name is required');
  if (!doc.subject.trim()) throw new RangeError('subject (trích yếu) is required');
  if (!doc.isCongVan && !doc.kind.trim()) throw new RangeError('kind (type name) is required unless isCongVan');
}

/**
 * Renders the document as an A4 DOCX: header table, type name and subject (or V/v and Kính gửi for a
 * Công văn), body, then "Nơi nhận" and signature; returns the file bytes.
 */
export async function renderOfficialDocx(doc: OfficialDocument, opts: RenderOptions = {}): Promise<Buffer> {
  validate(doc);
  const sz = nd30Sizes(opts.bodySizePt ?? 14);
  const st: BodyStyle = {
    sz,
    firstLine: opts.firstLineIndent ?? DEFAULT_FIRST_LINE_INDENT,
    line: Math.min(1.5, Math.max(1, opts.lineSpacing ?? DEFAULT_LINE_SPACING)),
  };
  const note = doc.footnote?.trim();
  const footnoteMark = note ? [new FootnoteReferenceRun(1)] : [];

  const children = [
    headerTable(doc, sz, doc.isCongVan ? footnoteMark : []),
    ...(doc.isCongVan ? kinhGuiBlock(doc.kinhGui ?? [], st) : titleBlock(doc, st, footnoteMark)),
    // Separates the heading area from the first body paragraph when there is no Kính gửi line.
    para('', { size: sz.body }, { after: BODY_SPACING.after }),
    ...bodyBlocks(doc.body, st),
    closingTable(doc.recipients, doc.signer, sz),
    // NĐ 30 App. I: appendices follow the signature, each on a page of its own
    ...(doc.appendices ?? []).flatMap((a) => appendixBlocks(a, doc, st)),
  ];

  const document = new Document({
    creator: doc.issuer.name.normalize('NFC').trim(),
    title: doc.isCongVan ? `V/v ${doc.subject.trim()}` : `${doc.kind.trim()} ${doc.subject.trim()}`,
    subject: doc.subject.trim(),
    customProperties: appendixVIProperties(doc),
    styles: {
      default: {
        document: {
          run: { font: FONT, size: sz.body * 2, language: { value: 'vi-VN' } },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
    },
    footnotes: note ? { 1: { children: [para(note, { size: sz.footnote }, { align: 'justify' })] } } : undefined,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE_A4.width, height: PAGE_A4.height, orientation: PageOrientation.PORTRAIT },
            margin: { ...MARGINS, gutter: 0 },
          },
          titlePage: true,
        },
        headers: pageNumberHeaders(sz),
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
