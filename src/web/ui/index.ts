export { Alert, type AlertProps, type AlertVariant } from './alert';
export { Button, type ButtonProps, type ButtonVariant } from './button';
export { cx } from './class-names';
export { DataTable, type DataColumn, type DataTableProps } from './data-table';
export { DateText, type DateTextProps } from './date-text';
export { Field, FieldFrame, useFieldControl, useFieldWiring, type FieldProps, type FieldFrameProps, type FieldWiring } from './field';
export { formatDate, formatDateTime, DISPLAY_TIME_ZONE } from './format-date';
export { PageHeader, type PageHeaderProps } from './page-header';
export { SelectField, type SelectFieldProps, type SelectOption } from './select-field';
