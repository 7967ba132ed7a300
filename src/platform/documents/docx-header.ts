/**
 * The NĐ 30 header: a borderless 40/60 table with issuer and number on the left, national name,
 * motto and place-date line on the right.
 */
import { type ParagraphChild, Paragraph, Table } from 'docx';
import { numberLine, placeDateText } from './doc-lines';
import { para, rule, run, layoutCell, layoutTable } from './docx-parts';
import { HEADER_LEFT_WIDTH, HEADER_RIGHT_WIDTH, type Nd30Sizes, RULE_GAP, SHORT_RULE_RATIO } from './nd30-spec';
import { splitToFit, textWidthTwips } from './text-width';
import type { OfficialDocument } from './types';

/** Printed national name (Quốc hiệu). */
export const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
/** Printed motto (Tiêu ngữ), hyphens spaced as in NĐ 30. */
export const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';

/** Upper-cases a body name the Vietnamese way and keeps explicit line breaks. */
export function upperVi(s: string): string {
  return s.normalize('NFC').toLocaleUpperCase('vi-VN');
}

/** Left cell, row 1: parent body (regular), issuing body (bold), and a rule 1/3–1/2 of the issuer's width. */
function issuerCell(doc: OfficialDocument, sz: Nd30Sizes): Paragraph[] {
  const out: Paragraph[] = [];
  const parent = doc.issuer.parentName?.trim();
  if (parent) {
    for (const line of splitToFit(upperVi(parent), HEADER_LEFT_WIDTH, sz.parent, false)) {
      out.push(para(line, { size: sz.parent }, { align: 'center' }));
    }
  }
  const lines = splitToFit(upperVi(doc.issuer.name), HEADER_LEFT_WIDTH, sz.issuer, true);
  for (const line of lines) out.push(para(line, { size: sz.issuer, bold: true }, { align: 'center' }));
  const widest = Math.max(0, ...lines.map((l) => Math.min(HEADER_LEFT_WIDTH, textWidthTwips(l, sz.issuer, true))));
  out.push(rule(widest * SHORT_RULE_RATIO, HEADER_LEFT_WIDTH, RULE_GAP));
  return out;
}

/** Right cell, row 1: national name (bold, upper), motto (bold) and a rule exactly as long as the motto. */
function mottoCell(sz: Nd30Sizes): Paragraph[] {
  return [
    para(QUOC_HIEU, { size: sz.quocHieu, bold: true }, { align: 'center' }),
    para(TIEU_NGU, { size: sz.tieuNgu, bold: true }, { align: 'center' }),
    rule(textWidthTwips(TIEU_NGU, sz.tieuNgu, true), HEADER_RIGHT_WIDTH, RULE_GAP),
  ];
}

/** Left cell, row 2: "Số: …" and, for a Công văn, the "V/v …" subject (with the footnote mark). */
function numberCell(doc: OfficialDocument, sz: Nd30Sizes, footnoteMark: ParagraphChild[]): Paragraph[] {
  const out = [para(numberLine(doc.number, doc.numberSuffix), { size: sz.number }, { align: 'center', before: 120 })];
  if (doc.isCongVan) {
    const subject = doc.subject.normalize('NFC').trim().replace(/^v\/v\s*/iu, '');
    out.push(para([run(`V/v ${subject}`, { size: sz.vv }), ...footnoteMark], { size: sz.vv }, { align: 'center', before: 60 }));
  }
  return out;
}

/** Right cell, row 2: the italic place-and-date line, on the same row as the number. */
function dateCell(doc: OfficialDocument, sz: Nd30Sizes): Paragraph[] {
  return [para(placeDateText(doc.place, doc.date), { size: sz.body, italics: true }, { align: 'center', before: 120 })];
}

/** Builds the two-row header table; `footnoteMark` is placed after the V/v line of a Công văn. */
export function headerTable(doc: OfficialDocument, sz: Nd30Sizes, footnoteMark: ParagraphChild[]): Table {
  return layoutTable(
    [HEADER_LEFT_WIDTH, HEADER_RIGHT_WIDTH],
    [
      [layoutCell(HEADER_LEFT_WIDTH, issuerCell(doc, sz)), layoutCell(HEADER_RIGHT_WIDTH, mottoCell(sz))],
      [layoutCell(HEADER_LEFT_WIDTH, numberCell(doc, sz, footnoteMark)), layoutCell(HEADER_RIGHT_WIDTH, dateCell(doc, sz))],
    ],
    true,
  );
}
