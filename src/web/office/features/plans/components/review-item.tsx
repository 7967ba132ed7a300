import { useRef, useState, type FormEvent } from 'react';
import { Button, formatDateTime } from '../../../../ui';
import { TextareaField } from '../../../../ui/textarea-field';
import { reportsApi } from '../../../app/api-endpoints';
import type { Indicator, PlanPeriod, Report } from '../api-types';
import { fieldErrors } from '../../../app/errors';
import { useI18n } from '../../../app/i18n-context';
import { FormError } from '../../../app/components/form-error';
import { reportAnchor } from './plan-fragment';
import { periodLabel } from './plan-text';
import { ReportDetails } from './report-details';

/** Props of {@link ReviewItem}. */
export interface ReviewItemProps {
  report: Report;
  periods: readonly PlanPeriod[];
  indicators: readonly Indicator[];
  onReviewed: (report: Report, decision: 'accept' | 'return') => void;
}

/**
 * One submitted report with "Chấp nhận" / "Trả lại"; returning requires the reviewer's comment.
 * The article has the id "report-<reportId>" that links to it.
 */
export function ReviewItem({ report, periods, indicators, onReviewed }: ReviewItemProps) {
  const { t } = useI18n();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState<'accept' | 'return' | null>(null);
  const commentRef = useRef<HTMLTextAreaElement>(null);
  const headingId = `review-${report.id}`;
  const period = periodLabel(report.period, periods, t);

  const decide = async (decision: 'accept' | 'return') => {
    setFailure(null);
    const text = comment.trim();
    if (decision === 'return' && !text) {
      setError(t('review.commentRequired'));
      commentRef.current?.focus();
      return;
    }
    setError(undefined);
    setBusy(decision);
    try {
      const updated = await reportsApi.review(report.id, decision, text);
      onReviewed(updated ?? report, decision);
    } catch (err) {
      setError(fieldErrors(err).comment);
      setFailure(err);
      setBusy(null);
    }
  };

  return (
    <article id={reportAnchor(report.id)} tabIndex={-1} className="review-item fragment-target" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('review.heading', { code: report.taskCode, unit: report.unitName, period })}</h3>
      <p>{report.taskTitle}</p>
      {report.submittedAt ? (
        <p className="muted">
          {t('review.submitted', { name: report.submittedBy ?? t('common.dash'), time: formatDateTime(report.submittedAt) })}
        </p>
      ) : null}
      <ReportDetails report={report} indicators={indicators} />
      <form className="review-item__form" noValidate onSubmit={(e: FormEvent<HTMLFormElement>) => e.preventDefault()}>
        <FormError error={failure} shownFields={['comment']} />
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
