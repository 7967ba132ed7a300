import { useState, type FormEvent } from 'react';
import { Button, Field } from '../../../../ui';
import { FormError } from '../../../app/components/form-error';
import { fieldErrors } from '../../../app/errors';
import { useI18n } from '../../../app/i18n-context';
import type { SessionBody } from '../api-types';
import { DateTimeInput, vnInstant } from '../../../app/components/date-time-input';

// a date-and-time value is the wall-clock time of the province (Vietnam, UTC+7, no daylight saving)
const withZone = (local: string) => vnInstant(local) ?? '';

/** The form adding a session: time (Vietnam), place or online link, trainers, capacity, required or not. */
export function SessionForm(props: { busy: boolean; error: unknown; onSubmit: (body: SessionBody) => void }) {
  const { t } = useI18n();
  const [d, setD] = useState({ title: '', startsAt: '', endsAt: '', place: '', onlineUrl: '', trainers: '', capacity: '', isRequired: true });
  const set = (patch: Partial<typeof d>) => setD((x) => ({ ...x, ...patch }));
  const errors = fieldErrors(props.error);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    props.onSubmit({ title: d.title || null, startsAt: withZone(d.startsAt), endsAt: withZone(d.endsAt), place: d.place || null, onlineUrl: d.onlineUrl || null, trainers: d.trainers || null, capacity: d.capacity ? Number(d.capacity) : null, isRequired: d.isRequired });
  };
  return (
    <form className="training-form" noValidate onSubmit={onSubmit}>
      <FormError error={props.error} shownFields={['startsAt', 'endsAt', 'place', 'onlineUrl', 'capacity']} />
      <Field label={t('training.session.title')} name="title" value={d.title} onChange={(e) => set({ title: e.target.value })} />
      <DateTimeInput label={t('training.session.startsAt')} name="startsAt" required value={d.startsAt} error={errors.startsAt} onChange={(v) => set({ startsAt: v })} />
      <DateTimeInput label={t('training.session.endsAt')} name="endsAt" required value={d.endsAt} error={errors.endsAt} onChange={(v) => set({ endsAt: v })} />
      <Field label={t('training.session.place')} name="place" value={d.place} error={errors.place} onChange={(e) => set({ place: e.target.value })} />
      <Field label={t('training.session.onlineUrl')} name="onlineUrl" type="url" value={d.onlineUrl} error={errors.onlineUrl} onChange={(e) => set({ onlineUrl: e.target.value })} />
      <Field label={t('training.session.trainers')} name="trainers" value={d.trainers} onChange={(e) => set({ trainers: e.target.value })} />
      <Field label={t('training.session.capacity')} name="capacity" inputMode="numeric" value={d.capacity} error={errors.capacity} onChange={(e) => set({ capacity: e.target.value })} />
      <fieldset className="training-choices">
        <label>
          <input type="checkbox" name="isRequired" checked={d.isRequired} onChange={(e) => set({ isRequired: e.target.checked })} />
          {t('training.session.required')}
        </label>
      </fieldset>
      <div className="button-row">
        <Button type="submit" busy={props.busy}>{t('training.session.add')}</Button>
      </div>
    </form>
  );
}
