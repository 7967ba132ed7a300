import { Link as RouterLink, linkOptions, useRouterState, type AnyRouter } from '@tanstack/react-router';
import { forwardRef, type ComponentProps } from 'react';

/**
 * Links and navigation of the back office, on TanStack Router (ADR 006). The routes themselves are declared in
 * `route-tree.tsx`; `paths` names each page once, typed against them: a link to a page that does not exist, or
 * without the parameters it needs, is a compile error.
 */

/** URL prefix of the back office. */
export const BASE = '/office';

/** Sub-pages of a draft policy (the overview is the draft's own path). */
export const POLICY_TABS = ['versions', 'kit', 'consultation', 'comments', 'answers'] as const;
/** A sub-page of a draft policy. */
export type PolicyTab = (typeof POLICY_TABS)[number];

/** The audit log's filters, kept in the address so that a filtered view can be shared. */
export interface AuditSearch {
  actor?: string;
  action?: string;
  subjectType?: string;
  from?: string;
  to?: string;
}

/** The pages of the back office. */
export const paths = {
  home: linkOptions({ to: '/office' }),
  signIn: linkOptions({ to: '/office/sign-in' }),
  forgotPassword: linkOptions({ to: '/office/forgot-password' }),
  /** The link of the forgotten-password mail carries its token after '#', so it never reaches the server. */
  resetPassword: linkOptions({ to: '/office/reset-password' }),
  org: linkOptions({ to: '/office/org' }),
  /** The organisation as it stood on a date. */
  orgAt: (at: string) => linkOptions({ to: '/office/org', search: { at } }),
  orgImport: linkOptions({ to: '/office/org/import' }),
  unit: (id: string, at?: string) => linkOptions({ to: '/office/org/$id', params: { id }, search: { at } }),
  people: linkOptions({ to: '/office/people' }),
  users: linkOptions({ to: '/office/users' }),
  audit: linkOptions({ to: '/office/audit' }),
  /** The audit log with filters. */
  auditFiltered: (filter: AuditSearch) => linkOptions({ to: '/office/audit', search: filter }),
  account: linkOptions({ to: '/office/account' }),
  plans: linkOptions({ to: '/office/plans' }),
  planImport: linkOptions({ to: '/office/plans/import' }),
  plan: (id: string, hash?: string) => linkOptions({ to: '/office/plans/$id', params: { id }, hash }),
  /** "Hồ sơ tạo nên số liệu": the records behind one figure of a plan. */
  figure: (id: string, code: string) => linkOptions({ to: '/office/plans/$id/figures/$code', params: { id, code } }),
  tasks: linkOptions({ to: '/office/tasks' }),
  policies: linkOptions({ to: '/office/policies' }),
  policy: (id: string, tab?: PolicyTab) =>
    tab ? linkOptions({ to: '/office/policies/$id/$tab', params: { id, tab } }) : linkOptions({ to: '/office/policies/$id', params: { id } }),
  mail: linkOptions({ to: '/office/mail' }),
  notifications: linkOptions({ to: '/office/notifications' }),
  monitoring: linkOptions({ to: '/office/monitoring' }),
  monitoringItem: (id: string) => linkOptions({ to: '/office/monitoring/items/$id', params: { id } }),
  monitoringSources: linkOptions({ to: '/office/monitoring/sources' }),
  monitoringWatchlists: linkOptions({ to: '/office/monitoring/watchlists' }),
  monitoringImports: linkOptions({ to: '/office/monitoring/imports' }),
  monitoringAlerts: linkOptions({ to: '/office/monitoring/alerts' }),
  monitoringReview: linkOptions({ to: '/office/monitoring/review' }),
  monitoringDashboard: linkOptions({ to: '/office/monitoring/dashboard' }),
  pressInquiries: linkOptions({ to: '/office/press/inquiries' }),
  pressInquiryNew: linkOptions({ to: '/office/press/inquiries/new' }),
  pressInquiry: (id: string) => linkOptions({ to: '/office/press/inquiries/$id', params: { id } }),
  pressSpokespeople: linkOptions({ to: '/office/press/spokespeople' }),
  pressSpokesperson: (id: string) => linkOptions({ to: '/office/press/spokespeople/$id', params: { id } }),
  pressConferences: linkOptions({ to: '/office/press/conferences' }),
  pressConferenceNew: linkOptions({ to: '/office/press/conferences/new' }),
  pressConference: (id: string) => linkOptions({ to: '/office/press/conferences/$id', params: { id } }),
  pressAgencies: linkOptions({ to: '/office/press/agencies' }),
  pressAgency: (id: string) => linkOptions({ to: '/office/press/agencies/$id', params: { id } }),
  network: linkOptions({ to: '/office/network' }),
  networkFocalPoint: (id: string) => linkOptions({ to: '/office/network/focal-points/$id', params: { id } }),
  networkGroups: linkOptions({ to: '/office/network/groups' }),
  networkGroup: (id: string) => linkOptions({ to: '/office/network/groups/$id', params: { id } }),
  networkBroadcast: (id: string) => linkOptions({ to: '/office/network/broadcasts/$id', params: { id } }),
  crises: linkOptions({ to: '/office/crises' }),
  crisisNew: linkOptions({ to: '/office/crises/new' }),
  crisis: (id: string) => linkOptions({ to: '/office/crises/$id', params: { id } }),
  commissions: linkOptions({ to: '/office/commissions' }),
  commissionNew: linkOptions({ to: '/office/commissions/new' }),
  commissionsBudget: linkOptions({ to: '/office/commissions/budget' }),
  commissionsServices: linkOptions({ to: '/office/commissions/services' }),
  commission: (id: string) => linkOptions({ to: '/office/commissions/$id', params: { id } }),
  commissionEdit: (id: string) => linkOptions({ to: '/office/commissions/$id/edit', params: { id } }),
  products: linkOptions({ to: '/office/products' }),
  productNew: linkOptions({ to: '/office/products/new' }),
  product: (id: string) => linkOptions({ to: '/office/products/$id', params: { id } }),
  productEdit: (id: string) => linkOptions({ to: '/office/products/$id/edit', params: { id } }),
  training: linkOptions({ to: '/office/training' }),
  trainingCourseNew: linkOptions({ to: '/office/training/courses/new' }),
  trainingCourse: (id: string) => linkOptions({ to: '/office/training/courses/$id', params: { id } }),
  trainingSession: (id: string) => linkOptions({ to: '/office/training/sessions/$id', params: { id } }),
  trainingCompletions: linkOptions({ to: '/office/training/completions' }),
  awareness: linkOptions({ to: '/office/awareness' }),
  awarenessCampaignNew: linkOptions({ to: '/office/awareness/campaigns/new' }),
  awarenessCampaign: (id: string) => linkOptions({ to: '/office/awareness/campaigns/$id', params: { id } }),
} as const;

