import { DateText } from '../../../../ui';
import { roundsApi } from '../api';
import type { PolicyDetail } from '../../policies/api-types';
import type { Round, RoundCounts } from '../api-types-rounds';
import { useI18n } from '../../../app/i18n-context';
import { ConsulteeDeadlines, ConsulteeTable } from './consultee-table';
import { RoundChanges, RoundControl } from './round-control';
import { targetGroupLabel } from './round-open-form';
import { labelOf } from '../../policies/components/policy-text';
import { SynthesisPublish } from './synthesis-publish';

const COUNT_KEYS: ReadonlyArray<keyof RoundCounts> = ['total', 'pendingVerification', 'pending', 'published', 'withheld', 'answered', 'approved'];

function Downloads({ round, describedBy }: { round: Round; describedBy: string }) {
  const { t } = useI18n();
  const files = [
    ['synthesis.docx', 'downloads.docx'],
    ['comments.xlsx', 'downloads.xlsx'],
    ['comments.csv', 'downloads.csv'],
  ] as const;
  return (
    <ul className="download-list" aria-label={t('downloads.label')}>
      {files.map(([file, label]) => (
        <li key={file}>
          <a href={roundsApi.exportHref(round.id, file)} download className="dt-button dt-button--secondary dt-button--small"
            aria-describedby={describedBy}>
            {t(label)}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** One consultation round: dates, status, rules, comment counts, downloads, synthesis report and consultees. */
export function RoundPanel({ policy, round, index }: { policy: PolicyDetail; round: Round; index: number }) {
  const { t } = useI18n();
  const headingId = `round-${round.id}`;
  const version = policy.versions.find((v) => v.id === round.versionId);
  const counts = round.counts;
  const abilities = policy.abilities;
  return (
    <section className="panel round" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t('round.heading', { n: index })}: <DateText value={round.opensOn} /> – <DateText value={round.closesOn} />{' '}
        <span className={`badge round-badge--${round.status}`}>{labelOf('roundStatus', round.status, t)}</span>
      </h3>
      <dl className="details-list">
        <div className="details-list__row">
          <dt>{t('round.version')}</dt>
          <dd>{version ? t('versions.label', { no: version.versionNo }) : t('common.dash')}</dd>
        </div>
        <div className="details-list__row">
          <dt>{t('round.minDays')}</dt>
          <dd>{t('round.days', { count: round.minDays })}</dd>
        </div>
        <div className="details-list__row">
          <dt>{t('round.groups')}</dt>
          <dd>{round.targetGroups.length > 0 ? round.targetGroups.map((g) => targetGroupLabel(g, t)).join('; ') : t('common.dash')}</dd>
        </div>
      </dl>
      <RoundChanges round={round} />
      <RoundControl round={round} canEdit={abilities.canEdit} />
      <ConsulteeDeadlines consultees={round.consultees} />
      {counts ? (
        <>
        <h4>{t('round.counts')}</h4>
        <dl className="count-grid">
          {COUNT_KEYS.map((k) => (
            <div key={k} className="count-grid__item">
              <dt>{t(`count.${k}`)}</dt>
              <dd>{counts[k]}</dd>
            </div>
          ))}
        </dl>
        </>
      ) : null}
      {/* the exports hold the commenters' contacts: the drafting unit's moderators only (the published report is on the portal) */}
      {abilities.canModerate ? (
        <>
          <h4>{t('downloads.label')}</h4>
          <Downloads round={round} describedBy={headingId} />
        </>
      ) : null}
      <h4>{t('synthesis.title')}</h4>
      <SynthesisPublish round={round} canPublish={abilities.canAnswer} />
      <h4>{t('consultees.title')}</h4>
      <ConsulteeTable consultees={round.consultees} canEdit={abilities.canEdit}
        caption={t('consultees.caption', { n: index })} />
    </section>
  );
}
