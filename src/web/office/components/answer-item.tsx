import { useState, type FormEvent } from 'react';
import { Alert, Button, formatDateTime, SelectField, type SelectOption } from '../../ui';
import { TextareaField } from '../../ui/textarea-field';
import { roundsApi } from '../api-policies';
import { DISPOSITIONS, type Comment, type Disposition } from '../api-types-consultation';
import { fieldErrors } from '../errors';
import { useI18n } from '../i18n-context';
import { StateCell } from './comment-cells';
import { FormError } from './form-error';
import { labelOf } from './policy-text';

function isDisposition(value: string): value is Disposition {
  return (DISPOSITIONS as readonly string[]).includes(value);
}

/** Tells whether the answer of a comment was approved (or already published). */
export function isApproved(comment: Comment): boolean {
  const a = comment.answer;
  return Boolean(a && (a.approvedAt || a.publishedAt || a.state === 'approved' || a.state === 'published'));
}

/** Props of {@link AnswerItem}. */
export interface AnswerItemProps {
  comment: Comment;
  canAnswer: boolean;
  canApprove: boolean;
  /** Officers to assign, or null when the user may not list users (the field is then left out). */
  users: readonly SelectOption[] | null;
  onChanged: () => void;
}

/** One comment with its answer form: "Hình thức", "Nội dung giải trình, tiếp thu", "Cán bộ phụ trách", save and approve. */
export function AnswerItem({ comment, canAnswer, canApprove, users, onChanged }: AnswerItemProps) {
  const { t } = useI18n();
  const a = comment.answer;
  const [disposition, setDisposition] = useState<Disposition | ''>(a?.disposition ?? '');
  const [explanation, setExplanation] = useState(a?.explanation ?? '');
  const [assignedTo, setAssignedTo] = useState(a?.assignedTo ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState<'save' | 'approve' | null>(null);
  const headingId = `answer-${comment.id}`;
  const dirty = disposition !== (a?.disposition ?? '') || explanation !== (a?.explanation ?? '') || assignedTo !== (a?.assignedTo ?? '');
  const approved = isApproved(comment);

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    setNotice(null);
    const local: Record<string, string> = {};
    if (!disposition) local.disposition = t('answer.dispositionRequired');
    if (!explanation.trim()) local.explanation = t('answer.explanationRequired');
    setErrors(local);
    if (!disposition || Object.keys(local).length > 0) return;
    setBusy('save');
    try {
      await roundsApi.saveAnswer(comment.id, { disposition, explanation: explanation.trim(), ...(assignedTo ? { assignedTo } : {}) });
      setNotice(t('answer.saved', { code: comment.receiptCode }));
      onChanged();
    } catch (err) {
      setErrors(fieldErrors(err));
      setFailure(err);
    } finally {
      setBusy(null);
    }
  };

  const approve = async () => {
    setFailure(null);
    setNotice(null);
    setBusy('approve');
    try {
      await roundsApi.approveAnswer(comment.id);
      setNotice(t('answer.approvedOk', { code: comment.receiptCode }));
      onChanged();
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(null);
    }
  };

  const status = !a ? t('answer.none') : approved
    ? t(a.publishedAt ? 'answer.published' : 'answer.approved', { time: formatDateTime(a.publishedAt ?? a.approvedAt) || t('common.dash') })
    : t('answer.awaiting');
  return (
    <article className="answer-item" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('answer.heading', { code: comment.receiptCode })}</h4>
      <p className="answer-item__meta">
        {comment.articleLabel || t('comment.general')} · {labelOf('stance', comment.stance, t)} · <StateCell comment={comment} />
      </p>
      <blockquote className="comment-quote prewrap">{comment.publicBody ?? comment.body}</blockquote>
      <p className={approved ? 'answer-status answer-status--approved' : 'answer-status'}>{status}</p>
      <form onSubmit={save} noValidate>
        {notice ? <Alert variant="success">{notice}</Alert> : null}
        <FormError error={failure} shownFields={['disposition', 'explanation', 'assignedTo']} />
        <fieldset className="plain-fieldset" disabled={!canAnswer || Boolean(a?.publishedAt)}>
          <legend className="dt-visually-hidden">{t('answer.heading', { code: comment.receiptCode })}</legend>
          <SelectField label={t('answer.disposition')} name="disposition" placeholder={t('answer.dispositionPlaceholder')}
            options={DISPOSITIONS.map((d) => ({ value: d, label: t(`disposition.${d}`) }))} value={disposition}
            error={errors.disposition} onChange={(e) => setDisposition(isDisposition(e.target.value) ? e.target.value : '')} />
          <TextareaField label={t('answer.explanation')} name="explanation" rows={4} value={explanation}
            error={errors.explanation} onChange={(e) => setExplanation(e.target.value)} />
          {users ? (
            <SelectField label={t('answer.assignedTo')} name="assignedTo" placeholder={t('answer.assignedNone')}
              options={users} value={assignedTo} error={errors.assignedTo} onChange={(e) => setAssignedTo(e.target.value)} />
          ) : a?.assignedToName ? (
            <p>{t('answer.assignedText', { name: a.assignedToName })}</p>
          ) : null}
        </fieldset>
        <div className="button-row">
          {canAnswer && !a?.publishedAt ? <Button type="submit" busy={busy === 'save'} disabled={busy !== null}>{t('answer.save')}</Button> : null}
          {canApprove && a && !approved ? (
            <Button variant="secondary" busy={busy === 'approve'} disabled={busy !== null || dirty}
              aria-describedby={dirty ? `${headingId}-dirty` : undefined} onClick={approve}>
              {t('answer.approve')}
            </Button>
          ) : null}
          {canApprove && a && !approved && dirty ? <span id={`${headingId}-dirty`} className="muted">{t('answer.saveFirst')}</span> : null}
        </div>
      </form>
    </article>
  );
}
