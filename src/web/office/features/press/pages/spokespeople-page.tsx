import '../press.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { DataTable, formatDate, PageHeader } from '../../../../ui';
import { AsyncView } from '../../../app/components/async-view';
import { useI18n } from '../../../app/i18n-context';
import { Link, paths } from '../../../app/router';
import { can, useMe } from '../../../app/session';
import { useDocumentTitle } from '../../../app/use-document-title';
import { pressApi, pressQueries } from '../api';
import type { Spokesperson, SpokespersonBody } from '../api-types';
import { enumLabel } from '../components/press-text';
import { SpokespersonForm } from '../components/spokesperson-form';

/** The spokespeople registry: every assignment's current version by unit; managers add new ones here. */
export function SpokespeoplePage() {
  const { t } = useI18n();
  const me = useMe();
  const queryClient = useQueryClient();
  const list = useQuery(pressQueries.spokespeople());
  const add = useMutation({
    mutationFn: (body: SpokespersonBody) => pressApi.addSpokesperson(body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['press', 'spokespeople'] }),
  });
  useDocumentTitle(t('press.spokespeople.title'));
  return (
    <>
      <PageHeader title={t('press.spokespeople.title')} description={t('press.spokespeople.intro')}>
        <a href="/nguoi-phat-ngon" className="dt-button dt-button--secondary">
          {t('press.spokespeople.portal')}
        </a>
      </PageHeader>
      <AsyncView result={list}>
        {(data) => (
          <DataTable<Spokesperson>
            caption={t('press.spokespeople.caption')}
            rows={data.items}
            rowKey={(s) => s.id}
            emptyText={t('press.spokespeople.empty')}
            columns={[
              { key: 'unit', header: t('press.sp.unit'), cell: (s) => s.unitName },
              { key: 'name', header: t('press.sp.personName'), rowHeader: true, cell: (s) => <Link to={paths.pressSpokesperson(s.id)}>{s.personName}</Link> },
              { key: 'kind', header: t('press.sp.kind'), cell: (s) => enumLabel(t, 'sp.kind', s.kind) },
              { key: 'title', header: t('press.sp.title'), cell: (s) => s.title },
              { key: 'contact', header: t('press.sp.email'), cell: (s) => [s.phone, s.email].filter(Boolean).join(' · ') || t('common.dash') },
              { key: 'period', header: t('press.sp.validFrom'), cell: (s) => t('press.sp.period', { from: formatDate(s.validFrom), to: s.validTo ? formatDate(s.validTo) : t('press.sp.noEnd') }) },
              { key: 'state', header: t('press.col.status'), cell: (s) => (s.isCurrent ? t('press.spokespeople.inForce') : t('press.spokespeople.notInForce')) },
            ]}
          />
        )}
      </AsyncView>
      {can(me, 'press.manage') ? (
        <section aria-labelledby="add-spokesperson">
          <h2 id="add-spokesperson">{t('press.spokespeople.add')}</h2>
          <SpokespersonForm key={add.isSuccess ? add.data.id : 'new'} submitLabel={t('press.spokespeople.add')} busy={add.isPending} error={add.error} onSubmit={(b) => add.mutate(b)} />
        </section>
      ) : null}
    </>
  );
}
