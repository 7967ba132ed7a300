import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, Field } from '../../../../ui';
import { usersApi } from '../../../app/api-endpoints';
import type { User } from '../../../app/api-types';
import { fieldErrors } from '../../../app/errors';
import { useI18n } from '../../../app/i18n-context';
import { FormError } from '../../../app/components/form-error';

const MIN_PASSWORD = 10;

/** Props of {@link UserResetForm}. */
export interface UserResetFormProps {
  user: User;
  onDone: (user: User) => void;
  onCancel: () => void;
}

/** Administrator form that sets a new password for another user. */
export function UserResetForm({ user, onDone, onCancel }: UserResetFormProps) {
  const { t } = useI18n();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => inputRef.current?.focus(), [user.id]);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    if (password.length < MIN_PASSWORD) {
      setError(t('users.passwordShort'));
      return;
    }
    setError(undefined);
    setBusy(true);
    try {
      await usersApi.resetPassword(user.id, password);
      setPassword('');
      onDone(user);
    } catch (err) {
      setError(fieldErrors(err).newPassword);
      setFailure(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="panel" onSubmit={onSubmit} noValidate aria-labelledby="user-reset-title">
      <h2 id="user-reset-title">{t('users.resetFor', { name: user.displayName })}</h2>
      <FormError error={failure} shownFields={['newPassword']} />
      <Field ref={inputRef} label={t('account.new')} requiredMark={t('common.required')} required
        name="newPassword" type="password" autoComplete="new-password" minLength={MIN_PASSWORD}
        hint={t('users.resetHintRules')} value={password} onChange={(e) => setPassword(e.target.value)} error={error} />
      <div className="button-row">
        <Button type="submit" busy={busy}>{t('users.reset')}</Button>
        <Button variant="secondary" onClick={onCancel}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}
