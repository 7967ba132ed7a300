import { useEffect, useRef, useState } from 'react';
import { Alert } from '../../../../ui';
import type { Indicator, PlanPeriod, Report } from '../api-types';
import { useI18n } from '../../../app/i18n-context';
import { AsyncView, EmptyText, type QueryView } from '../../../app/components/async-view';
import { ReviewItem } from './review-item';
import { ShowMoreReports, shownCount } from '../../../app/components/show-more';
import { useHash } from '../../../app/router';
import { nameWithCarrier } from '../../organisations/components/carried-by';

const PAGE = 20;

/** Props of {@link ReviewQueue}. */
export interface ReviewQueueProps {
  /** All reports of the plan (GET /api/v1/plans/:id/reports); the submitted ones are shown here. */
  reports: QueryView<{ items: Report[] }>;
  periods: readonly PlanPeriod[];
  /** The indicator catalogue, to show labels instead of codes. */
  indicators: readonly Indicator[];
  /** Called with the report in its new state after a decision, so the list and the plan's progress follow. */
  onReviewed: (report: Report) => void;
}

/** "Báo cáo chờ duyệt": the plan's submitted reports, each accepted or returned in place. */
export function ReviewQueue({ reports, periods, indicators, onReviewed }: ReviewQueueProps) {
  const { t } = useI18n();
  const [notice, setNotice] = useState<{ text: string; seq: number } | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  // A plan of 300 tasks × 60 units may have thousands of reports waiting: PAGE at a time (and the linked one).
  const [limit, setLimit] = useState(PAGE);
  const hash = useHash();
  const shown = (waiting: readonly Report[]) => shownCount(waiting, limit, hash);

  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  return (
    <section className="panel" aria-labelledby="review-title">
      <h2 id="review-title">{t('review.title')}</h2>
      <div ref={noticeRef} tabIndex={-1} className="focus-target">
        {notice ? <Alert variant="success">{notice.text}</Alert> : null}
      </div>
      <AsyncView result={reports}>
        {(data) => {
          const waiting = data.items.filter((r) => r.state === 'submitted');
          return waiting.length === 0 ? (
            <EmptyText text={t('review.none')} />
          ) : (
            <>
              <ul className="review-list">
                {waiting.slice(0, shown(waiting)).map((r) => (
                  <li key={r.id}>
                    <ReviewItem report={r} periods={periods} indicators={indicators}
                      onReviewed={(done, decision) => {
                        // The server's copy when it sent one; the state follows the decision in any case.
                        onReviewed({ ...r, ...done, state: decision === 'accept' ? 'accepted' : 'returned' });
                        const params = { code: done.taskCode, unit: nameWithCarrier(done.unitName, done.carriedBy ?? r.carriedBy, t) };
                        const text = t(decision === 'accept' ? 'review.accepted' : 'review.returned', params);
                        setNotice((n) => ({ text, seq: (n?.seq ?? 0) + 1 }));
                      }} />
                  </li>
                ))}
              </ul>
              <ShowMoreReports shown={shown(waiting)} total={waiting.length} page={PAGE} onMore={() => setLimit(shown(waiting) + PAGE)} />
            </>
          );
        }}
      </AsyncView>
    </section>
  );
}
