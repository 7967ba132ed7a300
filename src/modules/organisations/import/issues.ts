/** Problems found in an uploaded directory file, each pointing at a table, a row and a column where it can. */

export interface ImportIssue {
  /** "Trang Đơn vị" (a sheet of an .xlsx) or "Tệp don-vi.csv". */
  source: string;
  /** The row number the spreadsheet shows (the header row is 1); null for a problem of the whole table or file. */
  row: number | null;
  /** The column's header as written in the template; null when the problem is the whole row. */
  column: string | null;
  message: string;
}

/** "Trang Đơn vị, dòng 14, cột Đơn vị cấp trên (mã): không có đơn vị mã 'xa-abc' trong tệp hoặc danh mục." */
export function issueText(i: ImportIssue): string {
  const where = [i.source, i.row !== null ? `dòng ${i.row}` : null, i.column !== null ? `cột ${i.column}` : null].filter(Boolean).join(', ');
  return `${where}: ${i.message}`;
}

/** Orders issues by table (in the order the tables were read), then row, so the same file always gives the same list. */
export function sortIssues(issues: ImportIssue[], sources: readonly string[]): ImportIssue[] {
  const rank = (s: string) => {
    const i = sources.indexOf(s);
    return i === -1 ? -1 : i;
  };
  return issues
    .map((issue, i) => ({ issue, i }))
    .sort((a, b) => rank(a.issue.source) - rank(b.issue.source) || (a.issue.row ?? 0) - (b.issue.row ?? 0) || a.i - b.i)
    .map((x) => x.issue);
}
