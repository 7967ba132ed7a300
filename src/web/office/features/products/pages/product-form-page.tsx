import '../products.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Button, DateField, Field, PageHeader, SelectField } from '../../../../ui';
import { TextareaField } from '../../../../ui/textarea-field';
import { AsyncView } from '../../../app/components/async-view';
import { FormError } from '../../../app/components/form-error';
import { fieldErrors } from '../../../app/errors';
import { useI18n } from '../../../app/i18n-context';
import { Link, navigate, paths } from '../../../app/router';
import { useMe } from '../../../app/session';
import { useDocumentTitle } from '../../../app/use-document-title';
import { productQueries, productsApi } from '../api';
import type { ProductBody, ProductDetail, ProductOptions } from '../api-types';

type Draft = Omit<ProductBody, 'kind'> & { kind: ProductBody['kind'] | '' };
const SHOWN = ['kind', 'title', 'policyId', 'roundId', 'taskId', 'unitId', 'summary', 'body', 'externalUrl', 'channels', 'broadcastFrom', 'broadcastTo', 'slotsPerDay', 'communes'];

const fromDetail = (p: ProductDetail): Draft => ({
  kind: p.kind as ProductBody['kind'],
  title: p.title,
  policyId: p.policy.id,
  roundId: p.round?.id ?? null,
  taskId: p.task?.id ?? null,
  unitId: p.unitId,
  summary: p.summary,
  body: p.body,
  externalUrl: p.externalUrl,
  channels: p.channels.map((c) => c.code) as ProductBody['channels'],
  broadcastFrom: p.broadcast?.from ?? null,
  broadcastTo: p.broadcast?.to ?? null,
  slotsPerDay: p.broadcast?.slotsPerDay ?? null,
  communes: p.broadcast?.communeIds ?? [],
  communesAsOf: p.broadcast?.communesAsOf ?? null,
});

/** Create a product (no `id`) or edit one (a new version; the earlier ones stay in the history). */
export function ProductFormPage({ id }: { id?: string }) {
  const { t } = useI18n();
  const options = useQuery(productQueries.options());
  const existing = useQuery({ ...productQueries.detail(id ?? ''), enabled: id !== undefined });
  useDocumentTitle(t(id ? 'products.form.edit' : 'products.form.new'));
  if (id !== undefined) return <AsyncView result={existing}>{(p) => <ProductForm key={p.version} id={id} initial={fromDetail(p)} options={options.data} />}</AsyncView>;
  return <ProductForm initial={null} options={options.data} />;
}

