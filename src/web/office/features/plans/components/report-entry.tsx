import { formatDateTime } from '../../../../ui';
import type { Indicator, PlanPeriod, Report } from '../api-types';
import { useI18n } from '../../../app/i18n-context';
import { reportAnchor } from './plan-fragment';
import { periodLabel, stateLabel } from './plan-text';
import { ReportDetails } from './report-details';
import { nameWithCarrier } from '../../organisations/components/carried-by';

/** Props of {@link ReportEntry}. */
export interface ReportEntryProps {
  report: Report;
  periods: readonly PlanPeriod[];
  indicators: readonly Indicator[];
  /** The report is shown (with its "report-<id>" anchor) in "Báo cáo chờ duyệt", so this entry has no anchor. */
  inQueue: boolean;
}

/** One report of "Tất cả báo cáo": task, unit, period, review state, what was reported and the review. */
export function ReportEntry({ report, periods, indicators, inQueue }: ReportEntryProps) {
  const { t } = useI18n();
  const headingId = `all-report-${report.id}`;
  const period = periodLabel(report.period, periods, t);
  const dash = t('common.dash');
  return (
    <article id={inQueue ? undefined : reportAnchor(report.id)} tabIndex={inQueue ? undefined : -1}
      className="review-item fragment-target" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('review.heading', { code: report.taskCode, unit: nameWithCarrier(report.unitName, report.carriedBy, t), period })}</h3>
      <p>
        <span className={`badge state-badge state-badge--${report.state}`}>{stateLabel(report.state, t)}</span>{' '}
        {report.taskTitle}
      </p>
      {report.submittedAt ? (
        <p className="muted">
          {t('review.submitted', { name: report.submittedBy ?? dash, time: formatDateTime(report.submittedAt) })}
        </p>
      ) : null}
      <ReportDetails report={report} indicators={indicators} />
      {report.reviewedAt ? (
        <p className="muted">{t('plan.reviewed', { name: report.reviewedBy ?? dash, time: formatDateTime(report.reviewedAt) })}</p>
      ) : null}
      {report.reviewComment ? <p className="prewrap">{t('tasks.reviewComment', { comment: report.reviewComment })}</p> : null}
      {inQueue ? <p className="muted">{t('plan.inReviewQueue')}</p> : null}
    </article>
  );
}
