import { useEffect, useRef } from 'react';
import { Button } from '../../../ui';
import { useI18n } from '../i18n-context';

/** Props of {@link ConfirmAction}. */
export interface ConfirmActionProps {
  question: string;
  confirmLabel: string;
  danger?: boolean;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Inline confirmation: a question with Confirm and Cancel buttons; focus moves to Confirm. */
export function ConfirmAction({ question, confirmLabel, danger = false, busy = false, onConfirm, onCancel }: ConfirmActionProps) {
  const { t } = useI18n();
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => confirmRef.current?.focus(), []);
  return (
    <div className="confirm" role="group" aria-label={question}>
      <p className="confirm__question">{question}</p>
      <div className="confirm__buttons">
        <Button ref={confirmRef} variant={danger ? 'danger' : 'primary'} size="small" busy={busy} onClick={onConfirm}>
          {confirmLabel}
        </Button>
        <Button variant="secondary" size="small" disabled={busy} onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </div>
  );
}
