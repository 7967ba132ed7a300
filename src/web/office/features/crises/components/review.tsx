import { useState, type FormEvent } from 'react';
import { Button, DateField, formatDate, formatDateTime, SelectField } from '../../../../ui';
import { Field } from '../../../../ui';
import { TextareaField } from '../../../../ui/textarea-field';
import { FormError } from '../../../app/components/form-error';
import { fieldErrors } from '../../../app/errors';
import { useI18n } from '../../../app/i18n-context';
import { crisesApi } from '../api';
import type { CrisisDetail, CrisisOptions } from '../api-types';
import { useCrisisChange } from './use-change';

const emptyFollowup = () => ({ title: '', ownerUserId: '', ownerUnitId: '', dueOn: '' });

/** The after-action review (written once, before closing), its DOCX, and the close button. */
export function Review({ crisis, options }: { crisis: CrisisDetail; options: CrisisOptions | undefined }) {
  const { t } = useI18n();
  const [d, setD] = useState({ summary: '', wentWell: '', toImprove: '' });
  const [followups, setFollowups] = useState([emptyFollowup()]);
  const save = useCrisisChange(crisis.id, () =>
    crisesApi.review(crisis.id, { ...d, followups: followups.filter((f) => f.title || f.ownerUserId || f.ownerUnitId || f.dueOn).map((f) => ({ title: f.title, ownerUserId: f.ownerUserId || null, ownerUnitId: f.ownerUnitId || null, dueOn: f.dueOn })) }),
  );
  const close = useCrisisChange(crisis.id, () => crisesApi.close(crisis.id));
  const errors = fieldErrors(save.error);
  const r = crisis.review;
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    save.mutate(undefined);
  };
  const setF = (i: number, patch: Partial<ReturnType<typeof emptyFollowup>>) => setFollowups((xs) => xs.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  return (
    <section aria-labelledby="review">
      <h2 id="review">{t('crises.review.title')}</h2>
      <p>{t('crises.review.intro')}</p>
      {crisis.closedAt ? <p data-testid="crisis-closed">{t('crises.review.closed', { at: formatDateTime(crisis.closedAt) })}</p> : null}
      {r ? (
        <>
          <h3>{t('crises.review.summary')}</h3>
          <p className="crisis-text">{r.summary}</p>
          <h3>{t('crises.review.wentWell')}</h3>
          <p className="crisis-text">{r.wentWell}</p>
          <h3>{t('crises.review.toImprove')}</h3>
          <p className="crisis-text">{r.toImprove}</p>
          <h3>{t('crises.review.followups')}</h3>
          <ul>
            {r.followups.map((f, i) => (
              <li key={i}>
                {f.title} — {f.ownerName} — {formatDate(f.dueOn)}
              </li>
            ))}
          </ul>
          <p>
            <a href={`/api/v1/crises/${encodeURIComponent(crisis.id)}/review.docx`} download>
              {t('crises.review.docx')}
            </a>
          </p>
        </>
      ) : null}
      {crisis.abilities.canReview ? (
        <form className="crisis-form" noValidate onSubmit={onSubmit} aria-label={t('crises.review.title')}>
          <FormError error={save.error} shownFields={['summary', 'wentWell', 'toImprove']} />
          <TextareaField label={t('crises.review.summary')} name="summary" required rows={3} value={d.summary} error={errors.summary} onChange={(e) => setD({ ...d, summary: e.target.value })} />
          <TextareaField label={t('crises.review.wentWell')} name="wentWell" required rows={2} value={d.wentWell} error={errors.wentWell} onChange={(e) => setD({ ...d, wentWell: e.target.value })} />
          <TextareaField label={t('crises.review.toImprove')} name="toImprove" required rows={2} value={d.toImprove} error={errors.toImprove} onChange={(e) => setD({ ...d, toImprove: e.target.value })} />
          {followups.map((f, i) => (
            <fieldset key={i} className="crisis-inline">
              <legend>{t('crises.review.followup', { n: i + 1 })}</legend>
              <Field label={t('crises.field.taskTitle')} name={`followup-${i}-title`} value={f.title} onChange={(e) => setF(i, { title: e.target.value })} />
              <SelectField label={t('crises.field.ownerPerson')} name={`followup-${i}-owner`} value={f.ownerUserId} placeholder={t('crises.none')} options={(options?.people ?? []).map((p) => ({ value: p.id, label: p.name }))} onChange={(e) => setF(i, { ownerUserId: e.target.value })} />
              <SelectField label={t('crises.field.ownerUnit')} name={`followup-${i}-unit`} value={f.ownerUnitId} placeholder={t('crises.none')} options={(options?.units ?? []).map((u) => ({ value: u.id, label: u.name }))} onChange={(e) => setF(i, { ownerUnitId: e.target.value })} />
              <DateField label={t('crises.review.dueOn')} name={`followup-${i}-due`} value={f.dueOn} onChange={(v) => setF(i, { dueOn: v })} />
            </fieldset>
          ))}
          <div className="crisis-inline">
            <Button onClick={() => setFollowups((xs) => [...xs, emptyFollowup()])}>{t('crises.review.addFollowup')}</Button>
            <Button type="submit" variant="primary" busy={save.isPending}>
              {t('crises.review.save')}
            </Button>
          </div>
        </form>
      ) : null}
      {crisis.abilities.canClose ? (
        <>
          <FormError error={close.error} />
          <Button variant="primary" busy={close.isPending} onClick={() => close.mutate(undefined)}>
            {t('crises.review.close')}
          </Button>
        </>
      ) : null}
    </section>
  );
}
