import type { ComponentProps } from 'react';
import { cx } from './class-names';
import { FieldFrame, useFieldWiring, type FieldFrameProps } from './field';

/** One option of {@link SelectField}. */
export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

/** Props of {@link SelectField}: a label, the options and every native select prop. */
export type SelectFieldProps = FieldFrameProps &
  Omit<ComponentProps<'select'>, 'children'> & {
    options: readonly SelectOption[];
    /** Text of a leading empty option (value ""), e.g. "— Chọn —". */
    placeholder?: string;
  };

/** A labelled <select> with the same hint/error wiring as Field. */
export function SelectField({
  label,
  error,
  hint,
  requiredMark,
  className,
  inputClassName,
  id,
  options,
  placeholder,
  ...select
}: SelectFieldProps) {
  const wiring = useFieldWiring(id, Boolean(hint), Boolean(error), select['aria-describedby']);
  return (
    <FieldFrame
      label={label}
      error={error}
      hint={hint}
      requiredMark={requiredMark}
      required={select.required}
      className={className}
      wiring={wiring}
    >
      <select
        {...select}
        id={wiring.inputId}
        className={cx('dt-input', 'dt-select', inputClassName)}
        aria-describedby={wiring.describedBy}
        aria-invalid={error ? true : undefined}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value} disabled={o.disabled}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
