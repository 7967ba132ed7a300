/**
 * Reading an uploaded draft (.docx or .txt in any supported encoding) and parsing it.
 */
import { PlanParseError, readPlanDocument } from '../../plans/parser';
import { DraftParseError, type DraftParseErrorCode } from './errors';
import { parseDraftText } from './parse-draft';
import type { DraftDocument } from './types';

/** Reads and parses an uploaded draft; throws DraftParseError (empty, unreadable, broken .docx, no articles…). */
export async function parseDraftFile(data: Uint8Array, fileName: string): Promise<DraftDocument> {
  let text: string;
  try {
    text = await readPlanDocument(data, fileName);
  } catch (e) {
    if (e instanceof PlanParseError) throw new DraftParseError(mapCode(e.code), e.code === 'not-a-plan' ? undefined : e.messageVi);
    throw e;
  }
  const doc = parseDraftText(text);
  if (doc.articles.length === 0) throw new DraftParseError('no-articles');
  return doc;
}

function mapCode(code: PlanParseError['code']): DraftParseErrorCode {
  return code === 'not-a-plan' ? 'no-articles' : code;
}
