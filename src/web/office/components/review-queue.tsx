import { useEffect, useRef, useState } from 'react';
import { Alert } from '../../ui';
import { plansApi } from '../api-endpoints';
import type { Indicator, PlanPeriod } from '../api-types-plans';
import { useI18n } from '../i18n-context';
import { useAsync } from '../use-async';
import { AsyncView, EmptyText } from './async-view';
import { ReviewItem } from './review-item';

/** Props of {@link ReviewQueue}. */
export interface ReviewQueueProps {
  planId: string;
  periods: readonly PlanPeriod[];
  /** Called after a decision so the plan's progress can be re-read. */
  onReviewed: () => void;
}

/** "Báo cáo chờ duyệt": the plan's submitted reports, each accepted or returned in place. */
export function ReviewQueue({ planId, periods, onReviewed }: ReviewQueueProps) {
  const { t } = useI18n();
  const reports = useAsync((signal) => plansApi.reports(planId, 'submitted', signal), [planId], { keepPrevious: true });
  // The catalogue only improves the display (labels instead of codes): a failure leaves the codes.
  const catalogue = useAsync((signal) => plansApi.indicators(signal).catch((): Indicator[] => []), []);
  const [notice, setNotice] = useState<{ text: string; seq: number } | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

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
        {(data) =>
          data.items.length === 0 ? (
            <EmptyText text={t('review.none')} />
          ) : (
            <ul className="review-list">
              {data.items.map((r) => (
                <li key={r.id}>
                  <ReviewItem report={r} periods={periods} indicators={catalogue.data ?? []}
                    onReviewed={(done, decision) => {
                      reports.update((d) => ({ ...d, items: d.items.filter((x) => x.id !== r.id) }));
                      const params = { code: done.taskCode, unit: done.unitName };
                      const text = t(decision === 'accept' ? 'review.accepted' : 'review.returned', params);
                      setNotice((n) => ({ text, seq: (n?.seq ?? 0) + 1 }));
                      onReviewed();
                    }} />
                </li>
              ))}
            </ul>
          )
        }
      </AsyncView>
    </section>
  );
}
