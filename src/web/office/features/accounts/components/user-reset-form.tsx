import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, Field } from '../../../../ui';
import { accountQueries, usersApi } from '../api';
import type { User } from '../api-types';
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
  const queryClient = useQueryClient();
  const reset = useMutation({
    mutationFn: (newPassword: string) => usersApi.resetPassword(user.id, newPassword),
    onSuccess: () => {
      setPassword('');
      onDone(user);
      // the account now has to choose a new password at its next sign-in
      return queryClient.invalidateQueries({ queryKey: accountQueries.users });
    },
    onError: (err) => setError(fieldErrors(err).newPassword),
  });
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => inputRef.current?.focus(), [user.id]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    reset.reset();
    if (password.length < MIN_PASSWORD) {
      setError(t('users.passwordShort'));
      return;
    }
    setError(undefined);
    reset.mutate(password);
  };

  return (
    <form className="panel" onSubmit={onSubmit} noValidate aria-labelledby="user-reset-title">
      <h2 id="user-reset-title">{t('users.resetFor', { name: user.displayName })}</h2>
      <FormError error={reset.error} shownFields={['newPassword']} />
      <Field ref={inputRef} label={t('account.new')} requiredMark={t('common.required')} required
        name="newPassword" type="password" autoComplete="new-password" minLength={MIN_PASSWORD}
        hint={t('users.resetHintRules')} value={password} onChange={(e) => setPassword(e.target.value)} error={error} />
      <div className="button-row">
        <Button type="submit" busy={reset.isPending}>{t('users.reset')}</Button>
        <Button variant="secondary" onClick={onCancel}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}
