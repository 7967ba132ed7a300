import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Button, DateField, Field, SelectField } from '../../../../ui';
import { TextareaField } from '../../../../ui/textarea-field';
import { FormError } from '../../../app/components/form-error';
import { isIsoDate, todayIso } from '../../../app/dates';
import { fieldErrors } from '../../../app/errors';
import { useI18n } from '../../../app/i18n-context';
import { navigate, paths } from '../../../app/router';
import { useMe } from '../../../app/session';
import { commissionsApi, commissionsQueries, vnd } from '../api';
import type { CommissionBody, CommissionDetail, LineBody, ServiceChoice } from '../api-types';

type LineDraft = Omit<LineBody, 'productType' | 'quantity' | 'unitPrice'> & { productType: LineBody['productType'] | ''; quantity: string; unitPrice: string };
type Draft = Omit<CommissionBody, 'mode' | 'fundingSource' | 'lines'> & { mode: CommissionBody['mode'] | ''; fundingSource: CommissionBody['fundingSource'] | ''; lines: LineDraft[] };

const emptyLine = (): LineDraft => ({ productType: '', topic: '', quantity: '', unit: 'bài', length: '', channel: '', placement: '', unitPrice: '' });

function draftOf(c: CommissionDetail | undefined, ownUnitId: string): Draft {
  if (!c) return { title: '', ordererUnitId: ownUnitId, mode: '', supplierId: '', legalBasis: 'Nghị định số 32/2019/NĐ-CP ngày 10/4/2019 của Chính phủ', policyId: null, planTaskId: null, serviceId: null, fundingSource: '', startsOn: '', endsOn: '', deliverBy: '', acceptanceCriteria: '', paymentTerms: '', lines: [emptyLine()] };
  return {
    title: c.title, ordererUnitId: c.ordererUnit.id, mode: c.mode as Draft['mode'], supplierId: c.supplier.id, legalBasis: c.legalBasis, policyId: c.policy?.id ?? null, planTaskId: c.planTask?.id ?? null, serviceId: c.service?.id ?? null,
    fundingSource: c.fundingSource as Draft['fundingSource'], startsOn: c.startsOn, endsOn: c.endsOn, deliverBy: c.deliverBy, acceptanceCriteria: c.acceptanceCriteria, paymentTerms: c.paymentTerms ?? '',
    lines: c.lines.map((l) => ({ productType: l.productType as LineDraft['productType'], topic: l.topic, quantity: String(l.quantity), unit: l.unit, length: l.length ?? '', channel: l.channel ?? '', placement: l.placement ?? '', unitPrice: String(l.unitPrice) })),
  };
}

/** Whether a service's list is in force on a day (its `validTo` is the last day in force). */
const inForceOn = (s: ServiceChoice, day: string) => s.validFrom <= day && (s.validTo === null || day <= s.validTo);

const whole = (s: string) => (/^\d+$/u.test(s.replace(/[.\s]/gu, '')) ? Number(s.replace(/[.\s]/gu, '')) : Number.NaN);

