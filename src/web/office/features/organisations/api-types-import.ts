import type { Answer } from '../../app/contract';

/** Shapes of the directory import API (`/api/v1/org/import*`), named from the generated contract. */

/** What the server read and what applying it would do; nothing is saved yet (POST /api/v1/org/import/preview). */
export type DirectoryImportPreview = Answer<'/api/v1/org/import/preview', 'post'>;
/** One problem of the file: the table ("Trang Đơn vị", "Tệp don-vi.csv"), the row the spreadsheet shows, the column. */
export type ImportIssue = DirectoryImportPreview['issues'][number];
/** A unit that applying the file would add or change. */
export type ImportUnitChange = DirectoryImportPreview['unitChanges'][number];
/** How many records applying a file adds, changes and leaves as they are. */
export type ImportCounts = DirectoryImportPreview['counts']['units'];

/** The answer of an applied import (POST /api/v1/org/import). */
export type DirectoryImportResult = Answer<'/api/v1/org/import', 'post'>;
