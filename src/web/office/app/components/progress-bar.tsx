import { cx } from '../../../ui';
import { useI18n } from '../i18n-context';
import { percent } from '../../features/plans/components/plan-text';

/** Props of {@link ProgressBar}. */
export interface ProgressBarProps {
  /** Completion ratio, 0..1. */
  value: number;
  className?: string;
}

/**
 * A completion bar followed by its percentage as text. The bar is a decorative SVG whose fill width is the
 * <rect width> attribute (no inline style, allowed by the CSP); the text carries the information.
 */
export function ProgressBar({ value, className }: ProgressBarProps) {
  const { t } = useI18n();
  const pct = percent(value);
  return (
    <span className={cx('progress', className)}>
      <svg className="progress__bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        <rect className="progress__track" x="0" y="0" width="100" height="10" />
        <rect className="progress__fill" x="0" y="0" width={pct} height="10" />
      </svg>
      <span className="progress__text">{t('common.percent', { value: pct })}</span>
    </span>
  );
}
