/**
 * Layout numbers of Nghị định 30/2020/NĐ-CP (Appendix I) used by the DOCX renderer, in Word's units.
 * Source: DOMAIN.md §5.2. Sizes are points; lengths are twips (1 mm = 56.7 twip, 1 pt = 20 twip).
 */

/** A4 portrait, the only page size NĐ 30 allows for ordinary administrative documents. */
export const PAGE_A4 = { width: 11906, height: 16838 } as const;

/**
 * Default margins 20/20/30/15 mm (top/bottom/left/right); header distance 10 mm so a 14 pt page number
 * still fits inside the 20 mm top margin instead of pushing the body down.
 */
export const MARGINS = { top: 1134, bottom: 1134, left: 1701, right: 850, header: 567, footer: 567 } as const;

/** Width between the left and right margins: 11906 − 1701 − 850 twip. */
export const TEXT_WIDTH = PAGE_A4.width - MARGINS.left - MARGINS.right;

/** Header table split, about 40/60 (left = issuer + number, right = national motto + date). */
export const HEADER_LEFT_WIDTH = Math.round(TEXT_WIDTH * 0.4);
export const HEADER_RIGHT_WIDTH = TEXT_WIDTH - HEADER_LEFT_WIDTH;

/** Closing table split, about 50/50 (left = "Nơi nhận", right = signature). */
export const CLOSING_LEFT_WIDTH = Math.round(TEXT_WIDTH / 2);
export const CLOSING_RIGHT_WIDTH = TEXT_WIDTH - CLOSING_LEFT_WIDTH;

/** The font NĐ 30 prescribes (Unicode, TCVN 6909:2001). */
export const FONT = 'Times New Roman';

/** Body-dependent sizes may be 13 or 14 pt; NĐ 30 leaves the choice to the issuer. */
export type BodySizePt = 13 | 14;

/** Font sizes in points for one rendering; the fixed ones sit inside NĐ 30's ranges. */
export interface Nd30Sizes {
  /** 12 (range 12–13): at 13 pt bold the 34-letter national name no longer fits the 60 % column. */
  quocHieu: number;
  /** 13 (range 13–14), so the motto stays narrower than the national name above it. */
  tieuNgu: number;
  /** 13 (range 12–13), parent body, regular. */
  parent: number;
  /** 13 (range 12–13), issuing body, bold. */
  issuer: number;
  /** 13, fixed by NĐ 30 for "Số: …". */
  number: number;
  /** 12 (range 12–13), Công văn "V/v …" line. */
  vv: number;
  /** 12, "Nơi nhận:" bold italic. */
  noiNhan: number;
  /** 11, each recipient line. */
  recipient: number;
  /** 11: footnotes are not sized by NĐ 30, so they match the other small notes (cell 12). */
  footnote: number;
  /** Body size (13 or 14): place-date line, type name, subject, body, headings, signer, page number. */
  body: number;
  /** One point below the body so a wide statistics table keeps its columns readable [D]. */
  table: number;
}

/** Returns the size set for a body size of 13 or 14 pt. */
export function nd30Sizes(body: BodySizePt): Nd30Sizes {
  return { quocHieu: 12, tieuNgu: 13, parent: 13, issuer: 13, number: 13, vv: 12, noiNhan: 12, recipient: 11, footnote: 11, body, table: body - 1 };
}

/** Paragraph spacing of the body: ≥ 6 pt between paragraphs, line spacing between single and 1.5. */
export const BODY_SPACING = { before: 0, after: 120 } as const;

/** Default line spacing (multiple of single); must stay within NĐ 30's 1.0–1.5. */
export const DEFAULT_LINE_SPACING = 1.15;

/** First-line indent of body paragraphs: NĐ 30 allows 1 cm (567) or 1.27 cm (720). */
export type FirstLineIndent = 567 | 720;
export const DEFAULT_FIRST_LINE_INDENT: FirstLineIndent = 567;

/** Rule under the issuer and the subject: 1/3–1/2 of the text line; 0.4 sits inside that band. */
export const SHORT_RULE_RATIO = 0.4;

/**
 * Gap above each rule (under the issuer, the motto and the subject), in twips: 3 pt clears the dot below "Ộ", "Ệ"
 * and the descenders of "p", "g", which otherwise sit on the line.
 */
export const RULE_GAP = 60;

/** Room left for the handwritten or digital signature and seal between title and name [D]: 3 cm. */
export const SIGNATURE_SPACE = 1701;

/** Blank placeholders printed when the clerk fills number or date by hand after signing (VB-04). */
export const BLANK_NUMBER = '      ';
export const BLANK_DAY = '      ';
