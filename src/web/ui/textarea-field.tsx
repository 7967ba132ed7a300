import type { ComponentProps } from 'react';
import { cx } from './class-names';
import { FieldFrame, useFieldWiring, type FieldFrameProps } from './field';

/** Props of {@link TextareaField}: a label plus every native textarea prop. */
export type TextareaFieldProps = FieldFrameProps & ComponentProps<'textarea'>;

/** A labelled <textarea> with the same hint/error wiring as Field. */
export function TextareaField({ label, error, hint, requiredMark, className, inputClassName, id, ...textarea }: TextareaFieldProps) {
  const wiring = useFieldWiring(id, Boolean(hint), Boolean(error), textarea['aria-describedby']);
  return (
    <FieldFrame
      label={label}
      error={error}
      hint={hint}
      requiredMark={requiredMark}
      required={textarea.required}
      className={className}
      wiring={wiring}
    >
      <textarea
        {...textarea}
        id={wiring.inputId}
        className={cx('dt-input', 'dt-textarea', inputClassName)}
        aria-describedby={wiring.describedBy}
        aria-invalid={error ? true : undefined}
      />
    </FieldFrame>
  );
}
