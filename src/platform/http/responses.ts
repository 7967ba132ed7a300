import { Type, type TSchema } from 'typebox';

/**
 * Response schemas shared by the routes, so that every route declares what it answers (the OpenAPI document is
 * the office's contract: `npm run contract` generates the office's types from it; issue 10).
 */

/** "204 No Content": the change is done and there is nothing to send back. */
export const NoContent = Type.Null({ description: 'Đã xong, không có nội dung trả về' });

/** A file download (DOCX, XLSX, CSV, …) of the given media types, declared per media type for the OpenAPI document. */
export function fileResponse(description: string, ...mediaTypes: string[]): TSchema {
  const content = Object.fromEntries(mediaTypes.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]));
  return Type.Unsafe({ description, content });
}

/** Media type of a Word document. */
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** Media type of an Excel workbook. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Media type of a CSV file (sent with `; charset=utf-8`). */
export const CSV_TYPE = 'text/csv';
