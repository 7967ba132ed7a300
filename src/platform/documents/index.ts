/**
 * Official documents and exports: NĐ 30/2020 DOCX rendering, streaming XLSX, and DOCX text extraction for tests.
 */
export { renderOfficialDocx } from './render-official-docx';
export type { Appendix, Block, Issuer, OfficialDocument, RenderOptions, Signer, TableColumn } from './types';
export { type BodySizePt, type FirstLineIndent, MARGINS, PAGE_A4 } from './nd30-spec';
export { numberLine, placeDateText, recipientLines, kinhGuiLines } from './doc-lines';
export { readDocxText } from './docx-text';
export { writeXlsxStream, MAX_SHEET_ROWS, type SheetSpec, type XlsxColumn, type XlsxRow, type XlsxValue, type XlsxWriteOptions } from './xlsx-stream';
export { sanitizeSheetName, SheetNamer } from './sheet-names';
export { writeOfficialDocx, type StreamBlock, type StreamTableBlock, type StreamedAppendix, type StreamedDocument } from './docx-stream';
export { signerFor } from './signature';
