import '../commissions.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Alert, Button, DataTable, DateField, Field, formatDate, PageHeader, SelectField } from '../../../../ui';
import { ActionForm } from '../../../app/components/action-form';
import { AsyncView } from '../../../app/components/async-view';
import { fieldErrors } from '../../../app/errors';
import { useI18n } from '../../../app/i18n-context';
import { Link, paths } from '../../../app/router';
import { useDocumentTitle } from '../../../app/use-document-title';
import { commissionsApi, commissionsQueries } from '../api';
import type { ServiceList, ServiceListBody, ServiceListsView } from '../api-types';

type Service = ServiceList['services'][number];
type ServiceDraft = { name: string; productTypes: ServiceListBody['services'][number]['productTypes']; note: string };
const emptyService = (): ServiceDraft => ({ name: '', productTypes: [], note: '' });
const emptyList = () => ({ decisionNo: '', signedOn: '', issuerUnitId: '', title: '', validFrom: '', validTo: '', services: [emptyService()] });

/** One list: its decision, when it is in force, what replaced or ended it, its services, and ending it for those who may. */
function ListSection({ list, headingId }: { list: ServiceList; headingId: string }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [isEnding, setIsEnding] = useState(false);
  const [end, setEnd] = useState({ validTo: '', reason: '' });
  const endM = useMutation({
    mutationFn: () => commissionsApi.endServiceList(list.id, end),
    onSuccess: (view) => {
      queryClient.setQueryData(commissionsQueries.serviceLists().queryKey, view);
      void queryClient.invalidateQueries({ queryKey: ['commissions', 'options'] });
    },
  });
  const errors = fieldErrors(endM.error);
  return (
    <section className="comm-action" aria-labelledby={headingId} data-testid="service-list">
      <h3 id={headingId}>{list.label}</h3>
      <dl className="comm-facts">
        <div><dt>{t('comm.services.state')}</dt><dd><strong>{list.stateLabel}</strong></dd></div>
        <div><dt>{t('comm.services.period')}</dt><dd>{list.validTo ? t('comm.services.periodClosed', { from: formatDate(list.validFrom), to: formatDate(list.validTo) }) : t('comm.services.periodOpen', { from: formatDate(list.validFrom) })}</dd></div>
        {list.title ? <div><dt>{t('comm.services.titleLabel')}</dt><dd>{list.title}</dd></div> : null}
        {list.supersededByLabel ? <div><dt>{t('comm.services.supersededBy')}</dt><dd>{list.supersededByLabel}</dd></div> : null}
        {list.endReason ? <div><dt>{t('comm.services.endReason')}</dt><dd>{list.endReason}</dd></div> : null}
      </dl>
      <DataTable<Service>
        caption={t('comm.services.caption', { list: list.label })}
        rows={list.services}
        rowKey={(s) => s.id}
        emptyText={t('common.dash')}
        columns={[
          { key: 'position', header: t('comm.services.col.position'), className: 'num', cell: (s) => s.position },
          { key: 'name', header: t('comm.services.col.name'), rowHeader: true, cell: (s) => s.name },
          { key: 'types', header: t('comm.services.col.types'), cell: (s) => s.productTypeLabels.join(', ') },
          { key: 'note', header: t('comm.services.col.note'), cell: (s) => s.note ?? t('common.dash') },
        ]}
      />
      {list.canEnd && !isEnding ? (
        <Button type="button" variant="secondary" onClick={() => setIsEnding(true)}>{t('comm.services.end')}</Button>
      ) : null}
      {list.canEnd && isEnding ? (
        <ActionForm id={`end-${headingId}`} title={t('comm.services.endTitle', { list: list.label })} submit={t('comm.services.endSubmit')} variant="danger" error={endM.error} busy={endM.isPending} shown={['validTo', 'reason']} onSubmit={() => endM.mutate()}>
          <DateField label={t('comm.services.endOn')} name="validTo" required value={end.validTo} error={errors.validTo} onChange={(v) => setEnd({ ...end, validTo: v })} />
          <Field label={t('comm.services.endReasonField')} name="reason" required value={end.reason} error={errors.reason} onChange={(e) => setEnd({ ...end, reason: e.target.value })} />
        </ActionForm>
      ) : null}
    </section>
  );
}

