import { useState, type FormEvent } from 'react';
import { Alert } from '../../../../ui/alert';
import { Button } from '../../../../ui/button';
import { Field } from '../../../../ui/field';
import { PageHeader } from '../../../../ui/page-header';
import { sessionApi } from '../../../app/session-api';
import { describeError } from '../../../app/errors';
import { useI18n } from '../../../app/i18n-context';
import { Link, navigate, paths } from '../../../app/router';
import { useSession } from '../../../app/session';
import { useDocumentTitle } from '../../../app/use-document-title';

/** Sign-in form; shows the server's message on failure and opens the home page on success. */
export function SignInPage() {
  const { t } = useI18n();
  const { flash, setFlash, signedIn } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useDocumentTitle(t('signIn.title'));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFlash(null);
    if (!username.trim() || !password) {
      setError(t('signIn.missing'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const me = await sessionApi.signIn(username.trim(), password);
      signedIn(me);
      navigate(paths.home, { replace: true });
    } catch (err) {
      setError(describeError(err, t));
      setPassword('');
      setBusy(false);
    }
  };

  return (
    <div className="sign-in">
      <PageHeader title={t('signIn.title')} description={t('signIn.intro')} />
      {flash ? <Alert variant={flash.variant}>{t(flash.key)}</Alert> : null}
      {error ? <Alert variant="error">{error}</Alert> : null}
      <form className="panel sign-in__form" onSubmit={onSubmit} noValidate>
        <Field
          label={t('signIn.username')}
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          value={username}
          onChange={(e) => setUsername(e.target.value)}
        />
        <Field
          label={t('signIn.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <Button type="submit" busy={busy}>
          {t('signIn.submit')}
        </Button>
      </form>
      <p>
        <Link to={paths.forgotPassword}>{t('signIn.forgot')}</Link>
      </p>
    </div>
  );
}
