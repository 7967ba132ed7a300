import { PageHeader } from '../../../ui/page-header';
import { useI18n } from '../i18n-context';
import type { MessageKey } from '../i18n';
import { Link, paths } from '../router';
import { useDocumentTitle } from '../use-document-title';

/** A simple page with a title, a sentence and a link home (not found, access denied). */
export function MessagePage({ title, body }: { title: MessageKey; body: MessageKey }) {
  const { t } = useI18n();
  useDocumentTitle(t(title));
  return (
    <>
      <PageHeader title={t(title)} description={t(body)} />
      <p>
        <Link to={paths.home}>{t('nav.home')}</Link>
      </p>
    </>
  );
}
