import { useQuery } from '@tanstack/react-query';
import { plansQueries } from '../api';
import type { PlanFigure } from '../api-types';
import { useI18n } from '../../../app/i18n-context';
import { AsyncView, EmptyText } from '../../../app/components/async-view';
import { HrefLink } from '../../../app/components/href-link';
import { numberText } from './plan-text';

function FigureLink({ figure }: { figure: PlanFigure }) {
  const content = (
    <>
      {figure.label}:{' '}
      <strong className="figure-list__value">{numberText(figure.value)}</strong>
    </>
  );
  const href = figure.source.href;
  if (!href) return content;
  return <HrefLink href={href}>{content}</HrefLink>;
}

/** "Số liệu tổng hợp" of a plan: each figure links to the records it was computed from. */
export function PlanFigures({ planId }: { planId: string }) {
  const { t } = useI18n();
  const result = useQuery(plansQueries.figures(planId));
  return (
    <section className="panel" aria-labelledby="figures-title">
      <h2 id="figures-title">{t('plan.figures')}</h2>
      <p className="muted">{t('plan.figuresIntro')}</p>
      <AsyncView result={result}>
        {(data) =>
          data.figures.length === 0 ? (
            <EmptyText />
          ) : (
            <ul className="figure-list">
              {data.figures.map((f) => (
                <li key={f.code}>
                  <FigureLink figure={f} />
                </li>
              ))}
            </ul>
          )
        }
      </AsyncView>
    </section>
  );
}
