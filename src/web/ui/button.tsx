import type { ComponentProps } from 'react';
import { cx } from './class-names';

/** Visual variants of {@link Button}. */
export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'quiet';

/** Props of {@link Button}: every native button prop plus a variant and a size. */
export interface ButtonProps extends ComponentProps<'button'> {
  variant?: ButtonVariant;
  size?: 'normal' | 'small';
  /** Shows the button as busy and disables it. */
  busy?: boolean;
}

/** A native <button> with the design-system look; defaults to type="button". */
export function Button({
  variant = 'primary',
  size = 'normal',
  busy = false,
  type = 'button',
  className,
  disabled,
  children,
  ...rest
}: ButtonProps) {
  return (
    <button
      type={type}
      className={cx('dt-button', `dt-button--${variant}`, size === 'small' && 'dt-button--small', className)}
      disabled={disabled || busy}
      aria-busy={busy || undefined}
      {...rest}
    >
      {children}
    </button>
  );
}
