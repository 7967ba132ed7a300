/**
 * Small builders over the `docx` package that bake in the NĐ 30 font and unit conventions.
 */
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  type ParagraphChild,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { FONT } from './nd30-spec';

/** Character formatting of one run, size in points. */
export interface RunStyle {
  size: number;
  bold?: boolean;
  italics?: boolean;
}

/** Paragraph alignment values used by the renderer. */
export type Align = 'left' | 'center' | 'right' | 'justify';

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

/** Paragraph layout in twips; `line` is a multiple of single spacing. */
export interface ParaLayout {
  align?: Align;
  before?: number;
  after?: number;
  line?: number;
  firstLine?: number;
  left?: number;
  right?: number;
  hanging?: number;
  keepNext?: boolean;
  /** Starts the paragraph on a new page. */
  pageBreakBefore?: boolean;
}

/** Builds a Times New Roman run; the font is repeated on every run so copy-paste into other files keeps it. */
export function run(text: string, s: RunStyle): TextRun {
  return new TextRun({ text: text.normalize('NFC'), font: FONT, size: Math.round(s.size * 2), bold: s.bold, italics: s.italics });
}

/** Builds a paragraph from runs (or one string) with explicit spacing, defaulting to single and no gaps. */
export function para(content: string | ParagraphChild[], style: RunStyle, layout: ParaLayout = {}): Paragraph {
  const children = typeof content === 'string' ? [run(content, style)] : content;
  const hasIndent = layout.firstLine !== undefined || layout.left !== undefined || layout.right !== undefined || layout.hanging !== undefined;
  return new Paragraph({
    alignment: ALIGN[layout.align ?? 'left'],
    spacing: {
      before: layout.before ?? 0,
      after: layout.after ?? 0,
      line: Math.round((layout.line ?? 1) * 240),
      lineRule: LineRuleType.AUTO,
    },
    indent: hasIndent
      ? { firstLine: layout.firstLine, left: layout.left, right: layout.right, hanging: layout.hanging }
      : undefined,
    keepNext: layout.keepNext,
    pageBreakBefore: layout.pageBreakBefore,
    // The paragraph mark carries the size too, so an empty paragraph is as tall as its neighbours.
    run: { font: FONT, size: Math.round(style.size * 2) },
    children,
  });
}

/**
 * A solid horizontal rule of `length` twips centred in a box `box` twips wide: an empty 1 pt paragraph
 * with a top border, because NĐ 30 lines are shorter than the text above them and a run underline is not.
 * `before` (twips) leaves a gap between the text above and the rule, so the line never touches the letters.
 */
export function rule(length: number, box: number, before = 0): Paragraph {
  const side = Math.max(0, Math.round((box - Math.min(length, box)) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    spacing: { before, after: 0, line: 40, lineRule: LineRuleType.EXACT },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 0 } },
    run: { font: FONT, size: 2 },
    children: [],
  });
}

/** A borderless fixed-layout table cell of `width` twips. */
export function layoutCell(width: number, children: Paragraph[]): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.TOP,
    children: children.length > 0 ? children : [new Paragraph({ children: [] })],
  });
}

/** A borderless layout table (header and closing blocks) with zero cell padding, so widths are exact. */
export function layoutTable(widths: number[], rows: TableCell[][], cantSplit = false): Table {
  const total = widths.reduce((a, b) => a + b, 0);
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    rows: rows.map((cells) => new TableRow({ children: cells, cantSplit })),
  });
}