function ProductForm({ id, initial, options }: { id?: string; initial: Draft | null; options: ProductOptions | undefined }) {
  const { t } = useI18n();
  const me = useMe();
  const queryClient = useQueryClient();
  const ownUnit = me.roles.find((r) => r.role === 'officer')?.unitId ?? '';
  const [d, setD] = useState<Draft>(initial ?? { kind: '', title: '', policyId: null, roundId: null, taskId: null, unitId: ownUnit, summary: '', body: '', externalUrl: null, channels: [], broadcastFrom: null, broadcastTo: null, slotsPerDay: null, communes: [] });
  const save = useMutation({
    mutationFn: (body: ProductBody) => (id ? productsApi.edit(id, body) : productsApi.create(body)),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: productQueries.all });
      navigate(paths.product(saved.id));
    },
  });
  const errors = fieldErrors(save.error);
  const set = (patch: Partial<Draft>) => setD((x) => ({ ...x, ...patch }));
  const isScript = d.kind === 'loudspeaker_script';
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    save.mutate({ ...d, kind: d.kind as ProductBody['kind'], externalUrl: d.externalUrl || null });
  };
  const channels = new Set(d.channels ?? []);
  const rounds = (options?.rounds ?? []).filter((r) => r.policyId === d.policyId);

  return (
    <>
      <PageHeader title={t(id ? 'products.form.edit' : 'products.form.new')} description={t('products.form.intro')}>
        <Link to={id ? paths.product(id) : paths.products} className="dt-button dt-button--secondary">
          {t('products.cancel')}
        </Link>
      </PageHeader>
      <form className="products-form" noValidate onSubmit={onSubmit}>
        <FormError error={save.error} shownFields={SHOWN} />
        <SelectField label={t('products.field.kind')} name="kind" required value={d.kind} placeholder={t('products.choose')} error={errors.kind}
          options={(options?.kinds ?? []).map((k) => ({ value: k.code, label: k.label }))} onChange={(e) => set({ kind: e.target.value as Draft['kind'] })} />
        <Field label={t('products.field.title')} name="title" required value={d.title} error={errors.title} onChange={(e) => set({ title: e.target.value })} />
        <SelectField label={t('products.field.policy')} name="policyId" required value={d.policyId ?? ''} placeholder={t('products.choose')} error={errors.policyId}
          options={(options?.policies ?? []).map((p) => ({ value: p.id, label: p.title }))} onChange={(e) => set({ policyId: e.target.value || null, roundId: null })} />
        {rounds.length ? (
          <SelectField label={t('products.field.round')} name="roundId" value={d.roundId ?? ''} placeholder={t('products.field.none')} error={errors.roundId}
            options={rounds.map((r) => ({ value: r.id, label: r.label }))} onChange={(e) => set({ roundId: e.target.value || null })} />
        ) : null}
        <SelectField label={t('products.field.task')} name="taskId" value={d.taskId ?? ''} placeholder={t('products.field.none')} error={errors.taskId}
          options={(options?.tasks ?? []).map((x) => ({ value: x.id, label: x.title }))} onChange={(e) => set({ taskId: e.target.value || null })} />
        <SelectField label={t('products.field.unit')} name="unitId" required value={d.unitId} placeholder={t('products.choose')} error={errors.unitId}
          options={(options?.units ?? []).map((u) => ({ value: u.id, label: u.name }))} onChange={(e) => set({ unitId: e.target.value })} />
        <TextareaField label={t('products.field.summary')} name="summary" rows={4} value={d.summary ?? ''} error={errors.summary}
          hint={t('products.field.summaryHint', { n: (d.summary ?? '').length })} onChange={(e) => set({ summary: e.target.value })} />
        <TextareaField label={t('products.field.body')} name="body" rows={isScript ? 12 : 6} value={d.body ?? ''} error={errors.body} onChange={(e) => set({ body: e.target.value })} />
        <Field label={t('products.field.externalUrl')} name="externalUrl" type="url" value={d.externalUrl ?? ''} error={errors.externalUrl} onChange={(e) => set({ externalUrl: e.target.value })} />
        <fieldset className="products-checks">
          <legend>{t('products.field.channels')}</legend>
          {(options?.channels ?? []).map((c) => (
            <label key={c.code}>
              <input type="checkbox" name="channels" value={c.code} checked={channels.has(c.code as never)}
                onChange={(e) => set({ channels: (e.target.checked ? [...channels, c.code] : [...channels].filter((x) => x !== c.code)) as Draft['channels'] })} />
              {c.label}
            </label>
          ))}
          {errors.channels ? <p className="dt-field__error">{errors.channels}</p> : null}
        </fieldset>
        {isScript ? (
          <>
            <DateField label={t('products.field.broadcastFrom')} name="broadcastFrom" value={d.broadcastFrom ?? ''} error={errors.broadcastFrom} onChange={(v) => set({ broadcastFrom: v || null })} />
            <DateField label={t('products.field.broadcastTo')} name="broadcastTo" value={d.broadcastTo ?? ''} error={errors.broadcastTo} onChange={(v) => set({ broadcastTo: v || null })} />
            <Field label={t('products.field.slots')} name="slotsPerDay" type="number" min={1} max={24} value={d.slotsPerDay ?? ''} error={errors.slotsPerDay}
              onChange={(e) => set({ slotsPerDay: e.target.value === '' ? null : Number(e.target.value) })} />
            <p>
              <label htmlFor="communes">{t('products.field.communes')}</label>
              <br />
              <select id="communes" name="communes" multiple className="products-communes" value={d.communes ?? []}
                onChange={(e) => set({ communes: [...e.target.selectedOptions].map((o) => o.value) })} aria-describedby={errors.communes ? 'communes-error' : undefined}>
                {(options?.communes ?? []).map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
              {errors.communes ? <span id="communes-error" className="dt-field__error">{errors.communes}</span> : null}
            </p>
          </>
        ) : null}
        <div className="button-row">
          <Button type="submit" busy={save.isPending}>
            {t('products.save')}
          </Button>
        </div>
      </form>
    </>
  );
}
