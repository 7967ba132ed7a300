import { useState } from 'react';
import { Button } from '../../../ui';
import { useI18n } from '../i18n-context';
import { useHash } from '../router';
import { reportAnchor } from '../../features/plans/components/plan-fragment';

/**
 * How many of a long list of reports to render: `page` at first, `page` more at each "Hiện thêm"; the report a
 * "#report-…" address points to is always among them (so the fragment can be focused).
 */
export function useShownReports(items: readonly { id: string }[], page: number): { shown: number; more: () => void } {
  const hash = useHash();
  const [limit, setLimit] = useState(page);
  const shown = shownCount(items, limit, hash);
  return { shown, more: () => setLimit(shown + page) };
}

/** How many of `items` to render: `limit`, or more so that the report named by the address fragment is included. */
export function shownCount(items: readonly { id: string }[], limit: number, hash: string): number {
  const prefix = reportAnchor('');
  const target = hash.startsWith(prefix) ? items.findIndex((r) => r.id === hash.slice(prefix.length)) : -1;
  return Math.min(items.length, Math.max(limit, target + 1));
}

/** "Hiện thêm N báo cáo (đang hiện x/y)" under a list cut by {@link useShownReports}; nothing once all are shown. */
export function ShowMoreReports({ shown, total, page, onMore }: { shown: number; total: number; page: number; onMore: () => void }) {
  const { t } = useI18n();
  if (shown >= total) return null;
  return (
    <p>
      <Button variant="secondary" size="small" onClick={onMore}>
        {t('planView.moreReports', { count: Math.min(page, total - shown), shown, total })}
      </Button>
    </p>
  );
}
