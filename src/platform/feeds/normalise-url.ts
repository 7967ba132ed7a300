/**
 * A lossy key for recognising the same article under different URLs (Media Cloud's `normalize_url_lossy`).
 */
const TRACKING = /^(?:utm_.*|fbclid|gclid|gclsrc|dclid|msclkid|yclid|mc_cid|mc_eid|zarsrc|_ga|igshid)$/i;

/**
 * Lower-case host without "www.", no fragment, no tracking parameters (utm_*, fbclid, gclid …), parameters sorted,
 * no trailing slash, default port dropped, and http/https folded together (sites serve both and feeds mix them).
 * Not a URL to fetch: only a key for duplicates. Unparseable input comes back trimmed and lower-cased.
 */
export function normaliseUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return url.trim().toLowerCase();
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return u.href;
  const host = u.hostname.toLowerCase().replace(/^www\d*\./, '').replace(/\.$/, '');
  const port = u.port === '' || u.port === '80' || u.port === '443' ? '' : `:${u.port}`;
  const params = [...u.searchParams].filter(([k]) => !TRACKING.test(k));
  params.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  const query = params.length === 0 ? '' : `?${new URLSearchParams(params).toString()}`;
  let path = u.pathname.replace(/\/{2,}/g, '/');
  while (path.endsWith('/')) path = path.slice(0, -1);
  return `http://${host}${port}${path}${query}`;
}
