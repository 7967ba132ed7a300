import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Alert, Button, DateField, formatDate } from '../../../../ui';
import { TextareaField } from '../../../../ui/textarea-field';
import { roundControlApi, useRefreshConsultation } from '../api';
import type { Round } from '../api-types-rounds';
import { fieldErrors } from '../../../app/errors';
import { useI18n } from '../../../app/i18n-context';
import { FormError } from '../../../app/components/form-error';

/** The ISO date `n` days after `iso`. */
export function addDaysIso(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The public changes of a round's end: extended (from which date, why) and closed early (when, why). */
export function RoundChanges({ round }: { round: Round }) {
  const { t } = useI18n();
  if (!round.originalClosesOn && !round.closedEarlyOn) return null;
  return (
    <ul className="round-changes">
      {round.originalClosesOn ? (
        <li>{t('roundControl.extendedNote', { from: formatDate(round.originalClosesOn), to: formatDate(round.closesOn), reason: round.extensionReason ?? t('common.dash') })}</li>
      ) : null}
      {round.closedEarlyOn ? (
        <li>{t('roundControl.closedNote', { on: formatDate(round.closedEarlyOn), planned: formatDate(round.closesOn), reason: round.closeReason ?? t('common.dash') })}</li>
      ) : null}
    </ul>
  );
}

type Mode = 'extend' | 'close' | null;

/**
 * "Gia hạn" and "Kết thúc sớm" for a round that has not ended, each with a public reason. Closing early is offered
 * once the legal minimum period has run (the server checks it again); a closed round has neither.
 */
export function RoundControl({ round, canEdit }: { round: Round; canEdit: boolean }) {
  const { t } = useI18n();
  const [mode, setMode] = useState<Mode>(null);
  const [closesOn, setClosesOn] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState<string | null>(null);
  const formId = `round-control-${round.id}`;
  const refresh = useRefreshConsultation();
  const change = useMutation({
    mutationFn: (v: { mode: 'extend' | 'close'; closesOn: string; reason: string }) =>
      v.mode === 'extend' ? roundControlApi.extend(round.id, v.closesOn, v.reason) : roundControlApi.close(round.id, v.reason),
    onSuccess: (_, v) => {
      setDone(t(v.mode === 'extend' ? 'roundControl.extended' : 'roundControl.closed'));
      setMode(null);
      setReason('');
      setClosesOn('');
      return refresh();
    },
    onError: (err) => setErrors(fieldErrors(err)),
  });
  const busy = change.isPending;

  if (round.status === 'closed') {
    return (
      <>
        {done ? <Alert variant="success">{done}</Alert> : null}
        <p className="muted">{t('roundControl.closedHint')}</p>
      </>
    );
  }
  if (!canEdit) return null;
  // the server's calendar decides when the legal minimum has run (the browser's may differ)
  const earliestClose = round.closeEarlyFrom;
  const mayClose = round.status === 'open' && round.mayCloseEarly;

  const open = (next: Mode) => {
    setMode(next);
    setErrors({});
    change.reset();
    setDone(null);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mode === null) return;
    const local: Record<string, string> = {};
    if (!reason.trim()) local.reason = t('roundControl.reasonRequired');
    if (mode === 'extend' && !closesOn) local.closesOn = t('roundControl.dateRequired');
    else if (mode === 'extend' && closesOn <= round.closesOn) local.closesOn = t('roundControl.dateAfter', { date: formatDate(round.closesOn) });
    setErrors(local);
    change.reset();
    if (Object.keys(local).length > 0) return;
    change.mutate({ mode, closesOn, reason: reason.trim() });
  };

  return (
    <div className="round-control">
      {done ? <Alert variant="success">{done}</Alert> : null}
      {mode === null ? (
        <>
          <div className="button-row">
            <Button variant="secondary" size="small" onClick={() => open('extend')}>{t('roundControl.extend')}</Button>
            {round.status === 'open' ? (
              <Button variant="secondary" size="small" disabled={!mayClose} aria-describedby={mayClose ? undefined : `${formId}-close-hint`}
                onClick={() => open('close')}>
                {t('roundControl.close')}
              </Button>
            ) : null}
          </div>
          {round.status === 'open' && !mayClose ? (
            <p id={`${formId}-close-hint`} className="muted">{t('roundControl.closeFrom', { days: round.minDays, date: formatDate(earliestClose) })}</p>
          ) : null}
        </>
      ) : (
        <form id={formId} className="round-control__form" onSubmit={submit} noValidate aria-label={t(mode === 'extend' ? 'roundControl.extendTitle' : 'roundControl.closeTitle')}>
          <h5>{t(mode === 'extend' ? 'roundControl.extendTitle' : 'roundControl.closeTitle')}</h5>
          <FormError error={change.error} shownFields={['closesOn', 'reason']} />
          {mode === 'extend' ? (
            <DateField label={t('roundControl.newClosesOn')} name="closesOn" value={closesOn} min={addDaysIso(round.closesOn, 1)}
              hint={t('roundControl.currentEnd', { date: formatDate(round.closesOn) })} error={errors.closesOn} onChange={setClosesOn} />
          ) : (
            <p>{t('roundControl.closeExplain')}</p>
          )}
          <TextareaField label={t('roundControl.reason')} name="reason" rows={3} value={reason} maxLength={1000}
            hint={t('roundControl.reasonHint')} error={errors.reason} onChange={(e) => setReason(e.target.value)} />
          <div className="button-row">
            <Button type="submit" busy={busy} variant={mode === 'close' ? 'danger' : 'primary'}>
              {t(mode === 'extend' ? 'roundControl.extendSubmit' : 'roundControl.closeSubmit')}
            </Button>
            <Button variant="secondary" disabled={busy} onClick={() => open(null)}>{t('common.cancel')}</Button>
          </div>
        </form>
      )}
    </div>
  );
}
