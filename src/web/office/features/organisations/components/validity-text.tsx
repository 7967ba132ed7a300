import { formatDate } from '../../../../ui';
import { useI18n } from '../../../app/i18n-context';

/** The day before an ISO date: a unit closed on 01/03/2025 (exclusive end) worked until the end of 28/02/2025. */
function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Formats a validity period as "từ dd/mm/yyyy đến hết dd/mm/yyyy" (the last day it was valid), or "… đến nay". */
export function useValidityText(): (from: string | null | undefined, to: string | null | undefined) => string {
  const { t } = useI18n();
  return (from, to) => {
    const f = formatDate(from) || t('common.dash');
    if (!to) return from ? t('org.validityOpen', { from: f }) : '';
    return t('org.validity', { from: f, to: formatDate(dayBefore(to)) });
  };
}

/** Renders a validity period as text. */
export function ValidityText({ from, to, className }: { from: string | null; to: string | null; className?: string }) {
  const text = useValidityText()(from, to);
  return text ? <span className={className}>{text}</span> : null;
}
