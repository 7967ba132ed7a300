import type { ReactNode } from 'react';
import { cx } from './class-names';

/** One column of {@link DataTable}. */
export interface DataColumn<T> {
  key: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** Render this column's cells as <th scope="row"> (use for the identifying column). */
  rowHeader?: boolean;
  className?: string;
}

/** Props of {@link DataTable}. */
export interface DataTableProps<T> {
  /** Table caption; also names the scrollable region. */
  caption: string;
  /** Visually hide the caption (it stays available to screen readers). */
  hideCaption?: boolean;
  columns: readonly DataColumn<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** Shown in a single row when there are no rows. */
  emptyText?: string;
  className?: string;
}

/** A captioned, horizontally scrollable table with th scope on column and row headers. */
export function DataTable<T>({
  caption,
  hideCaption = false,
  columns,
  rows,
  rowKey,
  emptyText = 'Chưa có dữ liệu',
  className,
}: DataTableProps<T>) {
  return (
    <div className={cx('dt-table-scroll', className)} role="group" aria-label={caption} tabIndex={0}>
      <table className="dt-table">
        <caption className={cx('dt-table__caption', hideCaption && 'dt-visually-hidden')}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.className}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="dt-table__empty">
                {emptyText}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((c) =>
                  c.rowHeader ? (
                    <th key={c.key} scope="row" className={c.className}>
                      {c.cell(row)}
                    </th>
                  ) : (
                    <td key={c.key} className={c.className}>
                      {c.cell(row)}
                    </td>
                  ),
                )}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
