import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Alert, Button, Field } from '../../../../ui';
import { sessionApi } from '../../../app/session-api';
import { fieldErrors } from '../../../app/errors';
import { useI18n } from '../../../app/i18n-context';
import { useSession } from '../../../app/session';
import { FormError } from '../../../app/components/form-error';

const MIN_PASSWORD = 10;
const EMPTY = { current: '', next: '', repeat: '' };

/** Change-password form with client-side checks (length >= 10, both entries match). */
export function PasswordForm() {
  const { t } = useI18n();
  const { refresh } = useSession();
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const change = useMutation({
    mutationFn: ({ current, next }: typeof EMPTY) => sessionApi.changePassword(current, next),
    onSuccess: async () => {
      setValues(EMPTY);
      // the session no longer asks for a new password
      await refresh();
    },
    onError: (err) => {
      const server = fieldErrors(err);
      setErrors({ current: server.currentPassword, next: server.newPassword });
    },
  });
  const req = t('common.required');

  const set = (key: keyof typeof EMPTY) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    change.reset();
    const local: Record<string, string> = {};
    if (!values.current) local.current = t('account.currentMissing');
    if (values.next.length < MIN_PASSWORD) local.next = t('account.tooShort');
    else if (values.repeat !== values.next) local.repeat = t('account.mismatch');
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    change.mutate(values);
  };

  return (
    <form className="panel" onSubmit={onSubmit} noValidate aria-labelledby="password-title">
      <h2 id="password-title">{t('account.password')}</h2>
      {change.isSuccess ? <Alert variant="success">{t('account.changed')}</Alert> : null}
      <FormError error={change.error} shownFields={['currentPassword', 'newPassword']} />
      <Field label={t('account.current')} requiredMark={req} required type="password" name="currentPassword"
        autoComplete="current-password" value={values.current} onChange={set('current')} error={errors.current} />
      <Field label={t('account.new')} requiredMark={req} required type="password" name="newPassword"
        autoComplete="new-password" minLength={MIN_PASSWORD} hint={t('account.newHintRules')}
        value={values.next} onChange={set('next')} error={errors.next} />
      <Field label={t('account.repeat')} requiredMark={req} required type="password" name="repeatPassword"
        autoComplete="new-password" value={values.repeat} onChange={set('repeat')} error={errors.repeat} />
      <Button type="submit" busy={change.isPending}>{t('account.submit')}</Button>
    </form>
  );
}
