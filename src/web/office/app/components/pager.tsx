import { Button } from '../../../ui';
import { useI18n } from '../i18n-context';

/** Props of {@link Pager}. */
export interface PagerProps {
  total: number;
  offset: number;
  limit: number;
  onChange: (offset: number) => void;
  busy?: boolean;
}

/** "Showing a–b of n" with previous/next page buttons. */
export function Pager({ total, offset, limit, onChange, busy = false }: PagerProps) {
  const { t } = useI18n();
  if (total === 0) return null;
  const from = Math.min(offset + 1, total);
  const to = Math.min(offset + limit, total);
  return (
    <div className="pager" role="group" aria-label={t('common.paging')}>
      <p className="pager__range">{t('common.range', { from, to, total })}</p>
      <div className="pager__buttons">
        <Button
          variant="secondary"
          size="small"
          disabled={busy || offset === 0}
          onClick={() => onChange(Math.max(0, offset - limit))}
        >
          {t('common.previous')}
        </Button>
        <Button variant="secondary" size="small" disabled={busy || to >= total} onClick={() => onChange(offset + limit)}>
          {t('common.next')}
        </Button>
      </div>
    </div>
  );
}
