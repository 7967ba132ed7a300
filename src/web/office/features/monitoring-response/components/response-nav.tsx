import { HrefLink } from '../../../app/components/href-link';
import { useI18n } from '../../../app/i18n-context';
import { Link, paths, usePathname } from '../../../app/router';
import { useSession } from '../../../app/session';

/** The monitoring section's own links: items (the core's pages), alerts, review and response, overview. */
export function ResponseNav() {
  const { t } = useI18n();
  const { state } = useSession();
  const pathname = usePathname();
  const can = (a: string) => state.status === 'signedIn' && state.me.abilities[a] === true;
  const links = [
    { to: paths.monitoringAlerts, label: t('mr.nav.alerts'), show: can('monitoring.read') },
    { to: paths.monitoringReview, label: t('mr.nav.review'), show: can('monitoring.review') },
    { to: paths.monitoringDashboard, label: t('mr.nav.dashboard'), show: can('monitoring.read') },
  ].filter((l) => l.show);
  return (
    <nav className="mr-nav" aria-label={t('mr.nav.label')}>
      <ul className="mr-nav__list">
        <li>
          <HrefLink href="/office/monitoring">{t('mr.nav.items')}</HrefLink>
        </li>
        {links.map((l) => (
          <li key={l.to.to}>
            <Link to={l.to} aria-current={pathname.replace(/\/+$/, '') === l.to.to ? 'page' : undefined}>
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
