import { useState, type FormEvent } from 'react';
import { Alert, Button, SelectField } from '../../../../ui';
import { TextareaField } from '../../../../ui/textarea-field';
import { policiesApi } from '../api';
import { STAGES, type PolicyDetail, type Stage } from '../api-types';
import { useI18n } from '../../../app/i18n-context';
import { FormError } from '../../../app/components/form-error';
import { isStage, stageLabel } from './policy-text';

/** The stages a draft may move to: the next one first, then the previous one (the server allows adjacent moves). */
function targetsOf(stage: Stage): Stage[] {
  const i = STAGES.indexOf(stage);
  return [STAGES[i + 1], STAGES[i - 1]].filter((s): s is Stage => s !== undefined);
}

/** "Chuyển giai đoạn": next stage and a note; shows the server's Vietnamese refusal in an alert. */
export function StageForm({ policy, onChanged }: { policy: PolicyDetail; onChanged: () => void }) {
  const { t } = useI18n();
  const targets = targetsOf(policy.stage);
  const [chosen, setTo] = useState<Stage | ''>('');
  // After a move the targets change: fall back to the new next stage.
  const to = chosen && targets.includes(chosen) ? chosen : (targets[0] ?? '');
  const [note, setNote] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!to) return;
    setFailure(null);
    setDone(null);
    setBusy(true);
    try {
      await policiesApi.changeStage(policy.id, to, note.trim());
      setDone(t('stageForm.done', { stage: stageLabel(to, t) }));
      setNote('');
      onChanged();
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(false);
    }
  };

  const options = targets.map((s, i) => ({
    value: s,
    label: i === 0 && STAGES.indexOf(s) > STAGES.indexOf(policy.stage) ? stageLabel(s, t) : t('stageForm.back', { stage: stageLabel(s, t) }),
  }));

  return (
    <form className="panel" onSubmit={onSubmit} noValidate aria-labelledby="stage-form-title">
      <h3 id="stage-form-title">{t('stageForm.title')}</h3>
      {done ? <Alert variant="success">{done}</Alert> : null}
      <FormError error={failure} />
      <p>{t('stageForm.current', { stage: stageLabel(policy.stage, t, policy.stageLabel) })}</p>
      <SelectField label={t('stageForm.to')} name="toStage" options={options} value={to}
        onChange={(e) => setTo(isStage(e.target.value) ? e.target.value : '')} />
      <TextareaField label={t('stageForm.note')} name="note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      <Button type="submit" busy={busy} disabled={!to}>{t('stageForm.submit')}</Button>
    </form>
  );
}
