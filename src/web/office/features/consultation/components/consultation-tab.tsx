import type { PolicyDetail } from '../../policies/api-types';
import { useI18n } from '../../../app/i18n-context';
import { EmptyText } from '../../../app/components/async-view';
import { RoundOpenForm } from './round-open-form';
import { RoundPanel } from './round-panel';

/** Consultation: link to the public page, every round (newest first) and the form that opens a round. */
export function ConsultationTab({ policy }: { policy: PolicyDetail }) {
  const { t } = useI18n();
  const rounds = [...policy.rounds].sort((a, b) => a.opensOn.localeCompare(b.opensOn));
  return (
    <>
      <p>
        {policy.publicUrl ? (
          <a href={policy.publicUrl} className="external-link">{t('consultation.publicLink')}</a>
        ) : (
          <span className="muted">{t('consultation.noPublicUrl')}</span>
        )}
      </p>
      {rounds.length === 0 ? <EmptyText text={t('consultation.noRounds')} /> : null}
      {rounds
        .map((round, i) => ({ round, n: i + 1 }))
        .reverse()
        .map(({ round, n }) => (
          <RoundPanel key={round.id} policy={policy} round={round} index={n} />
        ))}
      {policy.abilities.canEdit ? <RoundOpenForm policy={policy} /> : null}
    </>
  );
}
