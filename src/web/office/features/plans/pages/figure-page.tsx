import { useQuery } from '@tanstack/react-query';
import { PageHeader } from '../../../../ui';
import { plansQueries } from '../api';
import type { FigureDetail } from '../api-types';
import { AsyncView } from '../../../app/components/async-view';
import { FigureRecords } from '../components/figure-records';
import { numberText } from '../components/plan-text';
import { useI18n } from '../../../app/i18n-context';
import { Link, paths } from '../../../app/router';
import { useDocumentTitle } from '../../../app/use-document-title';

function FigureView({ figure }: { figure: FigureDetail }) {
  const { t } = useI18n();
  return (
    <>
      <section className="panel" aria-labelledby="figure-facts-title">
        <h2 id="figure-facts-title">{t('figure.facts')}</h2>
        <dl className="details-list">
          <div className="details-list__row">
            <dt>{t('figure.label')}</dt>
            <dd>{figure.label}</dd>
          </div>
          <div className="details-list__row">
            <dt>{t('figure.value')}</dt>
            <dd>
              <strong className="figure-value">{numberText(figure.value)}</strong>
            </dd>
          </div>
        </dl>
      </section>
      <FigureRecords figure={figure} />
    </>
  );
}

/** Props of {@link FigurePage}. */
export interface FigurePageProps {
  planId: string;
  code: string;
}

/** "Hồ sơ tạo nên số liệu": one figure of a plan's annual report and the tasks, reports or units behind it. */
export function FigurePage({ planId, code }: FigurePageProps) {
  const { t } = useI18n();
  const result = useQuery(plansQueries.figure(planId, code));
  const label = result.data?.label;
  useDocumentTitle(label ? `${label} — ${t('figure.title')}` : t('figure.title'));
  return (
    <>
      <p className="back-link">
        <Link to={paths.plan(planId)}>← {t('figure.back')}</Link>
      </p>
      <PageHeader title={t('figure.title')} description={label} />
      <AsyncView result={result}>{(figure) => <FigureView figure={figure} />}</AsyncView>
    </>
  );
}
