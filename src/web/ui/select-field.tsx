import type { ComponentProps } from 'react';
import { cx } from './class-names';
import { FieldFrame, useFieldControl, type FieldFrameProps } from './field';

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
export function SelectField({ label, error, hint, requiredMark, className, inputClassName, options, placeholder, ...select }: SelectFieldProps) {
  const { frame, aria } = useFieldControl({ label, error, hint, requiredMark, className }, select);
  return (
    <FieldFrame {...frame}>
      <select {...select} {...aria} className={cx('dt-input', 'dt-select', inputClassName)}>
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
