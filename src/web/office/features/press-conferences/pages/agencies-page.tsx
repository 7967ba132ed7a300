import '../conferences.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { DataTable, Field, formatDate, PageHeader } from '../../../../ui';
import { AsyncView } from '../../../app/components/async-view';
import { useI18n } from '../../../app/i18n-context';
import { Link, paths } from '../../../app/router';
import { can, useMe } from '../../../app/session';
import { useDebounced } from '../../../app/use-debounced';
import { useDocumentTitle } from '../../../app/use-document-title';
import { conferencesApi, conferencesQueries } from '../api';
import type { Agency, AgencyBody } from '../api-types';
import { AgencyForm } from '../components/agency-form';

/** The press agencies directory: search without accents, the list, and (for managers) the add form. */
export function AgenciesPage() {
  const { t } = useI18n();
  const me = useMe();
  const queryClient = useQueryClient();
  const [q, setQ] = useState('');
  const query = useDebounced(q.trim(), 250);
  const list = useQuery(conferencesQueries.agencies(query));
  const add = useMutation({
    mutationFn: (body: AgencyBody) => conferencesApi.addAgency(body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: conferencesQueries.all }),
  });
  useDocumentTitle(t('pc.agencies.title'));
  return (
    <>
      <PageHeader title={t('pc.agencies.title')} description={t('pc.agencies.intro')}>
        <Link to={paths.pressConferences} className="dt-button dt-button--secondary">
          {t('pc.nav.conferences')}
        </Link>
      </PageHeader>
      <Field label={t('pc.agencies.search')} name="q" type="search" value={q} onChange={(e) => setQ(e.target.value)} />
      <AsyncView result={list}>
        {(data) => (
          <DataTable<Agency>
            caption={t('pc.agencies.caption')}
            rows={data.items}
            rowKey={(a) => a.id}
            emptyText={t('pc.agencies.empty')}
            columns={[
              { key: 'name', header: t('pc.agency.name'), rowHeader: true, cell: (a) => <Link to={paths.pressAgency(a.id)}>{a.name}</Link> },
              { key: 'kind', header: t('pc.agency.kind'), cell: (a) => a.kindLabel },
              { key: 'licence', header: t('pc.agency.licenceNo'), cell: (a) => a.licenceNo ?? t('pc.dash') },
              { key: 'emails', header: t('pc.agency.emails'), cell: (a) => a.emails.join(', ') || t('pc.dash') },
              { key: 'period', header: t('pc.agency.validFrom'), cell: (a) => `${formatDate(a.validFrom)}${a.validTo ? ` – ${formatDate(a.validTo)}` : ''}` },
              { key: 'state', header: t('pc.col.status'), cell: (a) => (a.isCurrent ? t('pc.agencies.current') : t('pc.agencies.ended')) },
            ]}
          />
        )}
      </AsyncView>
      {can(me, 'press.manage') ? (
        <section aria-labelledby="add-agency">
          <h2 id="add-agency">{t('pc.agencies.add')}</h2>
          <AgencyForm key={add.isSuccess ? add.data.id : 'new'} submitLabel={t('pc.agencies.add')} busy={add.isPending} error={add.error} onSubmit={(b) => add.mutate(b)} />
        </section>
      ) : null}
    </>
  );
}
