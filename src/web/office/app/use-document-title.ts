import { useEffect } from 'react';
import { useI18n } from './i18n-context';

/** Sets document.title to "<page> — Đồng Thuận". */
export function useDocumentTitle(page: string): void {
  const { t } = useI18n();
  const suffix = `${t('app.name')} · ${t('app.tagline')}`;
  useEffect(() => {
    document.title = page ? `${page} — ${suffix}` : suffix;
  }, [page, suffix]);
}
