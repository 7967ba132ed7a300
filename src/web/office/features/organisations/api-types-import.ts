/** Shapes of the directory import API (`/api/v1/org/import*`), as the server's response schemas list them. */

/** How many records applying a file adds, changes and leaves as they are. */
export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** One problem of the file: the table ("Trang Đơn vị", "Tệp don-vi.csv"), the row the spreadsheet shows, the column. */
export interface ImportIssue {
  source: string;
  row: number | null;
  column: string | null;
  message: string;
}

/** A unit that applying the file would add or change. */
export interface ImportUnitChange {
  source: string;
  row: number;
  id: string;
  name: string;
  status: 'created' | 'updated';
  changedColumns: string[];
}

/** What the server read and what applying it would do; nothing is saved yet. */
export interface DirectoryImportPreview {
  files: string[];
  tables: { source: string; kind: string; rows: number }[];
  issues: ImportIssue[];
  warnings: string[];
  counts: { units: ImportCounts; successions: ImportCounts; aliases: ImportCounts };
  unitChanges: ImportUnitChange[];
  unitChangesTotal: number;
}

/** The answer of an applied import. */
export interface DirectoryImportResult {
  changed: boolean;
  counts: DirectoryImportPreview['counts'];
}
