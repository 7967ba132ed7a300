/**
 * Which locale a portal request is served in: `?lang=en` / `?lang=vi` first (remembered in the `dt_lang` cookie
 * for a year), then that cookie, then Vietnamese.
 */
import type { FastifyReply } from 'fastify';
import { DEFAULT_LOCALE, isLocale, type Locale } from './i18n';

/** The cookie that remembers the chosen locale. */
export const LOCALE_COOKIE = 'dt_lang';

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/** What a locale is read from: a request's parsed query and cookies. */
export interface LocaleSource {
  query: unknown;
  cookies: { [name: string]: string | undefined };
}

/** The locale asked for in the query string (`lang`), or null when none or not one of ours. */
export function queryLocale(query: unknown): Locale | null {
  if (typeof query !== 'object' || query === null || !('lang' in query)) return null;
  return isLocale(query.lang) ? query.lang : null;
}

/** The locale of a request, without side effects: query, then cookie, then the default. */
export function localeOf(source: LocaleSource): Locale {
  const remembered = source.cookies[LOCALE_COOKIE];
  return queryLocale(source.query) ?? (isLocale(remembered) ? remembered : DEFAULT_LOCALE);
}

/**
 * The locale a page handler renders in, derived once per request. A `?lang=` in the query is also remembered:
 * the reply sets `dt_lang` (one year, path /, SameSite=Lax, HttpOnly; Secure when the portal runs on HTTPS).
 */
export function pageLocale(request: LocaleSource, reply: Pick<FastifyReply, 'setCookie'>, opts: { secure: boolean }): Locale {
  const asked = queryLocale(request.query);
  if (asked) reply.setCookie(LOCALE_COOKIE, asked, { path: '/', maxAge: ONE_YEAR_SECONDS, sameSite: 'lax', httpOnly: true, secure: opts.secure });
  return localeOf(request);
}
