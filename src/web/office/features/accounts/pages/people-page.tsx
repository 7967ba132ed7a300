import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { DataTable, Field, PageHeader } from '../../../../ui';
import { accountQueries } from '../api';
import { AsyncView } from '../../../app/components/async-view';
import { Pager } from '../../../app/components/pager';
import { PersonForm } from '../components/person-form';
import { useI18n } from '../../../app/i18n-context';
import { can, useMe } from '../../../app/session';
import { useDebounced } from '../../../app/use-debounced';
import { useDocumentTitle } from '../../../app/use-document-title';

const LIMIT = 50;

/** Searchable, paged directory of people with an "add a person" form for writers. */
export function PeoplePage() {
  const { t } = useI18n();
  const me = useMe();
  const [q, setQ] = useState('');
  const debounced = useDebounced(q.trim(), 300);
  const [page, setPage] = useState({ q: '', offset: 0 });
  useDocumentTitle(t('people.title'));

  useEffect(() => {
    setPage((p) => (p.q === debounced ? p : { q: debounced, offset: 0 }));
  }, [debounced]);

  const list = useQuery(accountQueries.personList({ q: page.q, limit: LIMIT, offset: page.offset }));

  return (
    <>
      <PageHeader title={t('people.title')} description={t('people.intro')} />
      <form className="search-form" role="search" onSubmit={(e) => e.preventDefault()}>
        <Field label={t('people.search')} hint={t('people.searchHint')} type="search" name="q"
          autoComplete="off" value={q} onChange={(e) => setQ(e.target.value)} />
      </form>
      <AsyncView result={list}>
        {(data) => (
          <>
            <DataTable
              caption={t('people.caption')}
              rows={data.items}
              rowKey={(p) => p.id}
              emptyText={t('common.empty')}
              columns={[
                { key: 'name', header: t('people.fullName'), rowHeader: true, cell: (p) => p.fullName },
                { key: 'title', header: t('people.jobTitle'), cell: (p) => p.title ?? '' },
                { key: 'unit', header: t('people.unit'), cell: (p) => p.unitName ?? t('common.dash') },
                { key: 'email', header: t('people.email'), cell: (p) => (p.email ? <a href={`mailto:${p.email}`}>{p.email}</a> : '') },
                { key: 'phone', header: t('people.phone'), cell: (p) => (p.phone ? <a href={`tel:${p.phone.replace(/\s+/g, '')}`}>{p.phone}</a> : '') },
              ]}
            />
            <Pager total={data.total} offset={page.offset} limit={LIMIT} busy={list.isFetching}
              onChange={(offset) => setPage((p) => ({ ...p, offset }))} />
          </>
        )}
      </AsyncView>
      {can(me, 'people.write') ? <PersonForm /> : null}
    </>
  );
}
