import { useState, type FormEvent } from 'react';
import { Button, DataTable, DateText, Field } from '../../ui';
import { roundsApi } from '../api-policies';
import type { Consultee } from '../api-types-policies';
import { todayIso } from '../dates';
import { useI18n } from '../i18n-context';
import { DateInput } from './date-input';
import { FormError } from './form-error';

function AnswerRecordForm({ consultee, onRecorded }: { consultee: Consultee; onRecorded: () => void }) {
  const { t } = useI18n();
  const [answeredOn, setAnsweredOn] = useState(todayIso());
  const [answerRef, setAnswerRef] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const unit = <span className="dt-visually-hidden"> — {consultee.unitName}</span>;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    const local: Record<string, string> = {};
    if (!answeredOn) local.answeredOn = t('consultees.dateRequired');
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    setBusy(true);
    try {
      await roundsApi.recordAnswer(consultee.id, answeredOn, answerRef.trim() || null);
      onRecorded();
    } catch (err) {
      setFailure(err);
      setBusy(false);
    }
  };

  return (
    <form className="consultee-form" onSubmit={onSubmit} noValidate>
      <FormError error={failure} />
      <DateInput label={<>{t('consultees.answeredOn')}{unit}</>} name="answeredOn" value={answeredOn}
        error={errors.answeredOn} onChange={setAnsweredOn} />
      <Field label={<>{t('consultees.answerRef')}{unit}</>} name="answerRef" autoComplete="off" value={answerRef}
        error={errors.answerRef} onChange={(e) => setAnswerRef(e.target.value)} />
      <Button type="submit" size="small" busy={busy}>{t('consultees.record')}{unit}</Button>
    </form>
  );
}

/** Bodies consulted in writing: dates requested and due, and the written answer (or a form to record it). */
export function ConsulteeTable({ consultees, canEdit, caption, onChanged }: {
  consultees: readonly Consultee[];
  canEdit: boolean;
  caption: string;
  onChanged: () => void;
}) {
  const { t } = useI18n();
  return (
    <DataTable<Consultee>
      caption={caption}
      rows={consultees}
      rowKey={(c) => c.id}
      emptyText={t('consultees.none')}
      columns={[
        { key: 'unit', header: t('consultees.unit'), rowHeader: true, cell: (c) => c.unitName },
        { key: 'requested', header: t('consultees.requestedOn'), cell: (c) => <DateText value={c.requestedOn} fallback={t('common.dash')} /> },
        { key: 'due', header: t('consultees.dueOn'), cell: (c) => <DateText value={c.dueOn} fallback={t('common.dash')} /> },
        {
          key: 'answer',
          header: t('consultees.answer'),
          className: 'wide',
          cell: (c) =>
            c.answeredOn ? (
              <span className="badge badge--ok">
                {t('consultees.answered', { ref: c.answerRef || t('common.dash') })} <DateText value={c.answeredOn} />
              </span>
            ) : canEdit ? (
              <AnswerRecordForm consultee={c} onRecorded={onChanged} />
            ) : (
              <span className="muted">{t('consultees.waiting')}</span>
            ),
        },
      ]}
    />
  );
}
