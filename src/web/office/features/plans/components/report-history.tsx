import { DateText } from '../../../../ui';
import type { ReportSummary } from '../api-types';
import { useI18n } from '../../../app/i18n-context';
import { periodLabel, stateLabel } from './plan-text';

/** A unit's earlier reports on a task: period, state (Đã gửi / Đã chấp nhận / Bị trả lại) and the reviewer's comment. */
export function ReportHistory({ reports, label }: { reports: readonly ReportSummary[]; label: string }) {
  const { t } = useI18n();
  if (reports.length === 0) return <p className="muted report-history__empty">{t('tasks.noHistory')}</p>;
  return (
    <ul className="report-history" aria-label={label}>
      {reports.map((r) => (
        <li key={r.id}>
          <span>{periodLabel(r.period, undefined, t)}</span>{' '}
          <span className={`badge state-badge state-badge--${r.state}`}>{stateLabel(r.state, t)}</span>
          {r.submittedAt ? (
            <>
              {' '}
              <DateText value={r.submittedAt} className="muted" />
            </>
          ) : null}
          {r.reviewComment ? <p className="report-history__comment">{t('tasks.reviewComment', { comment: r.reviewComment })}</p> : null}
        </li>
      ))}
    </ul>
  );
}
