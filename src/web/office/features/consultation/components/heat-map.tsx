import { useQuery } from '@tanstack/react-query';
import { consultationQueries } from '../api';
import type { HeatCounts } from '../api-types';
import { useI18n } from '../../../app/i18n-context';
import { AsyncView } from '../../../app/components/async-view';
import { BarChart, type BarSeries } from '../../../app/components/bar-chart';
import { heatClass } from '../../policies/components/policy-text';

const COLUMNS: ReadonlyArray<keyof HeatCounts> = ['total', 'agree', 'disagree', 'propose'];

interface HeatRow extends HeatCounts {
  key: string;
  name: string;
}

/** The chart's parts: each stance, and the comments that state none (when there are any). */
function stanceSeries(rows: readonly HeatRow[], t: ReturnType<typeof useI18n>['t']): BarSeries[] {
  const none = rows.map((r) => Math.max(0, r.total - r.agree - r.disagree - r.propose));
  const series: BarSeries[] = [
    { key: 'agree', label: t('heatmap.agree'), tone: 'agree', values: rows.map((r) => r.agree) },
    { key: 'disagree', label: t('heatmap.disagree'), tone: 'disagree', values: rows.map((r) => r.disagree) },
    { key: 'propose', label: t('heatmap.propose'), tone: 'propose', values: rows.map((r) => r.propose) },
  ];
  return none.some((n) => n > 0) ? [...series, { key: 'none', label: t('heatmap.noStance'), tone: 'other', values: none }] : series;
}

/**
 * Per-article comments of a round: a chart of the stances per article (uPlot) above the heat map table, one row per
 * article with cells coloured `heat-0`…`heat-5` and the count as text (what a screen reader reads).
 */
export function HeatMap({ roundId }: { roundId: string }) {
  const { t } = useI18n();
  const result = useQuery(consultationQueries.heatmap(roundId));
  return (
    <section className="panel" aria-labelledby="heatmap-title">
      <h3 id="heatmap-title">{t('heatmap.title')}</h3>
      <p className="muted" id="heatmap-legend">{t('heatmap.legend')}</p>
      <AsyncView result={result}>
        {(data) => {
          const rows: HeatRow[] = data.articles.map((a) => ({ ...a, key: a.anchor, name: [a.label, a.title].filter(Boolean).join('. ') }));
          rows.push({ ...data.general, key: '__general', name: t('comment.general') });
          const max = Object.fromEntries(COLUMNS.map((c) => [c, Math.max(0, ...rows.map((r) => r[c]))])) as Record<keyof HeatCounts, number>;
          return (
            <>
            {rows.some((r) => r.total > 0) ? (
              <BarChart label={t('heatmap.chart')} categories={rows.map((r) => r.name)} series={stanceSeries(rows, t)} />
            ) : null}
            <div className="dt-table-scroll" role="group" aria-labelledby="heatmap-title" tabIndex={0}>
              <table className="dt-table heatmap" aria-describedby="heatmap-legend">
                <caption className="dt-table__caption">{t('heatmap.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('comment.article')}</th>
                    {COLUMNS.map((c) => <th key={c} scope="col" className="num">{t(`heatmap.${c}`)}</th>)}
                  </tr>
                </thead>
                <tbody>
                  {rows.length === 0 ? (
                    <tr><td colSpan={COLUMNS.length + 1} className="dt-table__empty">{t('heatmap.empty')}</td></tr>
                  ) : rows.map((r) => (
                    <tr key={r.key}>
                      <th scope="row">{r.name}</th>
                      {COLUMNS.map((c) => (
                        <td key={c} className={`num heat ${heatClass(r[c], max[c])}`}>{r[c]}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            </>
          );
        }}
      </AsyncView>
    </section>
  );
}
