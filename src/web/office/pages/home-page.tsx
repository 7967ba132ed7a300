import { PageHeader } from '../../ui';
import { roleInUnit } from '../components/role-text';
import { isCurrent, navItemsFor } from '../components/nav-items';
import { useI18n } from '../i18n-context';
import { Link, paths } from '../router';
import { useMe } from '../session';
import { useDocumentTitle } from '../use-document-title';

/** Greeting, the user's roles and units, and links to the sections they may open. */
export function HomePage() {
  const { t } = useI18n();
  const me = useMe();
  useDocumentTitle(t('nav.home'));
  const sections = navItemsFor(me).filter((item) => !isCurrent(item, paths.home));

  return (
    <>
      <PageHeader title={t('home.greeting', { name: me.user.displayName })} description={t('home.intro')} />
      <section className="panel" aria-labelledby="home-roles">
        <h2 id="home-roles">{t('home.roles')}</h2>
        {me.roles.length === 0 ? (
          <p className="empty">{t('home.noRoles')}</p>
        ) : (
          <ul className="plain-list">
            {me.roles.map((r) => (
              <li key={`${r.role}:${r.unitId}`}>{roleInUnit(r, t)}</li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="home-sections">
        <h2 id="home-sections">{t('home.sections')}</h2>
        <ul className="card-grid">
          {sections.map((item) => (
            <li key={item.to} className="card">
              <Link to={item.to} className="card__link">
                {t(item.label)}
              </Link>
              <p className="card__text">{t(item.description)}</p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
