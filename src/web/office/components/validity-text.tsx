import { formatDate } from '../../ui';
import { useI18n } from '../i18n-context';

/** Formats a validity period as "từ dd/mm/yyyy đến dd/mm/yyyy" (or "… đến nay" when open-ended). */
export function useValidityText(): (from: string | null | undefined, to: string | null | undefined) => string {
  const { t } = useI18n();
  return (from, to) => {
    const f = formatDate(from) || t('common.dash');
    if (!to) return from ? t('org.validityOpen', { from: f }) : '';
    return t('org.validity', { from: f, to: formatDate(to) });
  };
}

/** Renders a validity period as text. */
export function ValidityText({ from, to, className }: { from: string | null; to: string | null; className?: string }) {
  const text = useValidityText()(from, to);
  return text ? <span className={className}>{text}</span> : null;
}
