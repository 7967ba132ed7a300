import type { ReactNode } from 'react';
import { cx } from './class-names';

/** Variants of {@link Alert}. */
export type AlertVariant = 'error' | 'warning' | 'success' | 'info';

/** Props of {@link Alert}. */
export interface AlertProps {
  variant?: AlertVariant;
  title?: ReactNode;
  children?: ReactNode;
  /** Overrides the live-region role (errors and warnings use "alert", the others "status"). */
  role?: 'alert' | 'status';
  className?: string;
  id?: string;
}

/** A message box announced to assistive technology (role alert for errors/warnings, status otherwise). */
export function Alert({ variant = 'info', title, children, role, className, id }: AlertProps) {
  const liveRole = role ?? (variant === 'error' || variant === 'warning' ? 'alert' : 'status');
  return (
    <div id={id} role={liveRole} className={cx('dt-alert', `dt-alert--${variant}`, className)}>
      {title ? <p className="dt-alert__title">{title}</p> : null}
      {children ? <div className="dt-alert__body">{children}</div> : null}
    </div>
  );
}
