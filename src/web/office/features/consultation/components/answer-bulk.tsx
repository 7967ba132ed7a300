import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Alert, Button, SelectField } from '../../../../ui';
import { TextareaField } from '../../../../ui/textarea-field';
import { answersApi, useRefreshConsultation } from '../api';
import { DISPOSITIONS, type Disposition } from '../api-types';
import type { AnswerTemplate, RoundAssignments } from '../api-types-rounds';
import { fieldErrors } from '../../../app/errors';
import { useI18n } from '../../../app/i18n-context';
import { dispositionOf, isDisposition, TemplatePicker } from './answer-item';
import { FormError } from '../../../app/components/form-error';

/** Props of {@link AnswerBulk}. */
export interface AnswerBulkProps {
  roundId: string;
  selected: readonly string[];
  canAnswer: boolean;
  canApprove: boolean;
  officers: RoundAssignments['officers'];
  templates: readonly AnswerTemplate[];
  onDone: () => void;
}

/**
 * What to do with the selected comments: one answer for all (each keeps its own answer, editable afterwards),
 * assign them to an officer, or approve their answers — each part shown only to those who may.
 */
export function AnswerBulk({ roundId, selected, canAnswer, canApprove, officers, templates, onDone }: AnswerBulkProps) {
  const { t } = useI18n();
  const [disposition, setDisposition] = useState<Disposition | ''>('');
  const [explanation, setExplanation] = useState('');
  const [assignee, setAssignee] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const count = selected.length;
  const refresh = useRefreshConsultation();
  // one mutation for the three actions: each resolves with the message to show
  const bulk = useMutation({
    mutationFn: (v: { kind: 'answer' | 'assign' | 'approve'; action: () => Promise<string> }) => v.action(),
    onMutate: () => setNotice(null),
    onSuccess: (message) => {
      setNotice(message);
      onDone();
      return refresh();
    },
    onError: (err) => setErrors(fieldErrors(err)),
  });
  const busy = bulk.isPending ? bulk.variables.kind : null;
  const run = (kind: 'answer' | 'assign' | 'approve', action: () => Promise<string>) => bulk.mutate({ kind, action });

  const answer = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!disposition) local.disposition = t('answer.dispositionRequired');
    if (!explanation.trim()) local.explanation = t('answer.explanationRequired');
    setErrors(local);
    if (!disposition || Object.keys(local).length > 0) return;
    run('answer', async () => {
      const r = await answersApi.answerMany(roundId, { commentIds: [...selected], disposition, explanation: explanation.trim() });
      setExplanation('');
      setDisposition('');
      return t('bulk.answered', { count: r.updated });
    });
  };

  return (
    <section className="panel answer-bulk" aria-labelledby="answer-bulk-title">
      <h3 id="answer-bulk-title">{t('bulk.title')}</h3>
      <p role="status">{count === 0 ? t('moderation.noneChosen') : t('moderation.chosen', { count })}</p>
      {notice ? <Alert variant="success">{notice}</Alert> : null}
      <FormError error={bulk.error} shownFields={['disposition', 'explanation', 'userId']} />
      {canAnswer ? (
        <form onSubmit={answer} noValidate aria-label={t('bulk.answerTitle')}>
          <fieldset className="plain-fieldset" disabled={count === 0}>
            <legend>{t('bulk.answerTitle')}</legend>
            <TemplatePicker templates={templates} name="bulk-template" onPick={(x) => { setDisposition(dispositionOf(x.disposition)); setExplanation(x.body); }} />
            <SelectField label={t('answer.disposition')} name="bulk-disposition" placeholder={t('answer.dispositionPlaceholder')}
              options={DISPOSITIONS.map((d) => ({ value: d, label: t(`disposition.${d}`) }))} value={disposition}
              error={errors.disposition} onChange={(e) => setDisposition(isDisposition(e.target.value) ? e.target.value : '')} />
            <TextareaField label={t('answer.explanation')} name="bulk-explanation" rows={4} value={explanation}
              hint={t('bulk.answerHint')} error={errors.explanation} onChange={(e) => setExplanation(e.target.value)} />
            <Button type="submit" busy={busy === 'answer'} disabled={busy !== null}>{t('bulk.answerSubmit', { count })}</Button>
          </fieldset>
        </form>
      ) : null}
      {canAnswer && officers.length > 0 ? (
        <div className="answer-bulk__assign">
          <SelectField label={t('bulk.assignTo')} name="bulk-assignee" placeholder={t('answer.assignedNone')} value={assignee}
            options={officers.map((o) => ({ value: o.id, label: o.displayName }))} onChange={(e) => setAssignee(e.target.value)} />
          <Button variant="secondary" busy={busy === 'assign'} disabled={busy !== null || count === 0}
            onClick={() => run('assign', async () => {
              const r = await answersApi.assign(roundId, { commentIds: [...selected], userId: assignee || null });
              return t(assignee ? 'bulk.assigned' : 'bulk.unassigned', { count: r.comments });
            })}>
            {t(assignee ? 'bulk.assignSubmit' : 'bulk.unassignSubmit', { count })}
          </Button>
        </div>
      ) : null}
      {canApprove ? (
        <Button variant="secondary" busy={busy === 'approve'} disabled={busy !== null || count === 0}
          onClick={() => run('approve', async () => t('bulk.approved', { count: (await answersApi.approveMany(roundId, [...selected])).approved }))}>
          {t('bulk.approveSubmit', { count })}
        </Button>
      ) : null}
    </section>
  );
}
