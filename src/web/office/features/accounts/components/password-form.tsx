import { useState, type FormEvent } from 'react';
import { Alert, Button, Field } from '../../../../ui';
import { sessionApi } from '../../../app/api-endpoints';
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
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const req = t('common.required');

  const set = (key: keyof typeof EMPTY) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone(false);
    setFailure(null);
    const local: Record<string, string> = {};
    if (!values.current) local.current = t('account.currentMissing');
    if (values.next.length < MIN_PASSWORD) local.next = t('account.tooShort');
    else if (values.repeat !== values.next) local.repeat = t('account.mismatch');
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    setBusy(true);
    try {
      await sessionApi.changePassword(values.current, values.next);
      setValues(EMPTY);
      setDone(true);
      await refresh();
    } catch (err) {
      const server = fieldErrors(err);
      setErrors({ current: server.currentPassword, next: server.newPassword });
      setFailure(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="panel" onSubmit={onSubmit} noValidate aria-labelledby="password-title">
      <h2 id="password-title">{t('account.password')}</h2>
      {done ? <Alert variant="success">{t('account.changed')}</Alert> : null}
      <FormError error={failure} shownFields={['currentPassword', 'newPassword']} />
      <Field label={t('account.current')} requiredMark={req} required type="password" name="currentPassword"
        autoComplete="current-password" value={values.current} onChange={set('current')} error={errors.current} />
      <Field label={t('account.new')} requiredMark={req} required type="password" name="newPassword"
        autoComplete="new-password" minLength={MIN_PASSWORD} hint={t('account.newHintRules')}
        value={values.next} onChange={set('next')} error={errors.next} />
      <Field label={t('account.repeat')} requiredMark={req} required type="password" name="repeatPassword"
        autoComplete="new-password" value={values.repeat} onChange={set('repeat')} error={errors.repeat} />
      <Button type="submit" busy={busy}>{t('account.submit')}</Button>
    </form>
  );
}
