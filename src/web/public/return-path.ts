/**
 * Where a portal form may send its visitor back to. Only portal pages that show published comments qualify:
 * a draft page or its list of published comments, with nothing of the given address kept but the path and the
 * article (`dieu`). Anything else (another site, `//host`, a backslash, other paths) is refused, so a posted
 * field can never become an open redirect.
 */
const ALLOWED = /^\/gop-y\/[a-z0-9][a-z0-9-]{0,199}(\/y-kien-da-cong-bo)?$/;
const RESERVED = new Set(['tra-cuu', 'xac-nhan', 'bien-nhan', 'feed.atom', 'bao-cao-tong-hop', 'y-kien', 'gui-lai-xac-nhan', 'xac-minh']);

/** The same-site portal path `value` names, rebuilt from its parts, or null when it is not one we send back to. */
export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 400 || !value.startsWith('/') || /[\\\s]|^\/\//.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value, 'http://portal.invalid');
  } catch {
    return null;
  }
  if (url.origin !== 'http://portal.invalid' || !ALLOWED.test(url.pathname)) return null;
  if (RESERVED.has(url.pathname.split('/')[2]!)) return null;
  const dieu = url.searchParams.get('dieu');
  return dieu && /^[\w-]{1,100}$/.test(dieu) ? `${url.pathname}?dieu=${dieu}` : url.pathname;
}

/** `path` with a query parameter added (the path may already have a query). */
export function withParam(path: string, name: string, value: string): string {
  return `${path}${path.includes('?') ? '&' : '?'}${name}=${encodeURIComponent(value)}`;
}
