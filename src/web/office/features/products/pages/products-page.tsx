import '../products.css';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { DataTable, Field, formatDate, PageHeader, SelectField } from '../../../../ui';
import { AsyncView } from '../../../app/components/async-view';
import { useI18n } from '../../../app/i18n-context';
import { useDebounced } from '../../../app/use-debounced';
import { Link, paths } from '../../../app/router';
import { can, useMe } from '../../../app/session';
import { useDocumentTitle } from '../../../app/use-document-title';
import { productQueries } from '../api';
import type { ProductQuery, ProductSummary } from '../api-types';

const STATUSES = ['draft', 'published', 'withdrawn'] as const;

/** The library with filters (kind, status, policy, language, text without accents) and the consultation posters. */
export function ProductsPage() {
  const { t } = useI18n();
  const me = useMe();
  const [filter, setFilter] = useState<Omit<ProductQuery, 'q'>>({});
  const [q, setQ] = useState('');
  const query = useDebounced(q, 300);
  const list = useQuery({ ...productQueries.list({ ...filter, ...(query.trim() ? { q: query.trim() } : {}) }), placeholderData: keepPreviousData });
  const options = useQuery(productQueries.options());
  useDocumentTitle(t('products.title'));
  const set = (patch: Partial<ProductQuery>) => setFilter((f) => ({ ...f, ...patch }));
  const o = options.data;

  return (
    <>
      <PageHeader title={t('products.title')} description={t('products.intro')}>
        {can(me, 'products.edit') ? (
          <Link to={paths.productNew} className="dt-button dt-button--primary">
            {t('products.new')}
          </Link>
        ) : null}
      </PageHeader>
      <form className="products-filters" aria-label={t('products.filters')} onSubmit={(e) => e.preventDefault()}>
        <Field label={t('products.search')} name="q" type="search" value={q} onChange={(e) => setQ(e.target.value)} />
        <SelectField label={t('products.col.kind')} name="kind" value={filter.kind ?? ''} placeholder={t('products.all')}
          options={(o?.kinds ?? []).map((k) => ({ value: k.code, label: k.label }))} onChange={(e) => set({ kind: (e.target.value || undefined) as ProductQuery['kind'] })} />
        <SelectField label={t('products.col.status')} name="status" value={filter.status ?? ''} placeholder={t('products.all')}
          options={STATUSES.map((s) => ({ value: s, label: t(`products.status.${s}`) }))} onChange={(e) => set({ status: (e.target.value || undefined) as ProductQuery['status'] })} />
        <SelectField label={t('products.col.policy')} name="policyId" value={filter.policyId ?? ''} placeholder={t('products.all')}
          options={(o?.policies ?? []).map((p) => ({ value: p.id, label: p.title }))} onChange={(e) => set({ policyId: e.target.value || undefined })} />
        <SelectField label={t('products.language')} name="lang" value={filter.lang ?? ''} placeholder={t('products.all')}
          options={(o?.languages ?? []).map((l) => ({ value: l.code, label: l.label }))} onChange={(e) => set({ lang: (e.target.value || undefined) as ProductQuery['lang'] })} />
      </form>
      <AsyncView result={list}>
        {(data) => (
          <DataTable<ProductSummary>
            caption={t('products.caption')}
            rows={data.items}
            rowKey={(r) => r.id}
            emptyText={t('products.empty')}
            columns={[
              { key: 'refNo', header: t('products.col.refNo'), className: 'num', cell: (r) => r.refNo },
              { key: 'title', header: t('products.col.title'), rowHeader: true, cell: (r) => <Link to={paths.product(r.id)}>{r.title}</Link> },
              { key: 'kind', header: t('products.col.kind'), cell: (r) => r.kindLabel },
              { key: 'policy', header: t('products.col.policy'), cell: (r) => r.policy.title },
              { key: 'unit', header: t('products.col.unit'), cell: (r) => r.unitName },
              { key: 'languages', header: t('products.col.languages'), cell: (r) => r.languages.map((l) => l.label).join(', ') || t('common.dash') },
              { key: 'status', header: t('products.col.status'), cell: (r) => r.statusLabel },
            ]}
          />
        )}
      </AsyncView>
      <section aria-labelledby="posters">
        <h2 id="posters">{t('products.posters.title')}</h2>
        <p>{t('products.posters.intro')}</p>
        {o && o.consultations.length === 0 ? <p>{t('products.posters.none')}</p> : null}
        <ul>
          {(o?.consultations ?? []).map((c) => (
            <li key={c.slug}>
              {c.title} ({t('products.posters.until', { date: formatDate(c.closesOn) })}): <a href={c.posterPath}>{t('products.posters.docx')}</a> · <a href={c.printPath}>{t('products.posters.print')}</a>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
