import { useMutation } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Alert, Button, formatDateTime, SelectField } from '../../../../ui';
import { TextareaField } from '../../../../ui/textarea-field';
import { roundsApi, useRefreshConsultation } from '../api';
import { DISPOSITIONS, type AnswerInput, type Disposition } from '../api-types';
import type { AnswerListItem, AnswerTemplate } from '../api-types-rounds';
import { fieldErrors } from '../../../app/errors';
import { useI18n } from '../../../app/i18n-context';
import { FormError } from '../../../app/components/form-error';
import { labelOf } from '../../policies/components/policy-text';

/** Narrows a select's value to a disposition. */
export function isDisposition(value: string): value is Disposition {
  return (DISPOSITIONS as readonly string[]).includes(value);
}

/** A stored disposition as the select holds it ('' when none, or for a code the office does not know). */
export function dispositionOf(value: string | null | undefined): Disposition | '' {
  return DISPOSITIONS.find((d) => d === value) ?? '';
}

/** Tells whether the answer of a comment was approved (or already published). */
export function isApproved(item: AnswerListItem): boolean {
  const a = item.answer;
  return Boolean(a && (a.state === 'approved' || a.state === 'published'));
}

/** "Dùng mẫu": fills the disposition and text from a template of the draft or its unit. */
export function TemplatePicker({ templates, name, onPick }: { templates: readonly AnswerTemplate[]; name: string; onPick: (t: AnswerTemplate) => void }) {
  const { t } = useI18n();
  if (templates.length === 0) return null;
  return (
    <SelectField label={t('templates.use')} name={name} value="" placeholder={t('templates.usePlaceholder')}
      options={templates.map((x) => ({ value: x.id, label: `${x.name} (${labelOf('disposition', x.disposition, t)})` }))}
      onChange={(e) => {
        const chosen = templates.find((x) => x.id === e.target.value);
        if (chosen) onPick(chosen);
      }} />
  );
}

/** Props of {@link AnswerItem}. */
export interface AnswerItemProps {
  item: AnswerListItem;
  /** Shows the selection checkbox (for an answer or an approval of several comments). */
  selectable: boolean;
  selected: boolean;
  onSelect: (id: string, selected: boolean) => void;
  templates: readonly AnswerTemplate[];
}

/**
 * One comment with its answer: "Hình thức", "Nội dung giải trình, tiếp thu", who answers it, save and approve —
 * each shown only when the server says the user may (`canEdit`, `canApprove`); an approver reads the answer.
 */
