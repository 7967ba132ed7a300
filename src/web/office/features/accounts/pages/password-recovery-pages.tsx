import { useMutation } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Alert, Button, Field, PageHeader } from '../../../../ui';
import { accountsApi } from '../api';
import { FormError } from '../../../app/components/form-error';
import { fieldErrors } from '../../../app/errors';
import { useI18n } from '../../../app/i18n-context';
import { Link, navigate, paths, useHash } from '../../../app/router';
import { useDocumentTitle } from '../../../app/use-document-title';

const MIN_PASSWORD = 10;

/** "Quên mật khẩu?": asks for a user name or email; the answer is the same whether or not an account matched. */
export function ForgotPasswordPage() {
  const { t } = useI18n();
  const [identifier, setIdentifier] = useState('');
  const [error, setError] = useState<string | undefined>();
  const ask = useMutation({ mutationFn: accountsApi.forgotPassword });
  const answer = ask.data?.message;
  useDocumentTitle(t('recovery.forgotTitle'));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    ask.reset();
    if (!identifier.trim()) {
      setError(t('recovery.identifierMissing'));
      return;
    }
    setError(undefined);
    ask.mutate(identifier.trim());
  };

  return (
    <div className="sign-in">
      <PageHeader title={t('recovery.forgotTitle')} description={t('recovery.forgotIntro')} />
      {answer ? (
        <Alert variant="success" role="status">{answer}</Alert>
      ) : (
        <form className="panel sign-in__form" onSubmit={onSubmit} noValidate>
          <FormError error={ask.error} shownFields={['identifier']} />
          <Field label={t('recovery.identifier')} requiredMark={t('common.required')} required name="identifier"
            autoComplete="username" autoCapitalize="none" spellCheck={false} value={identifier}
            onChange={(e) => setIdentifier(e.target.value)} error={error} />
          <Button type="submit" busy={ask.isPending}>{t('recovery.send')}</Button>
        </form>
      )}
      <p><Link to={paths.signIn}>{t('recovery.backToSignIn')}</Link></p>
    </div>
  );
}

/** The page the mail links to: the token is in the URL fragment; a new password ends every session. */
export function ResetPasswordPage() {
  const { t } = useI18n();
  const hash = useHash();
  const [token] = useState(hash);
  const [values, setValues] = useState({ next: '', repeat: '' });
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const reset = useMutation({
    mutationFn: (newPassword: string) => accountsApi.resetWithToken(token, newPassword),
    onError: (err) => setErrors({ next: fieldErrors(err).newPassword }),
  });
  const failure = reset.error;
  useDocumentTitle(t('recovery.resetTitle'));

  // the token leaves the address bar (and the history) once read
  useEffect(() => {
    if (window.location.hash) navigate(paths.resetPassword, { replace: true });
  }, []);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    reset.reset();
    const local: Record<string, string> = {};
    if (values.next.length < MIN_PASSWORD) local.next = t('account.tooShort');
    else if (values.repeat !== values.next) local.repeat = t('account.mismatch');
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    reset.mutate(values.next);
  };

  return (
    <div className="sign-in">
      <PageHeader title={t('recovery.resetTitle')} />
      {!token ? (
        <Alert variant="error">{t('recovery.noToken')}</Alert>
      ) : reset.isSuccess ? (
        <Alert variant="success" role="status">{t('recovery.resetDone')}</Alert>
      ) : (
        <form className="panel sign-in__form" onSubmit={onSubmit} noValidate>
          <FormError error={failure} shownFields={['newPassword']} />
          <Field label={t('account.new')} requiredMark={t('common.required')} required type="password" name="newPassword"
            autoComplete="new-password" minLength={MIN_PASSWORD} hint={t('recovery.passwordHint')} value={values.next}
            onChange={(e) => setValues((v) => ({ ...v, next: e.target.value }))} error={errors.next} />
          <Field label={t('account.repeat')} requiredMark={t('common.required')} required type="password" name="repeatPassword"
            autoComplete="new-password" value={values.repeat}
            onChange={(e) => setValues((v) => ({ ...v, repeat: e.target.value }))} error={errors.repeat} />
          <Button type="submit" busy={reset.isPending}>{t('recovery.save')}</Button>
        </form>
      )}
      <p>
        {!token || failure ? <><Link to={paths.forgotPassword}>{t('recovery.askAgain')}</Link>{' · '}</> : null}
        <Link to={paths.signIn}>{t('recovery.backToSignIn')}</Link>
      </p>
    </div>
  );
}
