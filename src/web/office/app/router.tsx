import { useSyncExternalStore, type ComponentProps, type MouseEvent } from 'react';

/** URL prefix of the back office. */
export const BASE = '/office';

/** Paths of the back-office pages. */
export const paths = {
  home: `${BASE}/`,
  signIn: `${BASE}/sign-in`,
  forgotPassword: `${BASE}/forgot-password`,
  /** The link of the forgotten-password mail carries its token after '#', so it never reaches the server. */
  resetPassword: `${BASE}/reset-password`,
  org: `${BASE}/org`,
  orgImport: `${BASE}/org/import`,
  unit: (id: string) => `${BASE}/org/${encodeURIComponent(id)}`,
  people: `${BASE}/people`,
  users: `${BASE}/users`,
  audit: `${BASE}/audit`,
  account: `${BASE}/account`,
  plans: `${BASE}/plans`,
  planImport: `${BASE}/plans/import`,
  plan: (id: string) => `${BASE}/plans/${encodeURIComponent(id)}`,
  /** "Hồ sơ tạo nên số liệu": the records behind one figure of a plan. */
  figure: (id: string, code: string) => `${BASE}/plans/${encodeURIComponent(id)}/figures/${encodeURIComponent(code)}`,
  tasks: `${BASE}/tasks`,
  policies: `${BASE}/policies`,
  policy: (id: string, tab?: PolicyTab) => `${BASE}/policies/${encodeURIComponent(id)}${tab ? `/${tab}` : ''}`,
  mail: `${BASE}/mail`,
  notifications: `${BASE}/notifications`,
} as const;

/** Sub-pages of a draft policy (the overview is the draft's own path). */
export const POLICY_TABS = ['versions', 'kit', 'consultation', 'comments', 'answers'] as const;
/** A sub-page of a draft policy. */
export type PolicyTab = (typeof POLICY_TABS)[number];

/** A matched route. */
export type Route =
  | { name: 'home' | 'signIn' | 'org' | 'people' | 'users' | 'audit' | 'account' | 'notFound' }
  | { name: 'forgotPassword' | 'resetPassword' }
  | { name: 'plans' | 'planImport' | 'tasks' }
  | { name: 'orgImport' }
  | { name: 'unit' | 'plan'; id: string }
  | { name: 'figure'; id: string; code: string }
  | { name: 'policies' | 'mail' }
  | { name: 'notifications' }
  | { name: 'policy'; id: string; tab: PolicyTab | null };

const NAVIGATE_EVENT = 'dongthuan:navigate';

function subscribe(callback: () => void): () => void {
  window.addEventListener('popstate', callback);
  window.addEventListener('hashchange', callback);
  window.addEventListener(NAVIGATE_EVENT, callback);
  return () => {
    window.removeEventListener('popstate', callback);
    window.removeEventListener('hashchange', callback);
    window.removeEventListener(NAVIGATE_EVENT, callback);
  };
}

// The fragment is part of the snapshot so that "#task-…" / "#report-…" links re-render the page they point into.
function snapshot(): string {
  return window.location.pathname + window.location.search + window.location.hash;
}

function decodeFragment(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** Goes to a path of the app through the History API (replace keeps the history length). */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === snapshot()) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/** Returns the current pathname, query and fragment (decoded, without "#"), re-rendering on navigation. */
export function useLocation(): { pathname: string; search: URLSearchParams; hash: string } {
  const current = useSyncExternalStore(subscribe, snapshot, () => `${BASE}/`);
  const h = current.indexOf('#');
  const path = h === -1 ? current : current.slice(0, h);
  const q = path.indexOf('?');
  return {
    pathname: q === -1 ? path : path.slice(0, q),
    search: new URLSearchParams(q === -1 ? '' : path.slice(q)),
    hash: h === -1 ? '' : decodeFragment(current.slice(h + 1)),
  };
}

/** Maps a pathname under /office/ to a route. */
export function matchRoute(pathname: string): Route {
  const rest = pathname.startsWith(BASE) ? pathname.slice(BASE.length).replace(/\/+$/, '') : null;
  if (rest === null) return { name: 'notFound' };
  switch (rest) {
    case '':
    case '/index.html':
      return { name: 'home' };
    case '/sign-in':
      return { name: 'signIn' };
    case '/forgot-password':
      return { name: 'forgotPassword' };
    case '/reset-password':
      return { name: 'resetPassword' };
    case '/org':
      return { name: 'org' };
    case '/org/import':
      return { name: 'orgImport' };
    case '/people':
      return { name: 'people' };
    case '/users':
      return { name: 'users' };
    case '/audit':
      return { name: 'audit' };
    case '/account':
      return { name: 'account' };
    case '/plans':
      return { name: 'plans' };
    case '/plans/import':
      return { name: 'planImport' };
    case '/tasks':
      return { name: 'tasks' };
    case '/policies':
      return { name: 'policies' };
    case '/mail':
      return { name: 'mail' };
    case '/notifications':
      return { name: 'notifications' };
  }
  return (
    withId(rest, /^\/org\/([^/]+)$/, 'unit') ??
    withId(rest, /^\/plans\/([^/]+)$/, 'plan') ??
    figureRoute(rest) ??
    policyRoute(rest) ?? { name: 'notFound' }
  );
}

function withId(rest: string, pattern: RegExp, name: 'unit' | 'plan'): Route | null {
  const m = pattern.exec(rest);
  if (!m) return null;
  try {
    return { name, id: decodeURIComponent(m[1]) };
  } catch {
    return { name: 'notFound' };
  }
}

function figureRoute(rest: string): Route | null {
  const m = /^\/plans\/([^/]+)\/figures\/([^/]+)$/.exec(rest);
  if (!m) return null;
  try {
    return { name: 'figure', id: decodeURIComponent(m[1]), code: decodeURIComponent(m[2]) };
  } catch {
    return { name: 'notFound' };
  }
}

function policyRoute(rest: string): Route | null {
  const m = /^\/policies\/([^/]+)(?:\/([^/]+))?$/.exec(rest);
  if (!m) return null;
  const tab = POLICY_TABS.find((t) => t === m[2]) ?? null;
  if (m[2] !== undefined && tab === null) return { name: 'notFound' };
  try {
    return { name: 'policy', id: decodeURIComponent(m[1]), tab };
  } catch {
    return { name: 'notFound' };
  }
}

function isPlainClick(event: MouseEvent<HTMLAnchorElement>): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/** Props of {@link Link}. */
export type LinkProps = Omit<ComponentProps<'a'>, 'href'> & { to: string };

/** An <a> that navigates inside the app without reloading (modified clicks keep browser behaviour). */
export function Link({ to, onClick, target, ...rest }: LinkProps) {
  return (
    <a
      {...rest}
      href={to}
      target={target}
      onClick={(event) => {
        onClick?.(event);
        if (event.defaultPrevented || !isPlainClick(event) || (target && target !== '_self')) return;
        event.preventDefault();
        navigate(to);
      }}
    />
  );
}
