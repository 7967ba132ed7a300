import type { ReactNode } from 'react';
import { portalAssets } from './assets';
import { otherLocale, t, type Key, type Locale } from './i18n';

export interface PortalFrame {
  /** The province as of today, e.g. "Tỉnh Lào Cai". */
  provinceName: string;
  /** The issuing authority shown above the site name, e.g. "Ủy ban nhân dân tỉnh Lào Cai". */
  authorityName: string;
  /** The province's place name, e.g. "Lào Cai", for the English names; null when unknown. */
  place: string | null;
  /** The navigation entry the page belongs to, e.g. "/gop-y". */
  currentPath: string;
  /** This page's own path and query, kept by the language link. */
  url: string;
}

const NAV: { href: string; label: Key }[] = [
  { href: '/', label: 'nav.home' },
  { href: '/gop-y', label: 'nav.consultations' },
  { href: '/gop-y/tra-cuu', label: 'nav.follow' },
  { href: '/co-cau-to-chuc', label: 'nav.org' },
  { href: '/nguoi-phat-ngon', label: 'nav.spokespeople' },
  { href: '/hop-bao', label: 'nav.pressConferences' },
  { href: '/san-pham-truyen-thong', label: 'nav.products' },
  { href: '/thong-tin-su-co', label: 'nav.crises' },
];

/** How the site names the province and its authority in `locale` (Vietnamese: the directory's own names). */
export function siteNames(locale: Locale, frame: PortalFrame): { province: string; provinceInline: string; authority: string } {
  const place = frame.place ? { place: frame.place } : null;
  if (locale === 'vi') return { province: frame.provinceName, provinceInline: frame.provinceName.replace(/^Tỉnh /, 'tỉnh '), authority: frame.authorityName };
  const province = place ? t(locale, 'site.province', place) : t(locale, 'site.provinceUnknown');
  return { province, provinceInline: province, authority: place ? t(locale, 'site.authority', place) : t(locale, 'site.authorityUnknown') };
}

/**
 * The same page in the other locale: this page's path and query with `lang` set. Only the path is kept from the
 * URL, with one leading slash, so the link can never point to another site.
 */
export function languageHref(url: string, locale: Locale): string {
  let parsed: URL;
  try {
    parsed = new URL(url, 'http://portal.invalid');
  } catch {
    // '//' alone parses as an address with an empty host and throws: read it as the path '/'
    parsed = new URL(`/${url.replace(/^[/\\]+/, '')}`, 'http://portal.invalid');
  }
  parsed.searchParams.set('lang', locale);
  return `/${parsed.pathname.replace(/^\/+/, '')}${parsed.search}`;
}

/** The portal's frame: skip link, header with the province and the language link, navigation, main, footer. No client JavaScript. */
export function Layout(props: { frame: PortalFrame; locale: Locale; title: string; children: ReactNode }) {
  const { frame, locale } = props;
  const site = siteNames(locale, frame);
  const other = otherLocale(locale);
  const current = currentNavHref(frame.currentPath);
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{t(locale, 'layout.title', { title: props.title, province: site.province })}</title>
        <meta name="description" content={t(locale, 'layout.description', { authority: site.authority })} />
        <link rel="stylesheet" href={portalAssets.href('base.css')} />
        <link rel="stylesheet" href={portalAssets.href('portal.css')} />
      </head>
      <body>
        <a className="skip-link" href="#noi-dung">
          {t(locale, 'layout.skip')}
        </a>
        <header className="portal-header">
          <div className="portal-header__inner">
            <p className="portal-header__lang">
              <a href={languageHref(frame.url, other)} lang={other} hrefLang={other}>
                {t(other, 'lang.name')}
              </a>
            </p>
            <p className="portal-header__authority">{site.authority.toUpperCase()}</p>
            <p className="portal-header__site">
              <a href="/">{t(locale, 'layout.site', { province: site.provinceInline })}</a>
            </p>
          </div>
          <nav aria-label={t(locale, 'nav.label')} className="portal-nav">
            <ul>
              {NAV.map((item) => (
                <li key={item.href}>
                  <a href={item.href} aria-current={item.href === current ? 'page' : undefined}>
                    {t(locale, item.label)}
                  </a>
                </li>
              ))}
              <li className="portal-nav__end">
                <a href="/office/">{t(locale, 'nav.staff')}</a>
              </li>
            </ul>
          </nav>
        </header>
        <main id="noi-dung" className="portal-main">
          {props.children}
        </main>
        <footer className="portal-footer">
          <p>{t(locale, 'layout.footer', { authority: site.authority })}</p>
        </footer>
      </body>
    </html>
  );
}

/**
 * The navigation entry a page belongs to: the longest entry its path falls under, so that "/gop-y/tra-cuu" is
 * the lookup and not also "/gop-y". At most one entry is current; none for a page outside the navigation.
 */
export function currentNavHref(path: string): string | null {
  const under = (href: string) => (href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`));
  const matches = NAV.map((item) => item.href).filter(under);
  return matches.sort((a, b) => b.length - a.length)[0] ?? null;
}
