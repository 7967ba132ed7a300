/**
 * Shapes of a parsed draft legal document (dự thảo Nghị quyết, Quyết định…) and of a draft-to-draft diff.
 */

/** Structural unit of a Vietnamese legal text: Phần › Chương › Mục › Tiểu mục › Điều › Khoản › Điểm. */
export type NodeKind = 'phan' | 'chuong' | 'muc' | 'tieu_muc' | 'dieu' | 'khoan' | 'diem';

/** One structural unit with its own text and its sub-units. */
export interface DraftNode {
  kind: NodeKind;
  /** Stable URL-safe id: "dieu-3", "dieu-3-khoan-2-diem-a", "chuong-ii-muc-1" (articles never include the chapter). */
  anchor: string;
  /** The number as written: "3", "2", "a", "đ", "II", "1", "thứ nhất". */
  number: string;
  /** "Điều 3", "Khoản 2", "Điểm a", "Chương II", "Mục 1". */
  label: string;
  /** Heading text for Phần/Chương/Mục/Điều; empty for khoản and điểm (and for articles without a title). */
  title: string;
  /** The node's own text: for khoản/điểm its sentence(s), for the others the lines before the first sub-unit. */
  text: string;
  children: DraftNode[];
}

/** A draft split into preamble, structure and closing. */
export interface DraftDocument {
  /** Everything before the first Phần/Chương/Điều (header, title, căn cứ…). */
  preamble: string;
  /** "NGHỊ QUYẾT Quy định mức hỗ trợ …" or, without a type heading, the first heading lines; null when none. */
  title: string | null;
  /** Top-level nodes: phần/chương, or điều when the text has no chapters. */
  nodes: DraftNode[];
  /** Everything after the last article (Nơi nhận, signature, annexes). */
  closing: string;
  /** Every Điều in document order. */
  articles: DraftNode[];
  /** Problems found, in Vietnamese ("Điều 5 xuất hiện hai lần", "Không tìm thấy Điều nào"). */
  warnings: string[];
}

/** One piece of a word-level diff. */
export interface DiffOp {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/** How one article changed between two versions of a draft. */
export interface ArticleDiff {
  /** Anchor of the article in the newer version (of the older one when removed). */
  anchor: string;
  /** Anchor in the older version: differs from `anchor` when renumbered, null when added. */
  previousAnchor: string | null;
  /** "Điều 3" of the newer version (of the older one when removed). */
  label: string;
  /** `renumbered` = (nearly) the same content under another number. */
  change: 'added' | 'removed' | 'modified' | 'unchanged' | 'renumbered';
  /** Full text of the article (`articleText`) in the older version, null when added. */
  before: string | null;
  /** Full text of the article in the newer version, null when removed. */
  after: string | null;
  /** Word-level diff: equal+insert texts joined give `after`, equal+delete texts joined give `before`. */
  ops: DiffOp[];
  /** Word similarity of the two article bodies (heading number excluded), 0..1. */
  similarity: number;
}
