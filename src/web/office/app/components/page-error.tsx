import { Alert } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { PageHeader } from '../../../ui/page-header';
import { describeError } from '../errors';
import { useI18n } from '../i18n-context';
import { useDocumentTitle } from '../use-document-title';

/**
 * What a page shows when it fails while drawing (the router's error boundary): a Vietnamese message, the reason
 * when it is the server's, and a way to try again; never the library's English default.
 */
export function PageError({ error, reset }: { error: unknown; reset?: () => void }) {
  const { t } = useI18n();
  useDocumentTitle(t('error.title'));
  return (
    <>
      <PageHeader title={t('error.title')} />
      <Alert variant="error" role="alert">
        <p>{t('error.body')}</p>
        <p>{describeError(error, t)}</p>
        <Button variant="secondary" size="small" onClick={() => (reset ? reset() : window.location.reload())}>
          {t('common.retry')}
        </Button>
      </Alert>
    </>
  );
}
