import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Button, DateField, Field, SelectField } from '../../../../ui';
import { TextareaField } from '../../../../ui/textarea-field';
import { FormError } from '../../../app/components/form-error';
import { fieldErrors } from '../../../app/errors';
import { useI18n } from '../../../app/i18n-context';
import { awarenessQueries } from '../api';
import type { CampaignBody, CampaignDetail } from '../api-types';

/** The create / edit form of a campaign; the server checks the period, the audience, the organiser and the policy. */
export function CampaignForm(props: { initial?: CampaignDetail; submitLabel: string; busy: boolean; error: unknown; onSubmit: (body: CampaignBody) => void }) {
  const { t } = useI18n();
  const options = useQuery(awarenessQueries.options());
  const policies = useQuery(awarenessQueries.policies());
  const i = props.initial;
  const [d, setD] = useState<CampaignBody>({
    title: i?.title ?? '',
    audiences: (i?.audiences.map((a) => a.code) ?? []) as CampaignBody['audiences'],
    policyId: i?.policy?.id ?? null,
    startsOn: i?.startsOn ?? '',
    endsOn: i?.endsOn ?? '',
    organiserUnitId: i?.organiserUnit.id ?? '',
    description: i?.description ?? '',
    status: (i?.status ?? 'planned') as CampaignBody['status'],
  });
  const set = (patch: Partial<CampaignBody>) => setD((x) => ({ ...x, ...patch }));
  const errors = fieldErrors(props.error);
  return (
    <form className="awareness-form" noValidate onSubmit={(e: FormEvent<HTMLFormElement>) => { e.preventDefault(); props.onSubmit({ ...d, description: d.description || null }); }}>
      <FormError error={props.error} shownFields={['title', 'audiences', 'startsOn', 'endsOn', 'organiserUnitId', 'policyId', 'status']} />
      <Field label={t('awareness.field.title')} name="title" required value={d.title} error={errors.title} onChange={(e) => set({ title: e.target.value })} />
      <fieldset className="awareness-choices" aria-invalid={errors.audiences ? true : undefined}>
        <legend>{t('awareness.field.audiences')}</legend>
        {(options.data?.audiences ?? []).map((o) => (
          <label key={o.code}>
            <input type="checkbox" name="audiences" value={o.code} checked={d.audiences.includes(o.code as CampaignBody['audiences'][number])}
              onChange={(e) => set({ audiences: (e.target.checked ? [...d.audiences, o.code] : d.audiences.filter((a) => a !== o.code)) as CampaignBody['audiences'] })} />
            {o.label}
          </label>
        ))}
        {errors.audiences ? <p className="dt-field__error">{errors.audiences}</p> : null}
      </fieldset>
      <SelectField label={t('awareness.field.policy')} name="policyId" value={d.policyId ?? ''} placeholder={t('awareness.field.noPolicy')} error={errors.policyId}
        options={(policies.data?.items ?? []).map((p) => ({ value: p.id, label: p.title }))} onChange={(e) => set({ policyId: e.target.value || null })} />
      <DateField label={t('awareness.field.startsOn')} name="startsOn" required value={d.startsOn} error={errors.startsOn} onChange={(v) => set({ startsOn: v })} />
      <DateField label={t('awareness.field.endsOn')} name="endsOn" required value={d.endsOn} error={errors.endsOn} onChange={(v) => set({ endsOn: v })} />
      <SelectField label={t('awareness.field.organiser')} name="organiserUnitId" required value={d.organiserUnitId} placeholder={t('awareness.choose')} error={errors.organiserUnitId}
        options={(options.data?.units ?? []).map((u) => ({ value: u.id, label: u.name }))} onChange={(e) => set({ organiserUnitId: e.target.value })} />
      <SelectField label={t('awareness.field.status')} name="status" value={d.status ?? 'planned'} error={errors.status}
        options={(options.data?.statuses ?? []).map((s) => ({ value: s.code, label: s.label }))} onChange={(e) => set({ status: e.target.value as CampaignBody['status'] })} />
      <TextareaField label={t('awareness.field.description')} name="description" rows={3} value={d.description ?? ''} onChange={(e) => set({ description: e.target.value })} />
      <div className="button-row">
        <Button type="submit" busy={props.busy}>{props.submitLabel}</Button>
      </div>
    </form>
  );
}
