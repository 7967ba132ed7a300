import { useState } from 'react';
import { Alert, Button, DateText } from '../../ui';
import { roundsApi } from '../api-policies';
import type { Round } from '../api-types-policies';
import { useI18n } from '../i18n-context';
import { ConfirmAction } from './confirm-action';
import { FormError } from './form-error';

/** "Công bố báo cáo tổng hợp" with a confirmation; shows the server's reason (422) when answers are missing. */
export function SynthesisPublish({ round, canPublish, onPublished }: { round: Round; canPublish: boolean; onPublished: () => void }) {
  const { t } = useI18n();
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
  if (!canPublish) return <p className="muted">{t('synthesis.notYet')}</p>;

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
      <FormError error={failure} />
      {asking ? (
        <ConfirmAction question={t('synthesis.confirm')} confirmLabel={t('synthesis.confirmButton')} busy={busy}
          onConfirm={publish} onCancel={() => setAsking(false)} />
      ) : (
        <Button onClick={() => { setAsking(true); setFailure(null); }}>{t('synthesis.publish')}</Button>
      )}
    </div>
  );
}
