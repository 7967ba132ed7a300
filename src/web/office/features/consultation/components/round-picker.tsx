import { useState, type ReactNode } from 'react';
import { formatDate, SelectField } from '../../../../ui';
import type { PolicyDetail } from '../../policies/api-types';
import type { Round } from '../api-types-rounds';
import { useI18n } from '../../../app/i18n-context';
import { Link, paths } from '../../../app/router';
import { EmptyText } from '../../../app/components/async-view';

/** Rounds of a draft in order, with the one to show first: the open round, else the latest. */
function roundsOf(policy: PolicyDetail): { rounds: Round[]; initial: Round | null } {
  const rounds = [...policy.rounds].sort((a, b) => a.opensOn.localeCompare(b.opensOn));
  const initial = rounds.find((r) => r.status === 'open') ?? rounds[rounds.length - 1] ?? null;
  return { rounds, initial };
}

/** Chooses a consultation round of a draft; renders the choice (select when there are several) and the content. */
export function RoundPicker({ policy, children }: { policy: PolicyDetail; children: (round: Round) => ReactNode }) {
  const { t } = useI18n();
  const { rounds, initial } = roundsOf(policy);
  const [chosen, setChosen] = useState('');
  const round = rounds.find((r) => r.id === chosen) ?? initial;
  if (!round) {
    return (
      <>
        <EmptyText text={t('consultation.noRounds')} />
        <p><Link to={paths.policy(policy.id, 'consultation')}>{t('consultation.goOpen')}</Link></p>
      </>
    );
  }
  return (
    <>
      {rounds.length > 1 ? (
        <SelectField label={t('round.pick')} name="round" value={round.id} onChange={(e) => setChosen(e.target.value)}
          options={rounds.map((r, i) => ({
            value: r.id,
            label: `${t('round.heading', { n: i + 1 })}: ${formatDate(r.opensOn)} – ${formatDate(r.closesOn)}`,
          }))} />
      ) : (
        <p className="muted">
          {t('round.heading', { n: 1 })}: {formatDate(round.opensOn)} – {formatDate(round.closesOn)}
        </p>
      )}
      {children(round)}
    </>
  );
}
