import type { Indicator, PlanPeriod, Report } from '../api-types';
import { useI18n } from '../../../app/i18n-context';
import { AsyncView, EmptyText, type QueryView } from '../../../app/components/async-view';
import { ReportEntry } from './report-entry';
import { ShowMoreReports, useShownReports } from '../../../app/components/show-more';

/** Props of {@link AllReports}. */
export interface AllReportsProps {
  /** All reports of the plan (GET /api/v1/plans/:id/reports without a state). */
  reports: QueryView<{ items: Report[] }>;
  periods: readonly PlanPeriod[];
  indicators: readonly Indicator[];
  /** Tells which reports are already shown, with their anchor, in "Báo cáo chờ duyệt". */
  inQueue: (report: Report) => boolean;
  /** Whether the list is expanded; it opens by itself when a "#report-…" link points into it. */
  open: boolean;
  onToggle: (open: boolean) => void;
}

/** Reports listed at first; "Hiện thêm" adds as many again. */
const PAGE = 50;

function ReportList({ items, periods, indicators, inQueue }: Pick<AllReportsProps, 'periods' | 'indicators' | 'inQueue'> & { items: readonly Report[] }) {
  const { shown, more } = useShownReports(items, PAGE);
  return (
    <>
      <ul className="review-list">
        {items.slice(0, shown).map((r) => (
          <li key={r.id}>
            <ReportEntry report={r} periods={periods} indicators={indicators} inQueue={inQueue(r)} />
          </li>
        ))}
      </ul>
      <ShowMoreReports shown={shown} total={items.length} page={PAGE} onMore={more} />
    </>
  );
}

/** "Tất cả báo cáo": every report of the plan, reviewed or not, in a collapsible list; each has "report-<id>". */
export function AllReports({ reports, periods, indicators, inQueue, open, onToggle }: AllReportsProps) {
  const { t } = useI18n();
  return (
    <section className="panel" aria-labelledby="all-reports-title">
      <h2 id="all-reports-title">{t('plan.allReports')}</h2>
      <p className="muted">{t('plan.allReportsIntro')}</p>
      <AsyncView result={reports}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyText text={t('plan.allReportsEmpty')} />
          ) : (
            <details className="all-reports" open={open} onToggle={(e) => onToggle(e.currentTarget.open)}>
              <summary>{t('plan.allReportsToggle', { count: data.items.length })}</summary>
              {/* rendered only when open: a plan of 300 tasks × 60 units has tens of thousands of reports */}
              {open ? <ReportList items={data.items} periods={periods} indicators={indicators} inQueue={inQueue} /> : null}
            </details>
          )
        }
      </AsyncView>
    </section>
  );
}
