/**
 * Reading an uploaded plan file (.txt, .docx or .pdf with a text layer) into text, and parsing it in one go.
 */
import { cleanText } from '../../../platform/text';
import { readDocx } from './decode/docx';
import { readPdf } from './decode/pdf';
import { decodeTextBytes } from './decode/text-bytes';
import { PlanParseError } from './errors';
import { parsePlanText } from './parse-plan';
import type { ParsedPlan } from './types';

const TEXT_EXTENSIONS = new Set(['txt', 'text']);

/** Reads a .txt (any supported encoding), .docx or .pdf upload into clean Unicode (NFC) text. */
export async function readPlanDocument(data: Uint8Array, filename: string): Promise<string> {
  const ext = extensionOf(filename);
  let text: string;
  if (ext === 'docx') {
    if (data.length === 0) throw new PlanParseError('empty');
    text = await readDocx(data);
  } else if (ext === 'pdf') {
    if (data.length === 0) throw new PlanParseError('empty');
    text = await readPdf(data);
  } else if (TEXT_EXTENSIONS.has(ext)) {
    text = decodeTextBytes(data);
  } else {
    throw new PlanParseError('unsupported-type', unsupportedMessage(ext));
  }
  const cleaned = cleanText(text);
  if (cleaned === '') throw new PlanParseError('empty');
  return cleaned;
}

/** Reads and parses an uploaded plan file. */
export async function parsePlanDocument(data: Uint8Array, filename: string): Promise<ParsedPlan> {
  return parsePlanText(await readPlanDocument(data, filename));
}

function extensionOf(filename: string): string {
  const base = filename.trim().split(/[\\/]/u).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

function unsupportedMessage(ext: string): string {
  if (ext === 'doc') return 'Tệp .doc (Word 97–2003) chưa được hỗ trợ: hãy mở bằng Word và lưu lại dưới dạng .docx.';
  if (ext === '') return 'Tên tệp không có phần mở rộng: hãy tải lên tệp .docx, .pdf hoặc .txt.';
  return `Định dạng tệp .${ext} chưa được hỗ trợ: hãy tải lên tệp .docx, .pdf hoặc .txt.`;
}
