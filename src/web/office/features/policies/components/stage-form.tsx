import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Alert, Button, SelectField } from '../../../../ui';
import { TextareaField } from '../../../../ui/textarea-field';
import { policiesApi, useRefreshPolicies } from '../api';
import { STAGES, type PolicyDetail, type Stage } from '../api-types';
import { useI18n } from '../../../app/i18n-context';
import { FormError } from '../../../app/components/form-error';
import { isStage, stageLabel } from './policy-text';

/** Position of a stage in the cycle (-1 for a code the office does not know). */
function stageIndex(stage: string): number {
  return STAGES.findIndex((s) => s === stage);
}

/** The stages a draft may move to: the next one first, then the previous one (the server allows adjacent moves). */
function targetsOf(stage: string): Stage[] {
  const i = stageIndex(stage);
  if (i < 0) return [];
  return [STAGES[i + 1], STAGES[i - 1]].filter((s): s is Stage => s !== undefined);
}

/** "Chuyển giai đoạn": next stage and a note; shows the server's Vietnamese refusal in an alert. */
export function StageForm({ policy }: { policy: PolicyDetail }) {
  const { t } = useI18n();
  const targets = targetsOf(policy.stage);
  const [chosen, setTo] = useState<Stage | ''>('');
  // After a move the targets change: fall back to the new next stage.
  const to = chosen && targets.includes(chosen) ? chosen : (targets[0] ?? '');
  const [note, setNote] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const refresh = useRefreshPolicies();
  const change = useMutation({
    mutationFn: (move: { to: Stage; note: string }) => policiesApi.changeStage(policy.id, move.to, move.note),
    onSuccess: (_, move) => {
      setDone(t('stageForm.done', { stage: stageLabel(move.to, t) }));
      setNote('');
      void refresh();
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!to) return;
    setDone(null);
    change.mutate({ to, note: note.trim() });
  };

  const options = targets.map((s, i) => ({
    value: s,
    label: i === 0 && stageIndex(s) > stageIndex(policy.stage) ? stageLabel(s, t) : t('stageForm.back', { stage: stageLabel(s, t) }),
  }));

  return (
    <form className="panel" onSubmit={onSubmit} noValidate aria-labelledby="stage-form-title">
      <h3 id="stage-form-title">{t('stageForm.title')}</h3>
      {done ? <Alert variant="success">{done}</Alert> : null}
      <FormError error={change.error} />
      <p>{t('stageForm.current', { stage: stageLabel(policy.stage, t, policy.stageLabel) })}</p>
      <SelectField label={t('stageForm.to')} name="toStage" options={options} value={to}
        onChange={(e) => setTo(isStage(e.target.value) ? e.target.value : '')} />
      <TextareaField label={t('stageForm.note')} name="note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      <Button type="submit" busy={change.isPending} disabled={!to}>{t('stageForm.submit')}</Button>
    </form>
  );
}
