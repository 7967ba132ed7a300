/**
 * Input model of an NĐ 30/2020 administrative document (Báo cáo, Kế hoạch, Công văn…) for `renderOfficialDocx`.
 */
import type { BodySizePt, FirstLineIndent } from './nd30-spec';

/** Issuing body; both lines are printed upper-case as NĐ 30 requires. */
export interface Issuer {
  /** Parent body for a department, e.g. "UBND TỈNH YÊN BÁI"; null/absent for the provincial committee itself. */
  parentName?: string | null;
  /** Issuing body, e.g. "SỞ TƯ PHÁP" or "ỦY BAN NHÂN DÂN TỈNH YÊN BÁI"; "\n" forces a line break. */
  name: string;
}

/** Signer block (NĐ 30 Art. 13): authority prefix, title and full name without academic titles. */
export interface Signer {
  /** e.g. "KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN"; absent when the head signs in person. */
  authority?: string | null;
  /** e.g. "PHÓ CHỦ TỊCH". */
  title: string;
  /** e.g. "Vũ Thị Hiền Hạnh". */
  name: string;
}

/** One column of a body table; widths are relative and normalised to the text width. */
export interface TableColumn {
  title: string;
  widthPct: number;
  align?: 'left' | 'center' | 'right';
  /**
   * Texts that must print on one line in this column ("STT", "Hoàn thành", "100%"): the column is widened to the
   * widest of them and of its title (measured in Times New Roman), the other columns share what is left.
   */
  fit?: readonly string[];
}

/** Body content, rendered in order. */
export type Block =
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  /** `lead` is printed bold before the text ("Điều 1."), as the articles of a decision are. */
  | { type: 'paragraph'; text: string; italic?: boolean; lead?: string }
  /** A centred bold line of its own: a decision's issuing authority ("GIÁM ĐỐC SỞ Y TẾ"), its "QUYẾT ĐỊNH:". */
  | { type: 'centered'; text: string }
  | { type: 'bullets'; items: string[] }
  | {
      type: 'table';
      caption?: string;
      columns: TableColumn[];
      rows: (string | number)[][];
      totals?: (string | number)[];
    };

/**
 * An appendix (NĐ 30 App. I §II.12): printed after "Nơi nhận" and the signature, each on a new page, headed by its
 * label ("PHỤ LỤC I"), its title and the italic line naming the document it belongs to.
 */
export interface Appendix {
  /** e.g. "Phụ lục I"; printed upper-case, bold. */
  label: string;
  /** e.g. "Tình hình thực hiện các nhiệm vụ"; printed upper-case, bold. */
  title?: string;
  /** Overrides the "(Kèm theo Báo cáo số …/BC-UBND ngày … của …)" line built from the document. */
  note?: string;
  body: Block[];
}

/** A complete administrative document. */
export interface OfficialDocument {
  issuer: Issuer;
  /** "15/BC-UBND" → "Số: 15/BC-UBND"; null leaves the number blank for the clerk (VB-04). */
  number: string | null;
  /** Code printed after the blank number, e.g. "/BC-UBND", used only when `number` is null. */
  numberSuffix?: string;
  /** Place name without "tỉnh", e.g. "Yên Bái". */
  place: string;
  /** ISO date 'YYYY-MM-DD'; null leaves day, month and year blank. */
  date: string | null;
  /** Type name, e.g. "BÁO CÁO"; ignored for a Công văn. */
  kind: string;
  /** Trích yếu; for a Công văn it is printed as "V/v <subject>". */
  subject: string;
  isCongVan?: boolean;
  /** Công văn addressees: one is printed on the "Kính gửi:" line, several as a dashed list. */
  kinhGui?: string[];
  body: Block[];
  /** "Nơi nhận" items; "- Lưu: VT." is appended when no "Lưu" item is given. */
  recipients: string[];
  /** null prints an empty signature block to be signed on paper. */
  signer: Signer | null;
  /** Footnote attached to the subject (or the V/v line), e.g. the cut-off date of the figures. */
  footnote?: string;
  /** Appendices, after the signature, each starting a new page. */
  appendices?: Appendix[];
  /** The issuer's name in running text for the appendix line ("Ủy ban nhân dân tỉnh Yên Bái"); default: issuer.name. */
  issuerText?: string;
}

/** Typographic choices NĐ 30 leaves open; defaults: 14 pt, 1 cm indent, 1.15 lines. */
export interface RenderOptions {
  bodySizePt?: BodySizePt;
  firstLineIndent?: FirstLineIndent;
  /** Line spacing as a multiple of single, clamped to NĐ 30's 1.0–1.5. */
  lineSpacing?: number;
}