/** The order form (new or still planned): lines with a running total; the server recomputes every amount. */
export function CommissionForm({ existing }: { existing?: CommissionDetail }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const options = useQuery(commissionsQueries.options());
  const me = useMe();
  // a new order starts from the unit the person drafts for (an officer may order only for their own)
  const ownUnitId = me.roles.find((r) => r.role === 'officer' || r.role === 'coordinator')?.unitId ?? '';
  const [d, setD] = useState<Draft>(() => draftOf(existing, ownUnitId));
  const save = useMutation({
    mutationFn: (body: CommissionBody) => (existing ? commissionsApi.edit(existing.id, body) : commissionsApi.create(body)),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: commissionsQueries.all });
      navigate(paths.commission(saved.id));
    },
  });
  const errors = fieldErrors(save.error);
  const set = (patch: Partial<Draft>) => setD((x) => ({ ...x, ...patch }));
  const setLine = (i: number, patch: Partial<LineDraft>) => setD((x) => ({ ...x, lines: x.lines.map((l, j) => (j === i ? { ...l, ...patch } : l)) }));
  const lineTotal = (l: LineDraft) => (Number.isFinite(whole(l.quantity) * whole(l.unitPrice)) ? whole(l.quantity) * whole(l.unitPrice) : 0);
  const o = options.data;
  // the services of the list in force on the start date (today until one is chosen); the one already named stays offered, marked
  const serviceDay = isIsoDate(d.startsOn) ? d.startsOn : todayIso();
  const services = (o?.services ?? []).filter((s) => inForceOn(s, serviceDay)).map((s) => ({ value: s.id, label: t('comm.field.serviceOption', { name: s.name, types: s.productTypeLabels.join(', '), decision: s.decisionNo }) }));
  if (d.serviceId && !services.some((s) => s.value === d.serviceId)) {
    const name = o?.services.find((s) => s.id === d.serviceId)?.name ?? existing?.service?.name ?? '';
    services.push({ value: d.serviceId, label: t('comm.field.serviceOutside', { name }) });
  }
  const tasks = (o?.plans ?? []).flatMap((p) => p.tasks.map((task) => ({ value: task.id, label: `${p.title} — ${task.code}. ${task.title}` })));
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    save.mutate({
      ...d,
      mode: d.mode as CommissionBody['mode'],
      fundingSource: d.fundingSource as CommissionBody['fundingSource'],
      paymentTerms: d.paymentTerms || null,
      lines: d.lines.map((l) => ({ ...l, productType: l.productType as LineBody['productType'], quantity: whole(l.quantity), unitPrice: whole(l.unitPrice), length: l.length || null, channel: l.channel || null, placement: l.placement || null })),
    });
  };
  const shown = ['title', 'ordererUnitId', 'mode', 'supplierId', 'legalBasis', 'policyId', 'planTaskId', 'serviceId', 'fundingSource', 'startsOn', 'endsOn', 'deliverBy', 'acceptanceCriteria', 'lines', ...d.lines.flatMap((_, i) => ['productType', 'topic', 'quantity', 'unit', 'unitPrice'].map((f) => `lines.${i}.${f}`))];

  return (
    <form className="comm-form" noValidate onSubmit={onSubmit}>
      <FormError error={save.error} shownFields={shown} />
      <fieldset>
        <legend>{t('comm.form.general')}</legend>
        <Field label={t('comm.field.title')} name="title" required value={d.title} error={errors.title} onChange={(e) => set({ title: e.target.value })} />
        <SelectField label={t('comm.field.orderer')} name="ordererUnitId" required value={d.ordererUnitId} placeholder={t('comm.choose')} error={errors.ordererUnitId}
          options={(o?.units ?? []).map((u) => ({ value: u.id, label: u.name }))} onChange={(e) => set({ ordererUnitId: e.target.value })} />
        <SelectField label={t('comm.field.mode')} name="mode" required value={d.mode} placeholder={t('comm.choose')} error={errors.mode}
          options={(o?.modes ?? []).map((m) => ({ value: m.code, label: m.label }))} onChange={(e) => set({ mode: e.target.value as Draft['mode'] })} />
        <SelectField label={t('comm.field.supplier')} name="supplierId" required value={d.supplierId} placeholder={t('comm.choose')} error={errors.supplierId}
          options={(o?.agencies ?? []).map((a) => ({ value: a.id, label: a.name }))} onChange={(e) => set({ supplierId: e.target.value })} />
        <TextareaField label={t('comm.field.legalBasis')} name="legalBasis" required rows={3} value={d.legalBasis} error={errors.legalBasis} onChange={(e) => set({ legalBasis: e.target.value })} />
      </fieldset>
      <fieldset>
        <legend>{t('comm.form.subject')}</legend>
        <SelectField label={t('comm.field.policy')} name="policyId" value={d.policyId ?? ''} placeholder={t('comm.field.noPolicy')} error={errors.policyId}
          options={(o?.policies ?? []).map((p) => ({ value: p.id, label: p.title }))} onChange={(e) => set({ policyId: e.target.value || null })} />
        <SelectField label={t('comm.field.task')} name="planTaskId" value={d.planTaskId ?? ''} placeholder={t('comm.field.noTask')} error={errors.planTaskId}
          options={tasks} onChange={(e) => set({ planTaskId: e.target.value || null })} />
      </fieldset>
      <fieldset>
        <legend>{t('comm.form.products')}</legend>
        {d.lines.map((l, i) => (
          <fieldset key={i} className="comm-line-set">
            <legend>{t('comm.line.legend', { n: i + 1 })}</legend>
            <div className="comm-line">
              <SelectField label={t('comm.line.type')} name={`lines.${i}.productType`} required value={l.productType} placeholder={t('comm.choose')} error={errors[`lines.${i}.productType`]}
                options={(o?.productTypes ?? []).map((p) => ({ value: p.code, label: p.label }))} onChange={(e) => setLine(i, { productType: e.target.value as LineDraft['productType'] })} />
              <Field label={t('comm.line.topic')} name={`lines.${i}.topic`} required value={l.topic} error={errors[`lines.${i}.topic`]} onChange={(e) => setLine(i, { topic: e.target.value })} />
              <Field label={t('comm.line.quantity')} name={`lines.${i}.quantity`} required inputMode="numeric" value={l.quantity} error={errors[`lines.${i}.quantity`]} onChange={(e) => setLine(i, { quantity: e.target.value })} />
              <Field label={t('comm.line.unit')} name={`lines.${i}.unit`} required list="comm-units" value={l.unit} error={errors[`lines.${i}.unit`]} onChange={(e) => setLine(i, { unit: e.target.value })} />
              <Field label={t('comm.line.length')} name={`lines.${i}.length`} value={l.length ?? ''} onChange={(e) => setLine(i, { length: e.target.value })} />
              <Field label={t('comm.line.channel')} name={`lines.${i}.channel`} value={l.channel ?? ''} onChange={(e) => setLine(i, { channel: e.target.value })} />
              <Field label={t('comm.line.placement')} name={`lines.${i}.placement`} value={l.placement ?? ''} onChange={(e) => setLine(i, { placement: e.target.value })} />
              <Field label={t('comm.line.unitPrice')} name={`lines.${i}.unitPrice`} required inputMode="numeric" value={l.unitPrice} error={errors[`lines.${i}.unitPrice`]} onChange={(e) => setLine(i, { unitPrice: e.target.value })} />
            </div>
            <p>{t('comm.line.total', { amount: vnd(lineTotal(l)) })}</p>
            {d.lines.length > 1 ? (
              <Button type="button" variant="secondary" onClick={() => setD((x) => ({ ...x, lines: x.lines.filter((_, j) => j !== i) }))}>
                {t('comm.line.remove')}
              </Button>
            ) : null}
          </fieldset>
        ))}
        <datalist id="comm-units">{(o?.quantityUnits ?? []).map((u) => <option key={u} value={u} />)}</datalist>
        <Button type="button" variant="secondary" onClick={() => setD((x) => ({ ...x, lines: [...x.lines, emptyLine()] }))}>
          {t('comm.line.add')}
        </Button>
        <p>
          <strong>{t('comm.form.total', { amount: vnd(d.lines.reduce((s, l) => s + lineTotal(l), 0)) })}</strong>
        </p>
      </fieldset>
      <fieldset>
        <legend>{t('comm.form.service')}</legend>
        <SelectField label={t('comm.field.service')} hint={t('comm.field.serviceHint')} name="serviceId" value={d.serviceId ?? ''} placeholder={t('comm.field.noService')} error={errors.serviceId}
          options={services} onChange={(e) => set({ serviceId: e.target.value || null })} />
      </fieldset>
      <fieldset>
        <legend>{t('comm.form.terms')}</legend>
        <SelectField label={t('comm.field.funding')} name="fundingSource" required value={d.fundingSource} placeholder={t('comm.choose')} error={errors.fundingSource}
          options={(o?.fundingSources ?? []).map((f) => ({ value: f.code, label: f.label }))} onChange={(e) => set({ fundingSource: e.target.value as Draft['fundingSource'] })} />
        <DateField label={t('comm.field.startsOn')} name="startsOn" required value={d.startsOn} error={errors.startsOn} onChange={(v) => set({ startsOn: v })} />
        <DateField label={t('comm.field.endsOn')} name="endsOn" required value={d.endsOn} error={errors.endsOn} onChange={(v) => set({ endsOn: v })} />
        <DateField label={t('comm.field.deliverBy')} name="deliverBy" required value={d.deliverBy} error={errors.deliverBy} onChange={(v) => set({ deliverBy: v })} />
        <TextareaField label={t('comm.field.criteria')} name="acceptanceCriteria" required rows={3} value={d.acceptanceCriteria} error={errors.acceptanceCriteria} onChange={(e) => set({ acceptanceCriteria: e.target.value })} />
        <TextareaField label={t('comm.field.paymentTerms')} name="paymentTerms" rows={2} value={d.paymentTerms ?? ''} onChange={(e) => set({ paymentTerms: e.target.value })} />
      </fieldset>
      <div className="button-row">
        <Button type="submit" busy={save.isPending}>
          {t('comm.save')}
        </Button>
      </div>
    </form>
  );
}
