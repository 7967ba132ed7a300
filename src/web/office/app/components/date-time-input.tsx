import { useEffect, useId, useState } from 'react';
import { cx, Field } from '../../../ui';
import { useI18n } from '../i18n-context';
import { DateInput } from './date-input';

/** "14:30", "14h30", "1430", "9:05" → "14:30" / "09:05"; null when it is not a time of day. */
export function parseTimeInput(text: string): string | null {
  const m = /^\s*(\d{1,2})\s*(?:[:hg.]\s*)?(\d{2})\s*$/iu.exec(text);
  if (!m) return null;
  const [h, min] = [Number(m[1]), Number(m[2])];
  return h <= 23 && min <= 59 ? `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}` : null;
}

/** What the input gives while a part is typed but the date or the time is not valid: the form sends it, the server refuses it. */
export const INVALID_DATE_TIME = 'invalid';

const combine = (date: string, time: string, hasText: boolean) => {
  const t = parseTimeInput(time);
  if (/^\d{4}-\d{2}-\d{2}$/u.test(date) && t) return `${date}T${t}`;
  return hasText ? INVALID_DATE_TIME : '';
};

/**
 * The instant a {@link DateTimeInput} value names on the Vietnam clock (UTC+7, no daylight saving), whatever the
 * browser's time zone; null when empty. A value that is not a whole date and time goes as it is, for the server to
 * refuse with its message (never dropped, which would let the server take "now").
 */
export function vnInstant(local: string): string | null {
  if (!local) return null;
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/u.test(local) ? new Date(`${local}:00+07:00`).toISOString() : local;
}

/** Props of {@link DateTimeInput}. */
export interface DateTimeInputProps {
  label: string;
  name: string;
  /** "YYYY-MM-DDTHH:mm" on the Vietnam clock (what a datetime-local input gives), or "". */
  value: string;
  /** The combined value; "" while nothing is typed, {@link INVALID_DATE_TIME} while a part is typed but not valid. */
  onChange: (value: string) => void;
  error?: string | null;
  hint?: string;
  required?: boolean;
}

/**
 * A moment on the Vietnam clock, typed as a date dd/mm/yyyy and a time hh:mm on the 24-hour clock whatever the
 * browser's language (a native datetime-local input follows the browser's locale: mm/dd/yyyy and AM/PM in English).
 * The two inputs are one group named by the label; the form gets "YYYY-MM-DDTHH:mm".
 */
export function DateTimeInput({ label, name, value, onChange, error, hint, required }: DateTimeInputProps) {
  const { t } = useI18n();
  const [date, setDate] = useState(value.slice(0, 10));
  const [time, setTime] = useState(value.slice(11, 16));
  const [isTimeChecked, setTimeChecked] = useState(false);
  // whether the date field holds text (its value is "" for text that is not a date, which must not read as empty)
  const [hasDateText, setHasDateText] = useState(value !== '');
  const ids = `dt${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  // a value set from outside (a reset, a prefill) replaces what was typed, unless it already means that moment
  useEffect(() => {
    if (value !== INVALID_DATE_TIME && value !== combine(date, time, true)) {
      setDate(value.slice(0, 10));
      setTime(value.slice(11, 16));
      setTimeChecked(false);
    }
  }, [value]);
  const timeError = isTimeChecked && time.trim() !== '' && parseTimeInput(time) === null ? t('dateTime.timeInvalid') : null;
  const describedBy = cx(hint && `${ids}-hint`, error && `${ids}-error`) || undefined;
  return (
    <fieldset className={cx('dt-datetime', error && 'dt-field--invalid')} aria-describedby={describedBy}>
      <legend className="dt-field__label">
        {label}
        {required ? <span className="dt-field__required" aria-hidden="true"> {t('common.required')}</span> : null}
      </legend>
      {hint ? <p id={`${ids}-hint`} className="dt-field__hint">{hint}</p> : null}
      {/* read out with the time field, not shown: the placeholder says it, and the two fields stay side by side */}
      <span id={`${ids}-time-format`} className="dt-visually-hidden">{t('dateTime.timeFormat')}</span>
      <div className="dt-datetime__parts">
        <DateInput label={t('dateTime.date')} name={`${name}Date`} value={date} required={required}
          onChange={(d, text) => {
            setDate(d);
            setHasDateText(text.trim() !== '');
            onChange(combine(d, time, text.trim() !== '' || time.trim() !== ''));
          }} />
        <Field label={t('dateTime.time')} name={`${name}Time`} value={time} required={required} inputMode="numeric" autoComplete="off"
          placeholder="hh:mm" maxLength={5} aria-describedby={`${ids}-time-format`} error={timeError} className="dt-datetime__time"
          onChange={(e) => {
            setTime(e.target.value);
            if (isTimeChecked && parseTimeInput(e.target.value) !== null) setTimeChecked(false);
            onChange(combine(date, e.target.value, hasDateText || e.target.value.trim() !== ''));
          }}
          onBlur={() => {
            setTimeChecked(true);
            const normal = parseTimeInput(time);
            if (normal) setTime(normal);
          }} />
      </div>
      {error ? <p id={`${ids}-error`} className="dt-field__error">{error}</p> : null}
    </fieldset>
  );
}
