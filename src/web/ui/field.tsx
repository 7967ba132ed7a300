import { useId, type ComponentProps, type ReactNode } from 'react';
import { cx } from './class-names';

/** Props shared by {@link Field} and {@link SelectField}. */
export interface FieldFrameProps {
  label: ReactNode;
  /** Error message; marks the control aria-invalid and is announced through aria-describedby. */
  error?: string | null;
  /** Help text linked through aria-describedby. */
  hint?: ReactNode;
  /** Text of the visual "required" mark, e.g. "(bắt buộc)". */
  requiredMark?: string;
  /** Class of the wrapper element. */
  className?: string;
  /** Class of the control itself. */
  inputClassName?: string;
}

/** Props of {@link Field}: a label plus every native input prop. */
export type FieldProps = FieldFrameProps & ComponentProps<'input'>;

/** Ids and ARIA attributes that tie a control to its label, hint and error. */
export interface FieldWiring {
  inputId: string;
  hintId?: string;
  errorId?: string;
  describedBy?: string;
}

/** Computes the ids and aria-describedby value for a labelled control. */
export function useFieldWiring(id: string | undefined, hasHint: boolean, hasError: boolean, extra?: string): FieldWiring {
  const auto = useId();
  const inputId = id ?? `f${auto.replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const hintId = hasHint ? `${inputId}-hint` : undefined;
  const errorId = hasError ? `${inputId}-error` : undefined;
  const describedBy = [extra, hintId, errorId].filter(Boolean).join(' ') || undefined;
  return { inputId, hintId, errorId, describedBy };
}

/**
 * Everything a labelled control needs: the props of its {@link FieldFrame} and the id and ARIA attributes of the
 * control itself, so every kind of control (input, select, textarea) is wired the same way.
 */
export function useFieldControl(frame: Omit<FieldFrameProps, 'inputClassName'>, control: { id?: string; required?: boolean; 'aria-describedby'?: string }) {
  const wiring = useFieldWiring(control.id, Boolean(frame.hint), Boolean(frame.error), control['aria-describedby']);
  return {
    frame: { ...frame, required: control.required, wiring },
    aria: { id: wiring.inputId, 'aria-describedby': wiring.describedBy, 'aria-invalid': frame.error ? (true as const) : undefined },
  };
}

/** Label, hint and error around a form control. */
export function FieldFrame({
  label,
  error,
  hint,
  requiredMark,
  required,
  className,
  wiring,
  children,
}: FieldFrameProps & { required?: boolean; wiring: FieldWiring; children: ReactNode }) {
  return (
    <div className={cx('dt-field', error && 'dt-field--invalid', className)}>
      <div className="dt-field__label-row">
        <label className="dt-field__label" htmlFor={wiring.inputId}>
          {label}
        </label>
        {required && requiredMark ? (
          <span className="dt-field__required" aria-hidden="true">
            {requiredMark}
          </span>
        ) : null}
      </div>
      {hint ? (
        <p id={wiring.hintId} className="dt-field__hint">
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p id={wiring.errorId} className="dt-field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A labelled <input> whose hint and error are wired with aria-describedby and aria-invalid. */
export function Field({ label, error, hint, requiredMark, className, inputClassName, ...input }: FieldProps) {
  const { frame, aria } = useFieldControl({ label, error, hint, requiredMark, className }, input);
  return (
    <FieldFrame {...frame}>
      <input {...input} {...aria} className={cx('dt-input', inputClassName)} />
    </FieldFrame>
  );
}
