import { useEffect, useId, useState, type ComponentProps } from 'react';
import { cx } from './class-names';
import { FieldFrame, useFieldControl, type FieldFrameProps } from './field';
import { formatDate } from './format-date';

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

function isoOf(year: number, month: number, day: number): string | null {
  if (year < 1000 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Reads a date typed by a person: dd/mm/yyyy (also d/m/yyyy, with '.' or '-') or yyyy-mm-dd. Returns the ISO date
 * (YYYY-MM-DD), '' for blank text, or null when the text is not a real calendar date (31/02/2024, 2/2024, 17/01/24).
 */
export function parseDateInput(text: string): string | null {
  const s = text.trim();
  if (!s) return '';
  const dmy = DMY.exec(s);
  if (dmy) return isoOf(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  const ymd = YMD.exec(s);
  if (ymd) return isoOf(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  return null;
}

/** Texts of {@link DateField}; Vietnamese unless the caller gives its own (the office passes its catalogue). */
export interface DateFieldMessages {
  /** The text is not a date. */
  invalid: string;
  /** Before `min`; `{date}` is replaced by min as dd/mm/yyyy. */
  tooEarly: string;
  /** After `max`; `{date}` is replaced by max as dd/mm/yyyy. */
  tooLate: string;
  /** Read to screen-reader users with the label: how to type a date. */
  format: string;
}

export const DATE_FIELD_MESSAGES_VI: DateFieldMessages = {
  invalid: 'Ngày không hợp lệ. Nhập theo dạng ngày/tháng/năm, ví dụ 17/01/2024.',
  tooEarly: 'Ngày phải từ {date} trở đi.',
  tooLate: 'Ngày phải đến {date} là muộn nhất.',
  format: 'Nhập ngày theo dạng ngày/tháng/năm, ví dụ 17/01/2024.',
};

/** Checks typed text: the error message to show, or null when it is blank or a date within [min, max]. */
export function dateInputError(text: string, limits: { min?: string; max?: string } = {}, messages: DateFieldMessages = DATE_FIELD_MESSAGES_VI): string | null {
  const iso = parseDateInput(text);
  if (iso === null) return messages.invalid;
  if (iso && limits.min && iso < limits.min) return messages.tooEarly.replace('{date}', formatDate(limits.min));
  if (iso && limits.max && iso > limits.max) return messages.tooLate.replace('{date}', formatDate(limits.max));
  return null;
}

/** Props of {@link DateField}. */
export type DateFieldProps = FieldFrameProps &
  Omit<ComponentProps<'input'>, 'type' | 'value' | 'defaultValue' | 'onChange' | 'min' | 'max' | 'inputMode' | 'placeholder'> & {
    /** The date as YYYY-MM-DD, or '' for none. */
    value: string;
    /**
     * Called with YYYY-MM-DD once the text is a date within [min, max], or '' when it is blank or not (yet) a
     * valid date (the field then shows its own error on leaving it).
     */
    onChange: (value: string, text: string) => void;
    /** Earliest date accepted, YYYY-MM-DD. */
    min?: string;
    /** Latest date accepted, YYYY-MM-DD. */
    max?: string;
    messages?: DateFieldMessages;
  };

/**
 * A labelled date input shown and typed as dd/mm/yyyy whatever the browser's language (a native date input follows
 * the browser's locale), with the numeric keypad on phones. The form gets an ISO date through `onChange`; text that
 * is not a date is reported in the field (aria-invalid, the message linked by aria-describedby) once the person
 * leaves it. yyyy-mm-dd is accepted too, so pasted or scripted ISO dates work.
 */
export function DateField({ label, error, hint, requiredMark, className, inputClassName, value, onChange, min, max, messages = DATE_FIELD_MESSAGES_VI, onBlur, onKeyDown, ...input }: DateFieldProps) {
  const [text, setText] = useState(() => formatDate(value));
  const [isChecked, setChecked] = useState(false);
  const ownError = isChecked ? dateInputError(text, { min, max }, messages) : null;
  const formatId = `f${useId().replace(/[^a-zA-Z0-9_-]/g, '')}-format`;
  const { frame, aria } = useFieldControl({ label, error: ownError ?? error, hint, requiredMark, className }, { ...input, 'aria-describedby': cx(input['aria-describedby'], formatId) });

  // A value set from outside (reset, quick buttons) replaces the text, unless the text already means that date.
  useEffect(() => {
    const typed = dateInputError(text, { min, max }, messages) === null ? parseDateInput(text) : '';
    if (typed !== value) {
      setText(formatDate(value));
      setChecked(false);
    }
  }, [value]);

  const check = () => {
    setChecked(true);
    const iso = parseDateInput(text);
    if (iso && dateInputError(text, { min, max }, messages) === null) setText(formatDate(iso));
  };

  return (
    <FieldFrame {...frame}>
      <span id={formatId} className="dt-visually-hidden">
        {messages.format}
      </span>
      <input
        {...input}
        {...aria}
        type="text"
        inputMode="numeric"
        autoComplete={input.autoComplete ?? 'off'}
        placeholder="dd/mm/yyyy"
        value={text}
        onChange={(e) => {
          const next = e.target.value;
          setText(next);
          if (isChecked && dateInputError(next, { min, max }, messages) === null) setChecked(false);
          onChange(dateInputError(next, { min, max }, messages) === null ? (parseDateInput(next) ?? '') : '', next);
        }}
        onBlur={(e) => {
          check();
          onBlur?.(e);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') check();
          onKeyDown?.(e);
        }}
        className={cx('dt-input', 'dt-input--date', inputClassName)}
      />
    </FieldFrame>
  );
}