export function AnswerItem({ item, selectable, selected, onSelect, templates }: AnswerItemProps) {
  const { t } = useI18n();
  const a = item.answer;
  const [disposition, setDisposition] = useState<Disposition | ''>(dispositionOf(a?.disposition));
  const [explanation, setExplanation] = useState(a?.explanation ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const refresh = useRefreshConsultation();
  const act = useMutation({
    mutationFn: (v: { kind: 'save'; input: AnswerInput } | { kind: 'approve' }) =>
      v.kind === 'save' ? roundsApi.saveAnswer(item.id, v.input) : roundsApi.approveAnswer(item.id),
    onMutate: () => setNotice(null),
    onSuccess: (_, v) => {
      setNotice(t(v.kind === 'save' ? 'answer.saved' : 'answer.approvedOk', { code: item.receiptCode }));
      return refresh();
    },
    onError: (err, v) => {
      if (v.kind === 'save') setErrors(fieldErrors(err));
    },
  });
  const busy = act.isPending ? act.variables.kind : null;
  const failure = act.error;
  const headingId = `answer-${item.id}`;
  // an answer saved elsewhere (one answer for a selection, another officer) replaces what the form shows; the item
  // stays mounted, so the confirmation of this person's own save survives the list's reload
  useEffect(() => {
    setDisposition(dispositionOf(a?.disposition));
    setExplanation(a?.explanation ?? '');
  }, [a?.updatedAt]);
  const dirty = disposition !== dispositionOf(a?.disposition) || explanation !== (a?.explanation ?? '');
  const approved = isApproved(item);

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    act.reset();
    setNotice(null);
    const local: Record<string, string> = {};
    if (!disposition) local.disposition = t('answer.dispositionRequired');
    if (!explanation.trim()) local.explanation = t('answer.explanationRequired');
    setErrors(local);
    if (!disposition || Object.keys(local).length > 0) return;
    act.mutate({ kind: 'save', input: { disposition, explanation: explanation.trim() } });
  };

  const approve = () => act.mutate({ kind: 'approve' });

  const status = !a ? t('answer.none') : approved
    ? t(a.publishedAt ? 'answer.published' : 'answer.approved', { time: formatDateTime(a.publishedAt ?? a.approvedAt) || t('common.dash') })
    : t('answer.awaiting');
  return (
    <article className="answer-item" aria-labelledby={headingId}>
      <div className="answer-item__head">
        {selectable ? (
          <span className="check">
            <input id={`pick-${item.id}`} type="checkbox" className="check__input" checked={selected} onChange={(e) => onSelect(item.id, e.target.checked)} />
            <label htmlFor={`pick-${item.id}`}><span className="dt-visually-hidden">{t('moderation.select', { code: item.receiptCode })}</span></label>
          </span>
        ) : null}
        <h4 id={headingId}>{t('answer.heading', { code: item.receiptCode })}</h4>
      </div>
      <p className="answer-item__meta">
        {item.articleLabel || t('comment.general')} · {labelOf('stance', item.stance, t)} · {labelOf('commentState', item.state, t)}
        {' · '}{item.assignedToName ? t('answer.assignedText', { name: item.assignedToName }) : t('answer.assignedNone')}
      </p>
      <blockquote className="comment-quote prewrap" data-user-text="">{item.text}</blockquote>
      <p className={approved ? 'answer-status answer-status--approved' : 'answer-status'}>
        {status}{a?.answeredByName ? ` · ${t('answer.by', { name: a.answeredByName })}` : ''}
      </p>
      {notice ? <Alert variant="success">{notice}</Alert> : null}
      {item.canEdit ? (
        <form onSubmit={save} noValidate>
          <FormError error={failure} shownFields={['disposition', 'explanation']} />
          <fieldset className="plain-fieldset">
            <legend className="dt-visually-hidden">{t('answer.heading', { code: item.receiptCode })}</legend>
            <TemplatePicker templates={templates} name={`template-${item.id}`} onPick={(x) => { setDisposition(dispositionOf(x.disposition)); setExplanation(x.body); }} />
            <SelectField label={t('answer.disposition')} name="disposition" placeholder={t('answer.dispositionPlaceholder')}
              options={DISPOSITIONS.map((d) => ({ value: d, label: t(`disposition.${d}`) }))} value={disposition}
              error={errors.disposition} onChange={(e) => setDisposition(isDisposition(e.target.value) ? e.target.value : '')} />
            <TextareaField label={t('answer.explanation')} name="explanation" rows={4} value={explanation}
              error={errors.explanation} onChange={(e) => setExplanation(e.target.value)} />
          </fieldset>
          <div className="button-row">
            <Button type="submit" busy={busy === 'save'} disabled={busy !== null}>{t('answer.save')}</Button>
            {item.canApprove ? (
              <Button variant="secondary" busy={busy === 'approve'} disabled={busy !== null || dirty}
                aria-describedby={dirty ? `${headingId}-dirty` : undefined} onClick={approve}>
                {t('answer.approve')}
              </Button>
            ) : null}
            {item.canApprove && dirty ? <span id={`${headingId}-dirty`} className="muted">{t('answer.saveFirst')}</span> : null}
          </div>
        </form>
      ) : (
        <>
          {a ? (
            <dl className="details-list">
              <div className="details-list__row"><dt>{t('answer.disposition')}</dt><dd>{labelOf('disposition', a.disposition, t)}</dd></div>
              <div className="details-list__row"><dt>{t('answer.explanation')}</dt><dd className="prewrap">{a.explanation}</dd></div>
            </dl>
          ) : null}
          <FormError error={failure} />
          {item.canApprove ? (
            <div className="button-row">
              <Button variant="secondary" busy={busy === 'approve'} disabled={busy !== null} onClick={approve}>{t('answer.approve')}</Button>
            </div>
          ) : null}
        </>
      )}
    </article>
  );
}
