import { formatDate, formatDateTime } from './format-date';

/** Props of {@link DateText}. */
export interface DateTextProps {
  /** ISO date (YYYY-MM-DD) or ISO timestamp. */
  value: string | null | undefined;
  /** Also show hours and minutes. */
  withTime?: boolean;
  /** Shown when the value is empty or invalid. */
  fallback?: string;
  className?: string;
}

/** Renders an ISO date as dd/mm/yyyy inside a <time> element. */
export function DateText({ value, withTime = false, fallback = '', className }: DateTextProps) {
  const text = withTime ? formatDateTime(value) : formatDate(value);
  if (!value || !text) return fallback ? <span className={className}>{fallback}</span> : null;
  return (
    <time dateTime={value} className={className}>
      {text}
    </time>
  );
}
