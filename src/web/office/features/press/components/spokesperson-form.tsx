import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Button, DateField, Field, SelectField } from '../../../../ui';
import { FormError } from '../../../app/components/form-error';
import { fieldErrors } from '../../../app/errors';
import { useI18n } from '../../../app/i18n-context';
import { pressQueries } from '../api';
import type { Spokesperson, SpokespersonBody } from '../api-types';
import { enumLabel, SPOKESPERSON_KINDS } from './press-text';

const EMPTY: SpokespersonBody = { unitId: '', kind: 'spokesperson', personName: '', title: '', phone: '', email: '', scope: '', validFrom: '', validTo: null, decisionRef: '' };

/** The add / edit form of an assignment; the server checks it (unit, dates, an authorised person's matter and decision). */
export function SpokespersonForm(props: { initial?: Spokesperson; submitLabel: string; busy: boolean; error: unknown; onSubmit: (body: SpokespersonBody) => void }) {
  const { t } = useI18n();
  const options = useQuery(pressQueries.options());
  const i = props.initial;
  const [d, setD] = useState<SpokespersonBody>(i ? { unitId: i.unitId, kind: i.kind as SpokespersonBody['kind'], personName: i.personName, title: i.title, phone: i.phone ?? '', email: i.email ?? '', scope: i.scope ?? '', validFrom: i.validFrom, validTo: i.validTo, decisionRef: i.decisionRef ?? '' } : EMPTY);
  const set = (patch: Partial<SpokespersonBody>) => setD((x) => ({ ...x, ...patch }));
  const errors = fieldErrors(props.error);
  const units = [...(options.data?.units ?? [])];
  if (i && !units.some((u) => u.id === i.unitId)) units.unshift({ id: i.unitId, name: i.unitName });
  return (
    <form className="press-form" noValidate onSubmit={(e: FormEvent<HTMLFormElement>) => { e.preventDefault(); props.onSubmit({ ...d, validTo: d.validTo || null }); }}>
      <FormError error={props.error} shownFields={['unitId', 'kind', 'personName', 'title', 'email', 'scope', 'validFrom', 'validTo', 'decisionRef']} />
      <SelectField label={t('press.sp.unit')} name="unitId" required value={d.unitId} placeholder={t('press.choose')} error={errors.unitId}
        options={units.map((u) => ({ value: u.id, label: u.name }))} onChange={(e) => set({ unitId: e.target.value })} />
      <SelectField label={t('press.sp.kind')} name="kind" required value={d.kind} error={errors.kind}
        options={SPOKESPERSON_KINDS.map((k) => ({ value: k, label: enumLabel(t, 'sp.kind', k) }))} onChange={(e) => set({ kind: e.target.value as SpokespersonBody['kind'] })} />
      <Field label={t('press.sp.personName')} name="personName" required value={d.personName} error={errors.personName} onChange={(e) => set({ personName: e.target.value })} />
      <Field label={t('press.sp.title')} name="title" required value={d.title} error={errors.title} onChange={(e) => set({ title: e.target.value })} />
      <Field label={t('press.sp.phone')} name="phone" type="tel" value={d.phone ?? ''} onChange={(e) => set({ phone: e.target.value })} />
      <Field label={t('press.sp.email')} name="email" type="email" value={d.email ?? ''} error={errors.email} onChange={(e) => set({ email: e.target.value })} />
      <Field label={t('press.sp.scope')} name="scope" value={d.scope ?? ''} error={errors.scope} onChange={(e) => set({ scope: e.target.value })} />
      <Field label={t('press.sp.decisionRef')} name="decisionRef" value={d.decisionRef ?? ''} error={errors.decisionRef} onChange={(e) => set({ decisionRef: e.target.value })} />
      <DateField label={t('press.sp.validFrom')} name="validFrom" required value={d.validFrom} error={errors.validFrom} onChange={(v) => set({ validFrom: v })} />
      <DateField label={t('press.sp.validTo')} name="validTo" value={d.validTo ?? ''} error={errors.validTo} onChange={(v) => set({ validTo: v || null })} />
      <div className="button-row">
        <Button type="submit" busy={props.busy}>
          {props.submitLabel}
        </Button>
      </div>
    </form>
  );
}
