/**
 * Interface texts of the public portal. Vietnamese is the default locale and English the second one. The texts
 * live by area (`i18n-site.ts`, `i18n-consultation.ts`, `i18n-form.ts`); here they are merged into one typed
 * dictionary per locale. The drafts, comments and answers themselves are never translated, nor are the
 * validation messages of the server actions.
 */
import { consultationTexts, type ConsultationKey } from './i18n-consultation';
import { formTexts, type FormKey } from './i18n-form';
import { siteTexts, type SiteKey } from './i18n-site';

/** A locale of the portal. */
export type Locale = 'vi' | 'en';

/** Every locale, the default first. */
export const LOCALES: readonly Locale[] = ['vi', 'en'];

/** The locale of a request that asks for none. */
export const DEFAULT_LOCALE: Locale = 'vi';

/** A key of the portal's dictionary. */
export type Key = SiteKey | ConsultationKey | FormKey;

/** Values put into a text's `{name}` placeholders. */
export type Params = Readonly<Record<string, string | number>>;

const vi: Record<Key, string> = { ...siteTexts.vi, ...consultationTexts.vi, ...formTexts.vi };
const en: Record<Key, string> = { ...siteTexts.en, ...consultationTexts.en, ...formTexts.en };

/** The dictionaries by locale (read-only; exported for the completeness test). */
export const DICTIONARIES: Readonly<Record<Locale, Readonly<Record<Key, string>>>> = { vi, en };

/** Tells whether a value names a portal locale. */
export function isLocale(value: unknown): value is Locale {
  return value === 'vi' || value === 'en';
}

/** The other locale, the one the language link offers. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'vi' ? 'en' : 'vi';
}

/** The text of `key` in `locale`, with `{name}` placeholders filled from `params` (unknown ones kept as written). */
export function t(locale: Locale, key: Key, params?: Params): string {
  return fill(DICTIONARIES[locale][key], params);
}

/**
 * The text of `key` cut at its `{slot}` placeholder, both parts filled from `params`, so that the page can put an
 * element (a link) in the slot, e.g. "Keep this code to {link} of the drafting agency." Each locale orders its
 * sentence as it needs. The second part is empty when the text has no such slot.
 */
export function tAround(locale: Locale, key: Key, slot: string, params?: Params): [string, string] {
  const [before = '', ...rest] = DICTIONARIES[locale][key].split(`{${slot}}`);
  return [fill(before, params), fill(rest.join(`{${slot}}`), params)];
}

function fill(text: string, params: Params | undefined): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : match));
}

/**
 * The `lang` attribute for content written in Vietnamese (draft text, comments, answers, names, server messages):
 * none on a Vietnamese page, where it is the page's language, "vi" on an English one.
 */
export function contentLang(locale: Locale): 'vi' | undefined {
  return locale === 'vi' ? undefined : 'vi';
}
