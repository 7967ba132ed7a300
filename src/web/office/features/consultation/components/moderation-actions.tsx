import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Alert, Button, SelectField } from '../../../../ui';
import { TextareaField } from '../../../../ui/textarea-field';
import { roundsApi } from '../api';
import { MODERATION_REASONS, type Comment, type ModerationInput, type ModerationReason } from '../api-types';
import { useI18n } from '../../../app/i18n-context';
import { FormError } from '../../../app/components/form-error';

function isReason(value: string): value is ModerationReason {
  return (MODERATION_REASONS as readonly string[]).includes(value);
}

/**
 * Bulk "Công bố" / "Không công bố" on the chosen comments. "Không công bố" needs a reason; the reason "Chứa thông
 * tin cá nhân" publishes an edited public text instead (one comment at a time).
 */
export function ModerationActions({ roundId, chosen, onDone }: { roundId: string; chosen: readonly Comment[]; onDone: (updated: number) => void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState<ModerationReason | ''>('');
  const [edited, setEdited] = useState<{ id: string; text: string } | null>(null);
  const [error, setError] = useState<string | undefined>();
  const moderate = useMutation({
    mutationFn: (input: ModerationInput) => roundsApi.moderate(roundId, input),
    onSuccess: (result) => {
      setReason('');
      setEdited(null);
      onDone(result.updated);
    },
  });
  const busy = moderate.isPending ? moderate.variables.action : null;
  const redact = reason === 'personal_data';
  const single = chosen.length === 1 ? chosen[0] : null;
  // The public text starts from the comment's public text (or its text) and follows the chosen comment.
  const publicBody = single ? (edited?.id === single.id ? edited.text : (single.publicBody ?? single.body)) : '';

  const run = (action: ModerationInput['action']) => {
    moderate.reset();
    if (chosen.length === 0) return setError(t('moderation.noneChosen'));
    if (action === 'withhold' && (!reason || redact)) return setError(t('moderation.reasonRequired'));
    if (redact && !single) return setError(t('moderation.redactOne'));
    if (redact && !publicBody.trim()) return setError(t('moderation.publicBodyRequired'));
    setError(undefined);
    const input: ModerationInput = { commentIds: chosen.map((c) => c.id), action };
    if (action === 'withhold' && reason) input.reason = reason;
    if (action === 'publish' && redact) Object.assign(input, { reason, publicBody: publicBody.trim() });
    moderate.mutate(input);
  };

  return (
    <div className="panel moderation-actions" role="group" aria-labelledby="moderation-actions-title">
      <h3 id="moderation-actions-title">{t('moderation.actions')}</h3>
      <p role="status">{chosen.length === 0 ? t('moderation.noneChosen') : t('moderation.chosen', { count: chosen.length })}</p>
      <FormError error={moderate.error} />
      <SelectField label={t('moderation.reason')} hint={t('moderation.reasonHint')} name="reason" value={reason}
        placeholder={t('moderation.reasonPlaceholder')} error={error}
        options={MODERATION_REASONS.map((r) => ({ value: r, label: t(`reason.${r}`) }))}
        onChange={(e) => { setReason(isReason(e.target.value) ? e.target.value : ''); setError(undefined); }} />
      {redact && single ? (
        <TextareaField label={t('moderation.publicBody')} hint={t('moderation.publicBodyHint', { code: single.receiptCode })}
          name="publicBody" rows={5} value={publicBody} onChange={(e) => setEdited({ id: single.id, text: e.target.value })} />
      ) : null}
      {redact && chosen.length > 1 ? <Alert variant="warning">{t('moderation.redactOne')}</Alert> : null}
      <div className="button-row">
        <Button busy={busy === 'publish'} disabled={busy !== null} onClick={() => run('publish')}>
          {t('moderation.publish')}
        </Button>
        <Button variant="danger" busy={busy === 'withhold'} disabled={busy !== null || redact} onClick={() => run('withhold')}>
          {t('moderation.withhold')}
        </Button>
      </div>
    </div>
  );
}
