/**
 * CSV as spreadsheets write it: UTF-8 with or without BOM, ";" (Excel in a Vietnamese locale) or "," separators,
 * quoted fields with doubled quotes and line breaks, CRLF or LF. Rows keep their record number (the header is 1),
 * which is the row number Excel shows when the file is opened there.
 */

export class CsvError extends Error {
  constructor(readonly messageVi: string) {
    super(messageVi);
    this.name = 'CsvError';
  }
}

/** Decodes UTF-8 (a BOM is dropped); refuses other encodings rather than guessing and storing mojibake. */
export function decodeCsv(data: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(data);
  } catch {
    throw new CsvError('Tệp CSV không mã hoá UTF-8. Trong Excel, chọn "Lưu thành" › "CSV UTF-8 (phân tách bằng dấu phẩy)".');
  }
}

/** The separator of the header line: the most frequent of ";", "," and tab outside quotes. */
function detectSeparator(text: string): string {
  const counts = new Map<string, number>([[';', 0], [',', 0], ['\t', 0]]);
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c!)) counts.set(c!, counts.get(c!)! + 1);
  }
  let best = ',';
  let max = 0;
  for (const [sep, n] of counts) if (n > max) [best, max] = [sep, n];
  return best;
}

/** Splits CSV text into records of fields; blank records are kept (as [""]) so record numbers stay true. */
export function parseCsv(text: string, opts: { maxRows: number }): string[][] {
  const sep = detectSeparator(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      i++;
    } else if (c === sep) {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\r' || c === '\n') {
      row.push(field);
      rows.push(row);
      if (rows.length > opts.maxRows) throw new CsvError(`Tệp CSV có quá nhiều dòng (tối đa ${opts.maxRows}).`);
      row = [];
      field = '';
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += c;
      i++;
    }
  }
  if (quoted) throw new CsvError('Tệp CSV có một ô mở dấu ngoặc kép (") mà không đóng.');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  if (rows.length > opts.maxRows) throw new CsvError(`Tệp CSV có quá nhiều dòng (tối đa ${opts.maxRows}).`);
  return rows;
}
