/**
 * Reading an uploaded draft (.docx or .txt in any supported encoding) and parsing it.
 */
import { PlanParseError, readPlanDocumentIsolated } from '../../plans/parser';
import { DraftParseError, type DraftParseErrorCode } from './errors';
import { parseDraftText } from './parse-draft';
import type { DraftDocument } from './types';

/** Reads and parses an uploaded draft; throws DraftParseError (empty, unreadable, broken .docx, no articles…). */
export async function parseDraftFile(data: Uint8Array, fileName: string): Promise<DraftDocument> {
  // The plan reader reads PDFs; a draft put to consultation is edited and re-uploaded, so it comes as .docx or .txt.
  if (/\.pdf$/iu.test(fileName.trim())) throw new DraftParseError('unsupported-type', 'Tệp PDF chưa được hỗ trợ cho dự thảo: hãy tải lên bản .docx hoặc .txt của văn bản.');
  let text: string;
  try {
    // read in a worker thread: a hostile document ends that thread, not the web process
    text = await readPlanDocumentIsolated(data, fileName);
  } catch (e) {
    if (e instanceof PlanParseError) throw new DraftParseError(mapCode(e.code), e.code === 'not-a-plan' ? undefined : e.messageVi);
    throw e;
  }
  const doc = parseDraftText(text);
  if (doc.articles.length === 0) throw new DraftParseError('no-articles');
  return doc;
}

const SAME_CODES = new Set<string>(['empty', 'unreadable', 'broken-docx', 'unsupported-type', 'encoding']);

/** The draft's code for a reader's refusal; refusals the draft reader has no code for keep their message as 'unreadable'. */
function mapCode(code: PlanParseError['code']): DraftParseErrorCode {
  if (code === 'not-a-plan') return 'no-articles';
  return SAME_CODES.has(code) ? (code as DraftParseErrorCode) : 'unreadable';
}
