/**
 * Draft legal documents (dự thảo Nghị quyết HĐND, Quyết định UBND…): parsing the Phần/Chương/Mục/Điều/Khoản/Điểm
 * structure from .txt/.docx uploads, and comparing two versions article by article with a word-level diff.
 */
export type { ArticleDiff, DiffOp, DraftDocument, DraftNode, NodeKind } from './types';
export { DraftParseError, type DraftParseErrorCode } from './errors';
export { parseDraftText } from './parse-draft';
export { parseDraftFile } from './read-draft';
export { diffDrafts, RENUMBER_THRESHOLD } from './diff-drafts';
export { articleText } from './article-text';
export { diffWords } from './word-diff';
