import { HrefLink } from '../../../app/components/href-link';
import { useI18n } from '../../../app/i18n-context';
import { Link, paths, usePathname } from '../../../app/router';
import { useSession } from '../../../app/session';
import type { Segment, Sentiment } from '../api-types';

/** Text with its watchlist matches as <mark> (the segments come from the server's highlight(); React escapes them). */
export function Highlighted({ segments }: { segments: readonly Segment[] }) {
  return (
    <>
      {segments.map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
    </>
  );
}

/** Sentiment in words (never the code), with a mark when an officer corrected it. */
export function SentimentBadge({ sentiment, corrected = false }: { sentiment: Sentiment; corrected?: boolean }) {
  const { t } = useI18n();
  return (
    <span className={`mon-sentiment mon-sentiment--${sentiment}`}>
      {t(`mon.sentiment.${sentiment}`)}
      {corrected ? <span className="mon-sentiment__note"> {t('mon.sentiment.corrected')}</span> : null}
    </span>
  );
}

/** Proper names of platforms (the same in both languages); the generic ones are translated. */
const PLATFORM_NAMES: Record<string, string> = { facebook: 'Facebook', youtube: 'YouTube', tiktok: 'TikTok', zalo: 'Zalo' };

/** The platform's name as people write it; an unknown code reads "Khác" / "Other". */
export function usePlatformName(): (platform: string | null) => string {
  const { t } = useI18n();
  return (p) => {
    if (!p) return t('mon.platform.other');
    if (PLATFORM_NAMES[p]) return PLATFORM_NAMES[p]!;
    return p === 'news' ? t('mon.platform.news') : p === 'forum' ? t('mon.platform.forum') : t('mon.platform.other');
  };
}

/** The monitoring section's links: the core's pages, then the response side's (alerts, review, overview). */
export function MonitoringNav() {
  const { t } = useI18n();
  const { state } = useSession();
  const pathname = usePathname().replace(/\/+$/, '');
  const can = (a: string) => state.status === 'signedIn' && state.me.abilities[a] === true;
  const links = [
    { to: paths.monitoring, label: t('mon.nav.items'), show: can('monitoring.read') },
    { to: paths.monitoringSources, label: t('mon.nav.sources'), show: can('monitoring.read') },
    { to: paths.monitoringWatchlists, label: t('mon.nav.watchlists'), show: can('monitoring.read') },
    { to: paths.monitoringImports, label: t('mon.nav.imports'), show: can('monitoring.read') },
  ].filter((l) => l.show);
  // the response side's pages (alerts, review, overview) are theirs: linked by address
  const more = [
    { href: '/office/monitoring/alerts', label: t('mon.nav.alerts'), show: can('monitoring.response.read') },
    { href: '/office/monitoring/review', label: t('mon.nav.review'), show: can('monitoring.review') },
    { href: '/office/monitoring/dashboard', label: t('mon.nav.dashboard'), show: can('monitoring.response.read') },
  ].filter((l) => l.show);
  return (
    <nav className="mon-nav" aria-label={t('mon.nav.label')}>
      <ul className="mon-nav__list">
        {links.map((l) => (
          <li key={l.to.to}>
            <Link to={l.to} aria-current={pathname === l.to.to ? 'page' : undefined}>
              {l.label}
            </Link>
          </li>
        ))}
        {more.map((l) => (
          <li key={l.href}>
            <HrefLink href={l.href} aria-current={pathname === l.href ? 'page' : undefined}>
              {l.label}
            </HrefLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
