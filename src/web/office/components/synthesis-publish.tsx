import { useState } from 'react';
import { Alert, Button, DateText, formatDate } from '../../ui';
import { roundsApi } from '../api-policies';
import { roundControlApi } from '../api-rounds';
import type { Round } from '../api-types-policies';
import type { RoundExclusions } from '../api-types-rounds';
import { useI18n } from '../i18n-context';
import { ConfirmAction } from './confirm-action';
import { FormError } from './form-error';
import { addDaysIso } from './round-control';

/** The comments the synthesis report leaves out, counted by reason, then listed (first page). */
function ExclusionList({ exclusions }: { exclusions: RoundExclusions }) {
  const { t } = useI18n();
  if (exclusions.excluded === 0) return <p>{t('synthesis.noExclusions', { counted: exclusions.counted })}</p>;
  return (
    <section className="synthesis-exclusions" aria-labelledby="synthesis-exclusions-title">
      <h5 id="synthesis-exclusions-title">{t('synthesis.exclusionsTitle', { excluded: exclusions.excluded, counted: exclusions.counted })}</h5>
      <ul>
        {exclusions.groups.map((g) => <li key={g.code}>{g.label}: {g.n}</li>)}
      </ul>
      <details>
        <summary>{t('synthesis.exclusionsList', { shown: exclusions.items.length, total: exclusions.itemsTotal })}</summary>
        <ul className="synthesis-exclusions__items">
          {exclusions.items.map((c) => (
            <li key={c.id}>{c.receiptCode} · {c.articleLabel} · {c.label}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}

/**
 * "Công bố báo cáo tổng hợp": offered only once the round has ended, saying until when otherwise. Before the
 * confirmation it shows which comments the report leaves out and why; the server's reason (422) is shown when
 * comments still wait for moderation or an approved answer.
 */
export function SynthesisPublish({ round, canPublish, onPublished }: { round: Round; canPublish: boolean; onPublished: () => void }) {
  const { t } = useI18n();
  const [exclusions, setExclusions] = useState<RoundExclusions | null>(null);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState(false);

  if (round.synthesis) {
    return (
      <Alert variant="success" role="status">
        {t('synthesis.published')} <DateText value={round.synthesis.publishedAt} withTime />.
        {round.synthesis.fileUrl ? <> <a href={round.synthesis.fileUrl}>{t('synthesis.file')}</a></> : null}
      </Alert>
    );
  }
  if (round.status !== 'closed') {
    const from = round.synthesisFrom ?? addDaysIso(round.closesOn, 1);
    return <p className="muted">{t('synthesis.afterClose', { date: formatDate(from), end: formatDate(round.closesOn) })}</p>;
  }
  if (!canPublish) return <p className="muted">{t('synthesis.notYet')}</p>;
  const c = round.counts;
  const waiting = c ? c.pending : 0;

  const prepare = async () => {
    setFailure(null);
    setBusy(true);
    try {
      setExclusions(await roundControlApi.exclusions(round.id));
      setAsking(true);
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(false);
    }
  };

  const publish = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await roundsApi.publishSynthesis(round.id);
      setAsking(false);
      setDone(true);
      onPublished();
    } catch (err) {
      setFailure(err);
      setAsking(false);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="synthesis">
      {done ? <Alert variant="success">{t('synthesis.done')}</Alert> : null}
      {waiting > 0 ? <p className="muted">{t('synthesis.waitingModeration', { count: waiting })}</p> : null}
      <FormError error={failure} />
      {asking && exclusions ? (
        <>
          <ExclusionList exclusions={exclusions} />
          <ConfirmAction question={t('synthesis.confirm')} confirmLabel={t('synthesis.confirmButton')} busy={busy}
            onConfirm={publish} onCancel={() => setAsking(false)} />
        </>
      ) : (
        <Button busy={busy} onClick={prepare}>{t('synthesis.publish')}</Button>
      )}
    </div>
  );
}
