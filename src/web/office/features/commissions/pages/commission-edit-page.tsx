import '../commissions.css';
import { useQuery } from '@tanstack/react-query';
import { PageHeader } from '../../../../ui';
import { AsyncView } from '../../../app/components/async-view';
import { useI18n } from '../../../app/i18n-context';
import { useDocumentTitle } from '../../../app/use-document-title';
import { commissionsQueries } from '../api';
import { CommissionForm } from '../components/commission-form';

/** A new order. */
export function CommissionNewPage() {
  const { t } = useI18n();
  useDocumentTitle(t('comm.new.title'));
  return (
    <>
      <PageHeader title={t('comm.new.title')} description={t('comm.form.intro')} />
      <CommissionForm />
    </>
  );
}

/** An order still planned, edited (its lines replaced, its amounts recomputed). */
export function CommissionEditPage({ id }: { id: string }) {
  const { t } = useI18n();
  const one = useQuery(commissionsQueries.one(id));
  useDocumentTitle(t('comm.edit.title'));
  return (
    <>
      <PageHeader title={t('comm.edit.title')} description={t('comm.form.intro')} />
      <AsyncView result={one}>{(c) => <CommissionForm existing={c} />}</AsyncView>
    </>
  );
}
