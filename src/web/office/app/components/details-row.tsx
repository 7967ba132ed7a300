import type { ReactNode } from 'react';
import { useI18n } from '../i18n-context';

/** One term and its value in a `details-list` (<dl>); a value that is empty shows a dash. */
export function DetailsRow({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useI18n();
  const empty = children === null || children === undefined || children === '' || children === false;
  return (
    <div className="details-list__row">
      <dt>{label}</dt>
      <dd>{empty ? t('common.dash') : children}</dd>
    </div>
  );
}
