import type { ComponentProps } from 'react';
import { cx } from './class-names';
import { FieldFrame, useFieldControl, type FieldFrameProps } from './field';

/** Props of {@link TextareaField}: a label plus every native textarea prop. */
export type TextareaFieldProps = FieldFrameProps & ComponentProps<'textarea'>;

/** A labelled <textarea> with the same hint/error wiring as Field. */
export function TextareaField({ label, error, hint, requiredMark, className, inputClassName, ...textarea }: TextareaFieldProps) {
  const { frame, aria } = useFieldControl({ label, error, hint, requiredMark, className }, textarea);
  return (
    <FieldFrame {...frame}>
      <textarea {...textarea} {...aria} className={cx('dt-input', 'dt-textarea', inputClassName)} />
    </FieldFrame>
  );
}
