import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Button, Field, SelectField } from '../../../../ui';
import { TextareaField } from '../../../../ui/textarea-field';
import { FormError } from '../../../app/components/form-error';
import { fieldErrors } from '../../../app/errors';
import { useI18n } from '../../../app/i18n-context';
import { conferencesQueries } from '../api';
import type { ConferenceBody, ConferenceDetail } from '../api-types';
import { DateTimeInput } from '../../../app/components/date-time-input';

const KINDS = ['periodic', 'thematic', 'adhoc'] as const;

/** The schedule / edit form of a conference; times are typed as Vietnam time, the server checks them in order. */
export function ConferenceForm(props: { initial?: ConferenceDetail; submitLabel: string; busy: boolean; error: unknown; onSubmit: (body: ConferenceBody) => void }) {
  const { t } = useI18n();
  const options = useQuery(conferencesQueries.options());
  const policies = useQuery(conferencesQueries.policies());
  const i = props.initial;
  const [d, setD] = useState({
    title: i?.title ?? '',
    kind: (i?.kind ?? 'periodic') as ConferenceBody['kind'],
    hostUnitId: i?.hostUnit.id ?? '',
    startsAt: i?.startsAtLocal ?? '',
    endsAt: i?.endsAtLocal ?? '',
    place: i?.place ?? '',
    chairAssignmentId: i?.chairAssignmentId ?? '',
    chairName: i?.chairName ?? '',
    chairTitle: i?.chairTitle ?? '',
    spokespersonAssignmentId: i?.spokespersonAssignmentId ?? '',
    topics: (i?.topics ?? []).join('\n'),
    policyIds: i?.policies.map((p) => p.id) ?? [],
    planTaskId: i?.planTaskId ?? '',
  });
  const set = (patch: Partial<typeof d>) => setD((x) => ({ ...x, ...patch }));
  const errors = fieldErrors(props.error);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    props.onSubmit({
      title: d.title,
      kind: d.kind,
      hostUnitId: d.hostUnitId,
      startsAt: d.startsAt,
      endsAt: d.endsAt,
      place: d.place,
      chairAssignmentId: d.chairAssignmentId || null,
      chairName: d.chairName || null,
      chairTitle: d.chairTitle || null,
      spokespersonAssignmentId: d.spokespersonAssignmentId || null,
      topics: d.topics.split('\n').map((x) => x.trim()).filter(Boolean),
      policyIds: d.policyIds,
      planTaskId: d.planTaskId || null,
    });
  };
  const tasks = (options.data?.plans ?? []).flatMap((p) => p.tasks.map((task) => ({ value: task.id, label: `${p.title} — ${task.code}. ${task.title}` })));
  const people = (options.data?.spokespeople ?? []).map((s) => ({ value: s.id, label: `${s.name} — ${s.title}, ${s.unitName}` }));
  return (
    <form className="pc-form" noValidate onSubmit={submit}>
      <FormError error={props.error} shownFields={['title', 'kind', 'hostUnitId', 'startsAt', 'endsAt', 'place', 'chairName', 'chairAssignmentId', 'topics', 'planTaskId']} />
      <Field label={t('pc.field.title')} name="title" required value={d.title} error={errors.title} onChange={(e) => set({ title: e.target.value })} />
      <SelectField label={t('pc.field.kind')} name="kind" required value={d.kind} error={errors.kind}
        options={KINDS.map((k) => ({ value: k, label: t(`pc.kind.${k}`) }))} onChange={(e) => set({ kind: e.target.value as ConferenceBody['kind'] })} />
      <SelectField label={t('pc.field.host')} name="hostUnitId" required value={d.hostUnitId} placeholder={t('pc.choose')} error={errors.hostUnitId}
        options={(options.data?.units ?? []).map((u) => ({ value: u.id, label: u.name }))} onChange={(e) => set({ hostUnitId: e.target.value })} />
      <DateTimeInput label={t('pc.field.startsAt')} name="startsAt" required value={d.startsAt} error={errors.startsAt} onChange={(v) => set({ startsAt: v })} />
      <DateTimeInput label={t('pc.field.endsAt')} name="endsAt" required value={d.endsAt} error={errors.endsAt} onChange={(v) => set({ endsAt: v })} />
      <Field label={t('pc.field.place')} name="place" required value={d.place} error={errors.place} onChange={(e) => set({ place: e.target.value })} />
      <SelectField label={t('pc.field.chairFromList')} name="chairAssignmentId" value={d.chairAssignmentId} error={errors.chairAssignmentId}
        options={[{ value: '', label: t('pc.field.none') }, ...people]} onChange={(e) => set({ chairAssignmentId: e.target.value })} />
      <Field label={t('pc.field.chairName')} name="chairName" value={d.chairName} error={errors.chairName} onChange={(e) => set({ chairName: e.target.value })} />
      <Field label={t('pc.field.chairTitle')} name="chairTitle" value={d.chairTitle} onChange={(e) => set({ chairTitle: e.target.value })} />
      <SelectField label={t('pc.field.spokesperson')} name="spokespersonAssignmentId" value={d.spokespersonAssignmentId}
        options={[{ value: '', label: t('pc.field.none') }, ...people]} onChange={(e) => set({ spokespersonAssignmentId: e.target.value })} />
      <TextareaField label={t('pc.field.topics')} name="topics" required rows={3} value={d.topics} error={errors.topics} onChange={(e) => set({ topics: e.target.value })} />
      <fieldset>
        <legend>{t('pc.field.policies')}</legend>
        {(policies.data?.items ?? []).map((p) => (
          <label key={p.id} className="pc-check">
            <input type="checkbox" name="policyIds" value={p.id} checked={d.policyIds.includes(p.id)} onChange={(e) => set({ policyIds: e.target.checked ? [...d.policyIds, p.id] : d.policyIds.filter((x) => x !== p.id) })} />
            <span>{p.title}</span>
          </label>
        ))}
      </fieldset>
      <SelectField label={t('pc.field.planTask')} name="planTaskId" value={d.planTaskId} error={errors.planTaskId}
        options={[{ value: '', label: t('pc.field.noPlanTask') }, ...tasks]} onChange={(e) => set({ planTaskId: e.target.value })} />
      <div className="button-row">
        <Button type="submit" busy={props.busy}>
          {props.submitLabel}
        </Button>
      </div>
    </form>
  );
}
