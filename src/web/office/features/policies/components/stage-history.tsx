import { DateText } from '../../../../ui';
import type { StageChange } from '../api-types';
import { useI18n } from '../../../app/i18n-context';
import { EmptyText } from '../../../app/components/async-view';
import { stageLabel } from './policy-text';

/** The stage changes of a draft as an ordered timeline, oldest first. */
export function StageHistory({ history, labelledBy }: { history: readonly StageChange[]; labelledBy: string }) {
  const { t } = useI18n();
  if (history.length === 0) return <EmptyText text={t('overview.noHistory')} />;
  const sorted = [...history].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <ol className="timeline" aria-labelledby={labelledBy}>
      {sorted.map((h, i) => (
        <li key={`${h.at}-${i}`} className="timeline__item">
          <p className="timeline__head">
            <strong>
              {h.fromStage
                ? t('overview.moved', { from: stageLabel(h.fromStage, t), to: stageLabel(h.toStage, t) })
                : stageLabel(h.toStage, t)}
            </strong>
          </p>
          <p className="timeline__meta">
            <DateText value={h.at} withTime /> — {h.actorName}
          </p>
          {h.note ? <p className="timeline__note prewrap">{h.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}