type PathEntry = (typeof paths)[keyof typeof paths];
/** Where a link goes: one of {@link paths}. */
export type To = PathEntry extends infer E ? (E extends (...args: never[]) => infer R ? R : E) : never;

let boundRouter: AnyRouter | null = null;

/** Called once by route-tree.tsx: lets code outside components (the session) navigate. */
export function bindRouter(router: AnyRouter): void {
  boundRouter = router;
}

/** Goes to a page of the app (replace keeps the history length). */
export function navigate(to: To, options: { replace?: boolean } = {}): void {
  void boundRouter?.navigate({ ...to, replace: options.replace });
}

/** Goes to an address sent by the server ("/office/plans/…#report-…"), inside the app. */
export function navigateHref(href: string, options: { replace?: boolean } = {}): void {
  if (!boundRouter) return;
  if (options.replace) boundRouter.history.replace(href);
  else boundRouter.history.push(href);
}

/** The current pathname, re-rendering on navigation. */
export function usePathname(): string {
  return useRouterState({ select: (s) => s.location.pathname });
}

/** The current address fragment, decoded and without '#' ("" when none). */
export function useHash(): string {
  const raw = useRouterState({ select: (s) => s.location.hash });
  try {
    return decodeURIComponent(raw.replace(/^#/, ''));
  } catch {
    return raw.replace(/^#/, '');
  }
}

/** Props of {@link Link}. */
export type LinkProps = Omit<ComponentProps<'a'>, 'href'> & { to: To; hash?: string };

// TanStack marks a link "active" (aria-current="page") when the address merely starts with its path, so every
// link to a parent page would claim to be the current page: only a link to this very page is.
const EXACT = { exact: true, includeSearch: false } as const;
const NO_ACTIVE_CLASS = {};

/** An <a> to a page of the app, without reloading (modified clicks keep the browser's behaviour). */
export const Link = forwardRef<HTMLAnchorElement, LinkProps>(function Link({ to, hash, ...rest }, ref) {
  return <RouterLink ref={ref} activeOptions={EXACT} activeProps={NO_ACTIVE_CLASS} {...rest} {...to} {...(hash === undefined ? {} : { hash })} />;
});

/** Props of {@link HrefAnchor}. */
export type HrefAnchorProps = Omit<ComponentProps<'a'>, 'href'> & { href: string };

function isPlainClick(event: React.MouseEvent<HTMLAnchorElement>): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/** An <a> to an address of the app given as text (sent by the server): opens it inside the app. */
export function HrefAnchor({ href, onClick, target, ...rest }: HrefAnchorProps) {
  return (
    <a
      {...rest}
      href={href}
      target={target}
      onClick={(event) => {
        onClick?.(event);
        if (event.defaultPrevented || !isPlainClick(event) || (target && target !== '_self')) return;
        event.preventDefault();
        navigateHref(href);
      }}
    />
  );
}
