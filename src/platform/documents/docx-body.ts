/**
 * Type name, subject, "Kính gửi" and the body blocks (headings, paragraphs, dashed lists, tables).
 */
import { type ParagraphChild, Paragraph, Table } from 'docx';
import { kinhGuiLines, numberLine } from './doc-lines';
import { upperVi } from './docx-header';
import { para, rule, run } from './docx-parts';
import { bodyTable } from './docx-table';
import { BODY_SPACING, type Nd30Sizes, RULE_GAP, SHORT_RULE_RATIO, TEXT_WIDTH } from './nd30-spec';
import { textWidthTwips } from './text-width';
import { formatDateVi } from '../text';
import type { Appendix, Block, OfficialDocument } from './types';

/** Resolved body typography for one rendering. */
export interface BodyStyle {
  sz: Nd30Sizes;
  firstLine: number;
  line: number;
}

/** Splits user text into paragraphs on line breaks, dropping blank ones. */
function lines(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Type name (bold, upper) and subject (bold) centred, then a rule 1/3–1/2 of the subject's line. */
export function titleBlock(doc: OfficialDocument, st: BodyStyle, footnoteMark: ParagraphChild[]): Paragraph[] {
  const size = st.sz.body;
  const out = [para(upperVi(doc.kind.trim()), { size, bold: true }, { align: 'center', before: 360, keepNext: true })];
  const subject = lines(doc.subject);
  subject.forEach((l, i) => {
    const mark = i === subject.length - 1 ? footnoteMark : [];
    out.push(para([run(l, { size, bold: true }), ...mark], { size, bold: true }, { align: 'center', keepNext: true }));
  });
  // A wrapped subject is as wide as the text area, so the rule is measured against that.
  const widest = Math.max(0, ...subject.map((l) => Math.min(TEXT_WIDTH, textWidthTwips(l, size, true))));
  out.push(rule(widest * SHORT_RULE_RATIO, TEXT_WIDTH, RULE_GAP));
  return out;
}

/** "Kính gửi: X." on one centred line, or "Kính gửi:" followed by a dashed list aligned under the first item. */
export function kinhGuiBlock(addressees: readonly string[], st: BodyStyle): Paragraph[] {
  const items = kinhGuiLines(addressees);
  const size = st.sz.body;
  if (items.length === 0) return [];
  if (items.length === 1) return [para(`Kính gửi: ${items[0]}`, { size }, { align: 'center', before: 360, after: 240 })];
  // The label hangs 2.5 cm to the left of the list so every "- …" starts at the same tab position.
  const left = 1134 + 1417;
  return items.map((item, i) =>
    i === 0
      ? para([run('Kính gửi:', { size }), run(`\t${item}`, { size })], { size }, { before: 360, left, hanging: 1417 })
      : para(item, { size }, { left, after: i === items.length - 1 ? 240 : 0 }),
  );
}

/** Renders one body block. */
function block(b: Block, st: BodyStyle): (Paragraph | Table)[] {
  const size = st.sz.body;
  const text = { align: 'justify', firstLine: st.firstLine, before: BODY_SPACING.before, after: BODY_SPACING.after, line: st.line } as const;
  switch (b.type) {
    case 'heading': {
      const t = b.level === 1 ? upperVi(b.text.trim()) : b.text.normalize('NFC').trim();
      const style = { size, bold: true, italics: b.level === 3 };
      // Headings stay with the paragraph that follows them rather than ending a page.
      return [para(t, style, { ...text, keepNext: true })];
    }
    case 'paragraph':
      return lines(b.text).map((l, i) =>
        i === 0 && b.lead ? para([run(`${b.lead.trim()} `, { size, bold: true, italics: b.italic === true }), run(l, { size, italics: b.italic === true })], { size }, text) : para(l, { size, italics: b.italic === true }, text),
      );
    case 'centered':
      return [para(b.text.normalize('NFC').trim(), { size, bold: true }, { align: 'center', before: BODY_SPACING.before * 2, after: BODY_SPACING.after * 2, keepNext: true })];
    case 'bullets':
      return b.items
        .map((i) => i.normalize('NFC').trim())
        .filter((i) => i !== '')
        .map((i) => para(/^[-+]\s/.test(i) ? i : `- ${i}`, { size }, text));
    case 'table': {
      const out: (Paragraph | Table)[] = [];
      if (b.caption?.trim()) out.push(para(b.caption.trim(), { size, bold: true }, { align: 'center', before: 120, after: 120, keepNext: true }));
      out.push(bodyTable(b, st.sz.table));
      // Word glues a following paragraph to the table's bottom border; a small spacer keeps ≥ 6 pt.
      out.push(para('', { size: 6 }, { after: BODY_SPACING.after }));
      return out;
    }
  }
}

/** Renders all body blocks in order. */
export function bodyBlocks(blocks: readonly Block[], st: BodyStyle): (Paragraph | Table)[] {
  return blocks.flatMap((b) => block(b, st));
}

/**
 * "Kèm theo Báo cáo số      /BC-UBND ngày 19 tháng 11 năm 2024 của Ủy ban nhân dân tỉnh Yên Bái": the document an
 * appendix belongs to, with its number (blank for the clerk when not yet numbered), date and issuer (NĐ 30 App. I).
 */
export function appendixNote(doc: OfficialDocument): string {
  const kind = doc.isCongVan ? 'Công văn' : doc.kind.normalize('NFC').trim().toLocaleLowerCase('vi-VN').replace(/^./u, (c) => c.toLocaleUpperCase('vi-VN'));
  const number = numberLine(doc.number, doc.numberSuffix).replace(/^Số:\s?/u, '');
  const date = doc.date ? formatDateVi(doc.date, 'long') : 'ngày      tháng      năm 20..';
  const issuer = (doc.issuerText ?? doc.issuer.name).normalize('NFC').replace(/\s*\n\s*/gu, ' ').trim();
  return `Kèm theo ${kind} số ${number} ${date} của ${issuer}`;
}

/** One appendix on a new page: label and title (bold, upper), the italic "(Kèm theo …)" line, a rule, its body. */
export function appendixBlocks(a: Appendix, doc: OfficialDocument, st: BodyStyle): (Paragraph | Table)[] {
  const size = st.sz.body;
  const out: (Paragraph | Table)[] = [para(upperVi(a.label.trim()), { size, bold: true }, { align: 'center', pageBreakBefore: true, keepNext: true })];
  if (a.title?.trim()) out.push(para(upperVi(a.title.trim()), { size, bold: true }, { align: 'center', keepNext: true }));
  const note = (a.note ?? appendixNote(doc)).normalize('NFC').trim().replace(/^\(|\)$/gu, '');
  out.push(para(`(${note})`, { size, italics: true }, { align: 'center', keepNext: true }));
  out.push(rule(Math.min(TEXT_WIDTH, textWidthTwips(note, size)) * SHORT_RULE_RATIO, TEXT_WIDTH, RULE_GAP));
  out.push(para('', { size }, { after: BODY_SPACING.after }));
  return [...out, ...bodyBlocks(a.body, st)];
}
