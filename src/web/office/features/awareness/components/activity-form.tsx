import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Button, DateField, Field, SelectField } from '../../../../ui';
import { FormError } from '../../../app/components/form-error';
import { fieldErrors } from '../../../app/errors';
import { useI18n } from '../../../app/i18n-context';
import { awarenessQueries } from '../api';
import type { ActivityBody, ProductLink } from '../api-types';

const count = (v: string) => (v.trim() === '' ? 0 : Number(v.replace(/[.\s,]/g, '')));

/** The form adding an activity: kind, date inside the campaign, place, reach by audience, products used. */
export function ActivityForm(props: { productChoices: ProductLink[]; busy: boolean; error: unknown; onSubmit: (body: ActivityBody) => void }) {
  const { t } = useI18n();
  const options = useQuery(awarenessQueries.options());
  const [d, setD] = useState({ kind: '', heldOn: '', place: '', officials: '', citizens: '', businesses: '', productIds: [] as string[], products: '', note: '' });
  const set = (patch: Partial<typeof d>) => setD((x) => ({ ...x, ...patch }));
  const errors = fieldErrors(props.error);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    props.onSubmit({ kind: d.kind as ActivityBody['kind'], heldOn: d.heldOn, place: d.place || null, reachOfficials: count(d.officials), reachCitizens: count(d.citizens), reachBusinesses: count(d.businesses), productIds: d.productIds, products: d.products || null, note: d.note || null });
  };
  return (
    <form className="awareness-form" noValidate onSubmit={onSubmit}>
      <FormError error={props.error} shownFields={['kind', 'heldOn', 'reachOfficials', 'reachCitizens', 'reachBusinesses', 'productIds']} />
      <SelectField label={t('awareness.activity.kind')} name="kind" required value={d.kind} placeholder={t('awareness.choose')} error={errors.kind}
        options={(options.data?.activityKinds ?? []).map((k) => ({ value: k.code, label: k.label }))} onChange={(e) => set({ kind: e.target.value })} />
      <DateField label={t('awareness.activity.heldOn')} name="heldOn" required value={d.heldOn} error={errors.heldOn} onChange={(v) => set({ heldOn: v })} />
      <Field label={t('awareness.activity.place')} name="place" value={d.place} onChange={(e) => set({ place: e.target.value })} />
      <Field label={t('awareness.activity.reachOfficials')} name="reachOfficials" inputMode="numeric" value={d.officials} error={errors.reachOfficials} onChange={(e) => set({ officials: e.target.value })} />
      <Field label={t('awareness.activity.reachCitizens')} name="reachCitizens" inputMode="numeric" value={d.citizens} error={errors.reachCitizens} onChange={(e) => set({ citizens: e.target.value })} />
      <Field label={t('awareness.activity.reachBusinesses')} name="reachBusinesses" inputMode="numeric" value={d.businesses} error={errors.reachBusinesses} onChange={(e) => set({ businesses: e.target.value })} />
      <fieldset className="awareness-choices">
        <legend>{t('awareness.activity.libraryProducts')}</legend>
        <p className="muted small" id="awareness-products-hint">{props.productChoices.length ? t('awareness.activity.libraryHint') : t('awareness.activity.noLibrary')}</p>
        {errors.productIds ? <p className="text-danger small" role="alert">{errors.productIds}</p> : null}
        {props.productChoices.map((p) => (
          <label key={p.id}>
            <input type="checkbox" name="productIds" value={p.id} aria-describedby="awareness-products-hint" checked={d.productIds.includes(p.id)}
              onChange={(e) => set({ productIds: e.target.checked ? [...d.productIds, p.id] : d.productIds.filter((x) => x !== p.id) })} />
            <span>{p.title} <span className="muted">({p.kindLabel})</span></span>
          </label>
        ))}
      </fieldset>
      <Field label={t('awareness.activity.otherProducts')} name="products" value={d.products} onChange={(e) => set({ products: e.target.value })} />
      <Field label={t('awareness.activity.note')} name="note" value={d.note} onChange={(e) => set({ note: e.target.value })} />
      <div className="button-row">
        <Button type="submit" busy={props.busy}>{t('awareness.activity.add')}</Button>
      </div>
    </form>
  );
}
