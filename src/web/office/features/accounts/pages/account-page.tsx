import { PageHeader } from '../../../../ui';
import { PasswordForm } from '../components/password-form';
import { roleInUnit } from '../components/role-text';
import { useI18n } from '../../../app/i18n-context';
import { useMe } from '../../../app/session';
import { useDocumentTitle } from '../../../app/use-document-title';

/** The signed-in user's account details and the change-password form. */
export function AccountPage() {
  const { t } = useI18n();
  const me = useMe();
  useDocumentTitle(t('account.title'));
  return (
    <>
      <PageHeader title={t('account.title')} />
      <section className="panel" aria-labelledby="account-info-title">
        <h2 id="account-info-title">{t('account.info')}</h2>
        <dl className="details-list">
          <div className="details-list__row">
            <dt>{t('users.username')}</dt>
            <dd>{me.user.username}</dd>
          </div>
          <div className="details-list__row">
            <dt>{t('users.displayName')}</dt>
            <dd>{me.user.displayName}</dd>
          </div>
          <div className="details-list__row">
            <dt>{t('users.roles')}</dt>
            <dd>
              {me.roles.length === 0 ? (
                t('home.noRoles')
              ) : (
                <ul className="plain-list">
                  {me.roles.map((r) => (
                    <li key={`${r.role}:${r.unitId}`}>{roleInUnit(r, t)}</li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
        </dl>
      </section>
      <PasswordForm />
    </>
  );
}
