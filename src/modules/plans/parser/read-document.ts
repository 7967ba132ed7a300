/**
 * Reading an uploaded plan file (.txt, .docx or .pdf with a text layer) into text, and parsing it in one go.
 */
import { cleanText } from '../../../platform/text';
import { readDocx } from './decode/docx';
import { readPdfDocument } from './decode/pdf';
import { decodeTextBytes } from './decode/text-bytes';
import { PlanParseError } from './errors';
import { parsePlanText } from './parse-plan';
import type { ParsedPlan } from './types';

const TEXT_EXTENSIONS = new Set(['txt', 'text']);

/** Reads a .txt (any supported encoding), .docx or .pdf upload into clean Unicode (NFC) text. */
export async function readPlanDocument(data: Uint8Array, filename: string): Promise<string> {
  return (await readDocument(data, filename)).text;
}

/** Reads and parses an uploaded plan file; what the reader could not read (scanned PDF pages) comes first among the warnings. */
export async function parsePlanDocument(data: Uint8Array, filename: string): Promise<ParsedPlan> {
  const { text, warnings } = await readDocument(data, filename);
  const plan = parsePlanText(text);
  return warnings.length === 0 ? plan : { ...plan, warnings: [...warnings, ...plan.warnings] };
}

async function readDocument(data: Uint8Array, filename: string): Promise<{ text: string; warnings: string[] }> {
  const ext = extensionOf(filename);
  const warnings: string[] = [];
  let text: string;
  if (ext === 'docx') {
    if (data.length === 0) throw new PlanParseError('empty');
    text = await readDocx(data);
  } else if (ext === 'pdf') {
    if (data.length === 0) throw new PlanParseError('empty');
    const pdf = await readPdfDocument(data);
    text = pdf.text;
    if (pdf.imagePages.length > 0) warnings.push(imagePagesWarning(pdf.imagePages));
  } else if (TEXT_EXTENSIONS.has(ext)) {
    text = decodeTextBytes(data);
  } else {
    throw new PlanParseError('unsupported-type', unsupportedMessage(ext));
  }
  const cleaned = cleanText(text);
  if (cleaned === '') throw new PlanParseError('empty');
  return { text: cleaned, warnings };
}

function imagePagesWarning(pages: number[]): string {
  const which = pages.length === 1 ? `Trang ${pages[0]}` : `Các trang ${pages.join(', ')}`;
  return `${which} của tệp PDF là ảnh quét, không có lớp văn bản: nội dung không được đọc (hệ thống không nhận dạng chữ). Nếu có nhiệm vụ ở đó, hãy tải lên bản .docx hoặc PDF có lớp văn bản.`;
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
