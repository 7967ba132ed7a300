import { useQuery } from '@tanstack/react-query';
import { PageHeader } from '../../../../ui';
import { orgQueries } from '../api';
import type { OrgUnit } from '../api-types';
import { AsyncView } from '../../../app/components/async-view';
import { unitHref } from '../components/org-tree';
import { SuccessionTable } from '../components/succession-table';
import { UnitWork } from '../components/unit-work';
import { useValidityText } from '../components/validity-text';
import { isIsoDate } from '../../../app/dates';
import { useI18n } from '../../../app/i18n-context';
import { Link, paths } from '../../../app/router';
import { useDocumentTitle } from '../../../app/use-document-title';
import { DetailsRow } from '../../../app/components/details-row';


function UnitDetails({ unit, at }: { unit: OrgUnit; at: string | null }) {
  const { t } = useI18n();
  const validity = useValidityText();
  return (
    <>
      <PageHeader title={unit.name} description={unit.typeLabel} />
      <section className="panel" aria-labelledby="unit-details-title">
        <h2 id="unit-details-title">{t('unit.details')}</h2>
        <dl className="details-list">
          <DetailsRow label={t('unit.name')}>{unit.name}</DetailsRow>
          <DetailsRow label={t('unit.shortName')}>{unit.shortName}</DetailsRow>
          <DetailsRow label={t('unit.type')}>{unit.typeLabel || unit.type}</DetailsRow>
          <DetailsRow label={t('unit.level')}>{unit.levelLabel}</DetailsRow>
          <DetailsRow label={t('unit.parent')}>
            {unit.parentId ? <Link to={unitHref(unit.parentId, at)}>{unit.parentName ?? unit.parentId}</Link> : null}
          </DetailsRow>
          <DetailsRow label={t('unit.abbreviations')}>{unit.abbreviations.join(', ')}</DetailsRow>
          <DetailsRow label={t('unit.otherNames')}>{unit.otherNames.join('; ')}</DetailsRow>
          <DetailsRow label={t('unit.place')}>{unit.place}</DetailsRow>
          <DetailsRow label={t('unit.validity')}>{validity(unit.validFrom, unit.validTo)}</DetailsRow>
        </dl>
      </section>
      <UnitWork unit={unit} />
      <section aria-labelledby="unit-pred-title">
        <h2 id="unit-pred-title">{t('unit.predecessors')}</h2>
        <SuccessionTable caption={t('unit.predecessors')} rows={unit.predecessors} />
      </section>
      <section aria-labelledby="unit-succ-title">
        <h2 id="unit-succ-title">{t('unit.successors')}</h2>
        <SuccessionTable caption={t('unit.successors')} rows={unit.successors} />
      </section>
    </>
  );
}

/** Details of one unit with links to its predecessors and successors. */
export function UnitPage({ id, at }: { id: string; at: string | null }) {
  const { t } = useI18n();
  const result = useQuery(orgQueries.unit(id, at));
  useDocumentTitle(result.data?.name ?? t('unit.details'));
  return (
    <>
      <p className="back-link">
        <Link to={at ? paths.orgAt(at) : paths.org}>← {t('unit.back')}</Link>
      </p>
      {result.data === undefined ? <PageHeader title={t('unit.details')} /> : null}
      <AsyncView result={result}>{(unit) => <UnitDetails unit={unit} at={at} />}</AsyncView>
    </>
  );
}
