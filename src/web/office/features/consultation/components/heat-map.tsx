import { useQuery } from '@tanstack/react-query';
import { consultationQueries } from '../api';
import type { HeatCounts } from '../api-types';
import { useI18n } from '../../../app/i18n-context';
import { AsyncView } from '../../../app/components/async-view';
import { heatClass } from '../../policies/components/policy-text';

const COLUMNS: ReadonlyArray<keyof HeatCounts> = ['total', 'agree', 'disagree', 'propose'];

interface HeatRow extends HeatCounts {
  key: string;
  name: string;
}

/** Per-article heat map of a round: one row per article, cells coloured `heat-0`…`heat-5` with the count as text. */
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
          );
        }}
      </AsyncView>
    </section>
  );
}