/** Entering a list as its decision states it, with its services and the product types each covers. */
function NewListForm({ view }: { view: ServiceListsView }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [d, setD] = useState(emptyList);
  const save = useMutation({
    mutationFn: () =>
      commissionsApi.createServiceList({
        decisionNo: d.decisionNo, signedOn: d.signedOn, issuerUnitId: d.issuerUnitId, title: d.title || null, validFrom: d.validFrom, validTo: d.validTo || null,
        services: d.services.map((s) => ({ name: s.name, productTypes: s.productTypes, note: s.note || null })),
      }),
    onSuccess: (saved) => {
      queryClient.setQueryData(commissionsQueries.serviceLists().queryKey, saved);
      void queryClient.invalidateQueries({ queryKey: ['commissions', 'options'] });
      setD(emptyList());
    },
  });
  const errors = fieldErrors(save.error);
  const setService = (i: number, patch: Partial<ServiceDraft>) => setD((x) => ({ ...x, services: x.services.map((s, j) => (j === i ? { ...s, ...patch } : s)) }));
  const shown = ['decisionNo', 'signedOn', 'issuerUnitId', 'title', 'validFrom', 'validTo', 'services', ...d.services.flatMap((_, i) => [`services.${i}.name`, `services.${i}.productTypes`])];
  return (
    <ActionForm className="comm-action comm-form" id="new-list" title={t('comm.services.add')} submit={t('comm.services.save')} error={save.error} busy={save.isPending} shown={shown} onSubmit={() => save.mutate()}>
      <p className="muted">{t('comm.services.addIntro')}</p>
      <Field label={t('comm.services.decisionNo')} name="decisionNo" required value={d.decisionNo} error={errors.decisionNo} onChange={(e) => setD({ ...d, decisionNo: e.target.value })} />
      <DateField label={t('comm.services.signedOn')} name="signedOn" required value={d.signedOn} error={errors.signedOn} onChange={(v) => setD({ ...d, signedOn: v })} />
      <SelectField label={t('comm.services.issuer')} name="issuerUnitId" required value={d.issuerUnitId} placeholder={t('comm.choose')} error={errors.issuerUnitId}
        options={view.issuers.map((u) => ({ value: u.id, label: u.name }))} onChange={(e) => setD({ ...d, issuerUnitId: e.target.value })} />
      <Field label={t('comm.services.subject')} name="title" value={d.title} error={errors.title} onChange={(e) => setD({ ...d, title: e.target.value })} />
      <DateField label={t('comm.services.validFrom')} name="validFrom" required value={d.validFrom} error={errors.validFrom} onChange={(v) => setD({ ...d, validFrom: v })} />
      <DateField label={t('comm.services.validTo')} name="validTo" value={d.validTo} error={errors.validTo} onChange={(v) => setD({ ...d, validTo: v })} />
      {d.services.map((s, i) => (
        <fieldset key={i}>
          <legend>{t('comm.services.serviceLegend', { n: i + 1 })}</legend>
          <Field label={t('comm.services.serviceName')} name={`services.${i}.name`} required value={s.name} error={errors[`services.${i}.name`]} onChange={(e) => setService(i, { name: e.target.value })} />
          <fieldset className="comm-choices" aria-invalid={errors[`services.${i}.productTypes`] ? true : undefined}>
            <legend>{t('comm.services.serviceTypes')}</legend>
            {view.productTypes.map((o) => (
              <label key={o.code}>
                <input type="checkbox" name={`services.${i}.productTypes`} value={o.code} checked={s.productTypes.includes(o.code as ServiceDraft['productTypes'][number])}
                  onChange={(e) => setService(i, { productTypes: (e.target.checked ? [...s.productTypes, o.code] : s.productTypes.filter((x) => x !== o.code)) as ServiceDraft['productTypes'] })} />
                {o.label}
              </label>
            ))}
            {errors[`services.${i}.productTypes`] ? <p className="dt-field__error">{errors[`services.${i}.productTypes`]}</p> : null}
          </fieldset>
          <Field label={t('comm.services.serviceNote')} name={`services.${i}.note`} value={s.note} onChange={(e) => setService(i, { note: e.target.value })} />
          {d.services.length > 1 ? (
            <Button type="button" variant="secondary" onClick={() => setD((x) => ({ ...x, services: x.services.filter((_, j) => j !== i) }))}>{t('comm.services.removeService')}</Button>
          ) : null}
        </fieldset>
      ))}
      <Button type="button" variant="secondary" onClick={() => setD((x) => ({ ...x, services: [...x.services, emptyService()] }))}>{t('comm.services.addService')}</Button>
    </ActionForm>
  );
}

/** The approved lists of budget-funded public services (DH-02): the one in force, earlier and later ones, and for coordinators entering a new list or ending one. */
export function CommissionServicesPage() {
  const { t } = useI18n();
  const view = useQuery(commissionsQueries.serviceLists());
  useDocumentTitle(t('comm.services.title'));
  return (
    <>
      <PageHeader title={t('comm.services.title')} description={t('comm.services.intro')}>
        <Link to={paths.commissions} className="dt-button dt-button--secondary">{t('comm.list.title')}</Link>
      </PageHeader>
      <AsyncView result={view}>
        {(v) => (
          <>
            <h2>{t('comm.services.current')}</h2>
            {v.current ? <ListSection list={v.current} headingId="list-current" /> : <Alert variant="warning" title={t('comm.services.none')} />}
            <h2>{t('comm.services.others')}</h2>
            {v.others.length === 0 ? <p>{t('comm.services.noOthers')}</p> : v.others.map((l, i) => <ListSection key={l.id} list={l} headingId={`list-${i}`} />)}
            {v.canManage ? <NewListForm view={v} /> : null}
          </>
        )}
      </AsyncView>
    </>
  );
}
