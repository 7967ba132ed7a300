import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Alert, Button, DataTable, DateText, Field, formatDate } from '../../../../ui';
import { roundsApi, useRefreshConsultation } from '../api';
import type { Consultee } from '../api-types-rounds';
import { todayIso } from '../../../app/dates';
import { useI18n } from '../../../app/i18n-context';
import { DateInput } from '../../../app/components/date-input';
import { FormError } from '../../../app/components/form-error';

function AnswerRecordForm({ consultee }: { consultee: Consultee }) {
  const { t } = useI18n();
  const [answeredOn, setAnsweredOn] = useState(todayIso());
  const [answerRef, setAnswerRef] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const refresh = useRefreshConsultation();
  // pending until the round shows the recorded answer (this form then leaves)
  const record = useMutation({
    mutationFn: () => roundsApi.recordAnswer(consultee.id, answeredOn, answerRef.trim() || null),
    onSuccess: refresh,
  });
  const unit = <span className="dt-visually-hidden"> — {consultee.unitName}</span>;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    record.reset();
    const local: Record<string, string> = {};
    if (!answeredOn) local.answeredOn = t('consultees.dateRequired');
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    record.mutate();
  };

  return (
    <form className="consultee-form" onSubmit={onSubmit} noValidate>
      <FormError error={record.error} />
      <DateInput label={<>{t('consultees.answeredOn')}{unit}</>} name="answeredOn" value={answeredOn}
        error={errors.answeredOn} onChange={setAnsweredOn} />
      <Field label={<>{t('consultees.answerRef')}{unit}</>} name="answerRef" autoComplete="off" value={answerRef}
        error={errors.answerRef} onChange={(e) => setAnswerRef(e.target.value)} />
      <Button type="submit" size="small" busy={record.isPending}>{t('consultees.record')}{unit}</Button>
    </form>
  );
}

/** Bodies consulted in writing: dates requested and due, and the written answer (or a form to record it). */
export function ConsulteeTable({ consultees, canEdit, caption }: { consultees: readonly Consultee[]; canEdit: boolean; caption: string }) {
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
        { key: 'left', header: t('consultees.timeLeft'), cell: (c) => <DaysLeft consultee={c} /> },
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
              <AnswerRecordForm consultee={c} />
            ) : (
              <span className="muted">{t('consultees.waiting')}</span>
            ),
        },
      ]}
    />
  );
}

/** "còn N ngày", "hết hạn hôm nay" or "quá hạn N ngày" for a body that has not answered; a dash once it has. */
function DaysLeft({ consultee }: { consultee: Consultee }) {
  const { t } = useI18n();
  const n = consultee.daysLeft;
  if (consultee.answeredOn || n === null) return <>{t('common.dash')}</>;
  if (n < 0) return <span className="badge status-badge--overdue">{t('consultees.overdue', { count: -n })}</span>;
  if (n === 0) return <span className="badge status-badge--blocked">{t('consultees.dueToday')}</span>;
  return <span className={n <= 3 ? 'badge status-badge--blocked' : 'badge'}>{t('consultees.daysLeft', { count: n })}</span>;
}

/**
 * A warning in the round panel naming the bodies asked to answer in writing that have not answered yet, with the
 * days left or overdue; nothing when every body has answered.
 */
export function ConsulteeDeadlines({ consultees }: { consultees: readonly Consultee[] }) {
  const { t } = useI18n();
  const waiting = consultees.filter((c) => !c.answeredOn).sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  if (waiting.length === 0) return null;
  const overdue = waiting.some((c) => (c.daysLeft ?? 1) < 0);
  return (
    <Alert variant={overdue ? 'warning' : 'info'} title={t('consultees.waitingTitle', { count: waiting.length })}>
      <ul>
        {waiting.map((c) => {
          const n = c.daysLeft ?? 0;
          const when = n < 0 ? t('consultees.overdue', { count: -n }) : n === 0 ? t('consultees.dueToday') : t('consultees.daysLeft', { count: n });
          return <li key={c.id}>{c.unitName}: {when} ({t('consultees.dueShort', { date: formatDate(c.dueOn) })})</li>;
        })}
      </ul>
    </Alert>
  );
}
