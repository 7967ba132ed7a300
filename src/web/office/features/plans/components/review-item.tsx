import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { Button, formatDateTime } from '../../../../ui';
import { TextareaField } from '../../../../ui/textarea-field';
import { reportsApi } from '../api';
import type { Indicator, PlanPeriod, Report, ReviewDecision } from '../api-types';
import { fieldErrors } from '../../../app/errors';
import { useI18n } from '../../../app/i18n-context';
import { FormError } from '../../../app/components/form-error';
import { reportAnchor } from './plan-fragment';
import { periodLabel } from './plan-text';
import { ReportDetails } from './report-details';
import { nameWithCarrier } from '../../organisations/components/carried-by';

/** Props of {@link ReviewItem}. */
export interface ReviewItemProps {
  report: Report;
  periods: readonly PlanPeriod[];
  indicators: readonly Indicator[];
  onReviewed: (report: Report, decision: ReviewDecision) => void;
}

/**
 * One submitted report with "Chấp nhận" / "Trả lại"; returning requires the reviewer's comment.
 * The article has the id "report-<reportId>" that links to it.
 */
export function ReviewItem({ report, periods, indicators, onReviewed }: ReviewItemProps) {
  const { t } = useI18n();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | undefined>();
  const review = useMutation({
    mutationFn: ({ decision, text }: { decision: ReviewDecision; text: string }) => reportsApi.review(report.id, decision, text),
    onSuccess: (updated, { decision }) => onReviewed(updated, decision),
    onError: (err) => setError(fieldErrors(err).comment),
  });
  // the decision being sent; it stays set after success, while the reviewed report leaves the queue
  const busy = review.isPending || review.isSuccess ? (review.variables?.decision ?? null) : null;
  const commentRef = useRef<HTMLTextAreaElement>(null);
  const headingId = `review-${report.id}`;
  const period = periodLabel(report.period, periods, t);

  const decide = (decision: ReviewDecision) => {
    review.reset();
    const text = comment.trim();
    if (decision === 'return' && !text) {
      setError(t('review.commentRequired'));
      commentRef.current?.focus();
      return;
    }
    setError(undefined);
    review.mutate({ decision, text });
  };

  return (
    <article id={reportAnchor(report.id)} tabIndex={-1} className="review-item fragment-target" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('review.heading', { code: report.taskCode, unit: nameWithCarrier(report.unitName, report.carriedBy, t), period })}</h3>
      <p>{report.taskTitle}</p>
      {report.submittedAt ? (
        <p className="muted">
          {t('review.submitted', { name: report.submittedBy || t('common.dash'), time: formatDateTime(report.submittedAt) })}
        </p>
      ) : null}
      <ReportDetails report={report} indicators={indicators} />
      <form className="review-item__form" noValidate onSubmit={(e: FormEvent<HTMLFormElement>) => e.preventDefault()}>
        <FormError error={review.error} shownFields={['comment']} />
        <TextareaField ref={commentRef} label={t('review.comment')} hint={t('review.commentHint')} name="comment"
          rows={3} value={comment} error={error} onChange={(e) => setComment(e.target.value)} />
        <div className="button-row">
          <Button busy={busy === 'accept'} disabled={busy !== null} onClick={() => decide('accept')}>
            {t('review.accept')}
          </Button>
          <Button variant="secondary" busy={busy === 'return'} disabled={busy !== null} onClick={() => decide('return')}>
            {t('review.return')}
          </Button>
        </div>
      </form>
    </article>
  );
}
