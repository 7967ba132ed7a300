import { DateText } from '../../../../ui';
import { IMPACT_KEYS, type PolicyDetail } from '../api-types';
import { useI18n } from '../../../app/i18n-context';
import { labelOf } from './policy-text';
import { StageForm } from './stage-form';
import { StageHistory } from './stage-history';
import { DetailsRow } from '../../../app/components/details-row';


function Impact({ policy }: { policy: PolicyDetail }) {
  const { t } = useI18n();
  const impact = policy.impact;
  if (!impact) return <span className="muted">{t('impact.none')}</span>;
  const large = impact.isLargeImpact ?? IMPACT_KEYS.every((k) => impact.criteria[k] === true);
  return (
    <>
      <ul className="plain-list">
        {IMPACT_KEYS.map((k) => (
          <li key={k}>
            {t(`impact.${k}`)}: <strong>{impact.criteria[k] ? t('impact.yes') : t('impact.no')}</strong>
          </li>
        ))}
      </ul>
      <p className={large ? 'impact-large' : 'muted'}>{large ? t('impact.large') : t('impact.notLarge')}</p>
      {impact.note ? <p className="prewrap">{impact.note}</p> : null}
    </>
  );
}

/** Overview of a draft: facts, QĐ 407 assessment, stage history and the "Chuyển giai đoạn" form. */
export function PolicyOverview({ policy }: { policy: PolicyDetail }) {
  const { t } = useI18n();
  const versions = policy.versions;
  const latest = versions.length > 0 ? versions[versions.length - 1] : null;
  return (
    <>
      <div className="panel">
        <h3>{t('overview.facts')}</h3>
        <dl className="details-list">
          <DetailsRow label={t('policyNew.name')}>{policy.title}</DetailsRow>
          <DetailsRow label={t('policies.docType')}>{policy.docTypeLabel}</DetailsRow>
          <DetailsRow label={t('policies.unit')}>{policy.draftingUnitName}</DetailsRow>
          <DetailsRow label={t('policies.stage')}>{policy.stageLabel}</DetailsRow>
          <DetailsRow label={t('overview.regime')}>{policy.legalRegime ? labelOf('regime', policy.legalRegime, t) : null}</DetailsRow>
          <DetailsRow label={t('policyNew.summary')}>{policy.summary ? <span className="prewrap">{policy.summary}</span> : null}</DetailsRow>
          <DetailsRow label={t('impact.legend')}><Impact policy={policy} /></DetailsRow>
          <DetailsRow label={t('overview.versions')}>
            {latest ? (
              <>
                {t('overview.versionCount', { count: versions.length })}{' '}
                <span className="muted">
                  ({t('overview.latest', { no: latest.versionNo })}, <DateText value={latest.createdAt} />)
                </span>
              </>
            ) : t('versions.none')}
          </DetailsRow>
          <DetailsRow label={t('consultation.publicPage')}>
            {policy.publicUrl ? <a href={policy.publicUrl}>{policy.publicUrl}</a> : null}
          </DetailsRow>
        </dl>
      </div>
      <div className="panel">
        <h3 id="stage-history-title">{t('overview.history')}</h3>
        <StageHistory history={policy.history} labelledBy="stage-history-title" />
      </div>
      {policy.abilities.canEdit ? <StageForm policy={policy} /> : null}
    </>
  );
}
