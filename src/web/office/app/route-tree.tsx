import { createRootRoute, createRoute, createRouter, type RouterHistory } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { Ability } from './api-types';
import { SignInPage } from '../features/accounts/pages/sign-in-page';
import { MessagePage } from './components/message-page';
import { PageError } from './components/page-error';
import { lazyPage as page } from './lazy-page';
import { bindRouter, POLICY_TABS, type AuditSearch, type PolicyTab } from './router';
import { Shell } from './shell';

/**
 * The routes of the back office (TanStack Router, ADR 006). Each feature's pages load as their own chunk when
 * first visited; `staticData` says who may see a page: `public` pages are for people not signed in, the others
 * need a session and, when named, an ability.
 */

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
  interface StaticDataRouteOption {
    /** Shown to people who are not signed in (sign-in, forgotten password, new password). */
    public?: boolean;
    /** Only for people not signed in: a signed-in user goes to the home page instead. */
    signedOutOnly?: boolean;
    /** The ability a signed-in user needs to see the page. */
    ability?: Ability;
  }
}

const accounts = () => import('../features/accounts/pages');
const organisations = () => import('../features/organisations/pages');
const plans = () => import('../features/plans/pages');
const policies = () => import('../features/policies/pages');
const consultation = () => import('../features/consultation/pages');
const notifications = () => import('../features/notifications/pages');
const monitoring = () => import('../features/monitoring/pages');
const monitoringResponse = () => import('../features/monitoring-response/pages');
const press = () => import('../features/press/pages');
const pressConferences = () => import('../features/press-conferences/pages');
const network = () => import('../features/network/pages');
const crises = () => import('../features/crises/pages');
const commissions = () => import('../features/commissions/pages');
const products = () => import('../features/products/pages');
const training = () => import('../features/training/pages');
const awareness = () => import('../features/awareness/pages');

const ForgotPasswordPage = page(accounts, 'ForgotPasswordPage');
const ResetPasswordPage = page(accounts, 'ResetPasswordPage');
const AccountPage = page(accounts, 'AccountPage');
const AuditPage = page(accounts, 'AuditPage');
const PeoplePage = page(accounts, 'PeoplePage');
const UsersPage = page(accounts, 'UsersPage');
const OrgPage = page(organisations, 'OrgPage');
const OrgImportPage = page(organisations, 'OrgImportPage');
const UnitPage = page(organisations, 'UnitPage');
const PlansPage = page(plans, 'PlansPage');
const PlanImportPage = page(plans, 'PlanImportPage');
const PlanPage = page(plans, 'PlanPage');
const FigurePage = page(plans, 'FigurePage');
const TasksPage = page(plans, 'TasksPage');
const PoliciesPage = page(policies, 'PoliciesPage');
const PolicyPage = page(policies, 'PolicyPage');
const MailPage = page(consultation, 'MailPage');
const HomePage = page(notifications, 'HomePage');
const NotificationsPage = page(notifications, 'NotificationsPage');
const MonitoringItemsPage = page(monitoring, 'MonitoringItemsPage');
const InquiriesPage = page(press, 'InquiriesPage');
const InquiryNewPage = page(press, 'InquiryNewPage');
const InquiryPage = page(press, 'InquiryPage');
const SpokespeoplePage = page(press, 'SpokespeoplePage');
const SpokespersonPage = page(press, 'SpokespersonPage');
const ConferencesPage = page(pressConferences, 'ConferencesPage');
const ConferenceNewPage = page(pressConferences, 'ConferenceNewPage');
const ConferencePage = page(pressConferences, 'ConferencePage');
const AgenciesPage = page(pressConferences, 'AgenciesPage');
const AgencyPage = page(pressConferences, 'AgencyPage');
const FocalPointsPage = page(network, 'FocalPointsPage');
const FocalPointPage = page(network, 'FocalPointPage');
const NetworkGroupsPage = page(network, 'GroupsPage');
const NetworkGroupPage = page(network, 'GroupPage');
const BroadcastPage = page(network, 'BroadcastPage');
const CrisesPage = page(crises, 'CrisesPage');
const CrisisNewPage = page(crises, 'CrisisNewPage');
const CrisisPage = page(crises, 'CrisisPage');
const CommissionsPage = page(commissions, 'CommissionsPage');
const CommissionNewPage = page(commissions, 'CommissionNewPage');
const CommissionEditPage = page(commissions, 'CommissionEditPage');
const CommissionPage = page(commissions, 'CommissionPage');
const CommissionsBudgetPage = page(commissions, 'CommissionsBudgetPage');
const CommissionServicesPage = page(commissions, 'CommissionServicesPage');
const ProductsPage = page(products, 'ProductsPage');
const ProductFormPage = page(products, 'ProductFormPage');
const ProductPage = page(products, 'ProductPage');
const TrainingPage = page(training, 'TrainingPage');
const CourseNewPage = page(training, 'CourseNewPage');
const CoursePage = page(training, 'CoursePage');
const SessionPage = page(training, 'SessionPage');
const CompletionsPage = page(training, 'CompletionsPage');
const CampaignsPage = page(awareness, 'CampaignsPage');
const CampaignNewPage = page(awareness, 'CampaignNewPage');
const CampaignPage = page(awareness, 'CampaignPage');
const MonitoringItemPage = page(monitoring, 'MonitoringItemPage');
const MonitoringSourcesPage = page(monitoring, 'MonitoringSourcesPage');
const MonitoringWatchlistsPage = page(monitoring, 'MonitoringWatchlistsPage');
const MonitoringImportsPage = page(monitoring, 'MonitoringImportsPage');
const MonitoringAlertsPage = page(monitoringResponse, 'MonitoringAlertsPage');
const MonitoringReviewPage = page(monitoringResponse, 'MonitoringReviewPage');
const MonitoringDashboardPage = page(monitoringResponse, 'MonitoringDashboardPage');

/** A date in the address (?at=YYYY-MM-DD), or nothing. */
function isoDate(value: unknown): string | undefined {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

const rootRoute = createRootRoute({
  component: Shell,
  errorComponent: PageError,
  notFoundComponent: () => <MessagePage title="notFound.title" body="notFound.body" />,
});

const route = <P extends string>(path: P, component: () => ReactNode, staticData: { public?: boolean; signedOutOnly?: boolean; ability?: Ability } = {}) =>
  createRoute({ getParentRoute: () => rootRoute, path, component, staticData });

const homeRoute = route('/office', () => <HomePage />);
const signInRoute = route('/office/sign-in', () => <SignInPage />, { public: true, signedOutOnly: true });
const forgotRoute = route('/office/forgot-password', () => <ForgotPasswordPage />, { public: true, signedOutOnly: true });
const resetRoute = route('/office/reset-password', () => <ResetPasswordPage />, { public: true });
const accountRoute = route('/office/account', () => <AccountPage />);
const peopleRoute = route('/office/people', () => <PeoplePage />, { ability: 'people.read' });
const usersRoute = route('/office/users', () => <UsersPage />, { ability: 'users.read' });
const auditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/office/audit',
  staticData: { ability: 'audit.read' },
  validateSearch: (search: Record<string, unknown>): AuditSearch => ({
    actor: text(search.actor),
    action: text(search.action),
    subjectType: text(search.subjectType),
    from: isoDate(search.from),
    to: isoDate(search.to),
  }),
  component: function AuditRoute() {
    return <AuditPage filter={auditRoute.useSearch()} />;
  },
});
const orgRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/office/org',
  staticData: { ability: 'org.read' },
  validateSearch: (search: Record<string, unknown>): { at?: string } => ({ at: isoDate(search.at) }),
  component: function OrgRoute() {
    return <OrgPage at={orgRoute.useSearch().at} />;
  },
});
const orgImportRoute = route('/office/org/import', () => <OrgImportPage />, { ability: 'org.write' });
const unitRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/office/org/$id',
  staticData: { ability: 'org.read' },
  validateSearch: (search: Record<string, unknown>): { at?: string } => ({ at: isoDate(search.at) }),
  component: function UnitRoute() {
    const { id } = unitRoute.useParams();
    return <UnitPage key={id} id={id} at={unitRoute.useSearch().at ?? null} />;
  },
});
const plansRoute = route('/office/plans', () => <PlansPage />, { ability: 'plans.read' });
const planImportRoute = route('/office/plans/import', () => <PlanImportPage />, { ability: 'plans.import' });
const planRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/office/plans/$id',
  staticData: { ability: 'plans.read' },
  component: function PlanRoute() {
    const { id } = planRoute.useParams();
    return <PlanPage key={id} id={id} />;
  },
});
const figureRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/office/plans/$id/figures/$code',
  staticData: { ability: 'plans.read' },
  component: function FigureRoute() {
    const { id, code } = figureRoute.useParams();
    return <FigurePage key={`${id}/${code}`} planId={id} code={code} />;
  },
});
const tasksRoute = route('/office/tasks', () => <TasksPage />, { ability: 'plans.report' });
const policiesRoute = route('/office/policies', () => <PoliciesPage />, { ability: 'policies.read' });
const policyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/office/policies/$id',
  staticData: { ability: 'policies.read' },
  component: function PolicyRoute() {
    const { id } = policyRoute.useParams();
    return <PolicyPage key={id} id={id} tab={null} />;
  },
});
const policyTabRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/office/policies/$id/$tab',
  staticData: { ability: 'policies.read' },
  component: function PolicyTabRoute() {
    const { id, tab } = policyTabRoute.useParams();
    const known = POLICY_TABS.find((t): t is PolicyTab => t === tab);
    return known ? <PolicyPage key={id} id={id} tab={known} /> : <MessagePage title="notFound.title" body="notFound.body" />;
  },
});
const mailRoute = route('/office/mail', () => <MailPage />, { ability: 'mail.read' });
const notificationsRoute = route('/office/notifications', () => <NotificationsPage />);
const monitoringRoute = route('/office/monitoring', () => <MonitoringItemsPage />, { ability: 'monitoring.read' });
const monitoringItemRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/office/monitoring/items/$id',
  staticData: { ability: 'monitoring.read' },
  component: function MonitoringItemRoute() {
    const { id } = monitoringItemRoute.useParams();
    return <MonitoringItemPage key={id} id={id} />;
  },
});
const monitoringSourcesRoute = route('/office/monitoring/sources', () => <MonitoringSourcesPage />, { ability: 'monitoring.read' });
const monitoringWatchlistsRoute = route('/office/monitoring/watchlists', () => <MonitoringWatchlistsPage />, { ability: 'monitoring.read' });
const monitoringImportsRoute = route('/office/monitoring/imports', () => <MonitoringImportsPage />, { ability: 'monitoring.read' });
const monitoringAlertsRoute = route('/office/monitoring/alerts', () => <MonitoringAlertsPage />, { ability: 'monitoring.read' });
const monitoringReviewRoute = route('/office/monitoring/review', () => <MonitoringReviewPage />, { ability: 'monitoring.review' });
const monitoringDashboardRoute = route('/office/monitoring/dashboard', () => <MonitoringDashboardPage />, { ability: 'monitoring.read' });
const pressInquiriesRoute = route('/office/press/inquiries', () => <InquiriesPage />, { ability: 'press.read' });
const pressInquiryNewRoute = route('/office/press/inquiries/new', () => <InquiryNewPage />, { ability: 'press.manage' });
const pressInquiryRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/office/press/inquiries/$id',
  staticData: { ability: 'press.read' },
  component: function PressInquiryRoute() {
    const { id } = pressInquiryRoute.useParams();
    return <InquiryPage key={id} id={id} />;
  },
});
const crisesRoute = route('/office/crises', () => <CrisesPage />, { ability: 'crises.read' });
const crisisNewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/office/crises/new',
  staticData: { ability: 'crises.manage' },
  validateSearch: (search: Record<string, unknown>): { itemId?: string; alertId?: string } => ({ itemId: text(search.itemId), alertId: text(search.alertId) }),
  component: function CrisisNewRoute() {
    const { itemId, alertId } = crisisNewRoute.useSearch();
    return <CrisisNewPage itemId={itemId} alertId={alertId} />;
  },
});
const crisisRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/office/crises/$id',
  staticData: { ability: 'crises.read' },
  component: function CrisisRoute() {
    const { id } = crisisRoute.useParams();
    return <CrisisPage key={id} id={id} />;
  },
});
const networkRoute = route('/office/network', () => <FocalPointsPage />, { ability: 'network.read' });
const networkFocalPointRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/office/network/focal-points/$id',
  staticData: { ability: 'network.read' },
  component: function NetworkFocalPointRoute() {
    const { id } = networkFocalPointRoute.useParams();
    return <FocalPointPage key={id} id={id} />;
  },
});
const networkGroupsRoute = route('/office/network/groups', () => <NetworkGroupsPage />, { ability: 'network.read' });
const networkGroupRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/office/network/groups/$id',
  staticData: { ability: 'network.read' },
  component: function NetworkGroupRoute() {
    const { id } = networkGroupRoute.useParams();
    return <NetworkGroupPage key={id} id={id} />;
  },
});
const networkBroadcastRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/office/network/broadcasts/$id',
  staticData: { ability: 'network.read' },
  component: function NetworkBroadcastRoute() {
    const { id } = networkBroadcastRoute.useParams();
    return <BroadcastPage key={id} id={id} />;
  },
});
const pressSpokespeopleRoute = route('/office/press/spokespeople', () => <SpokespeoplePage />, { ability: 'press.read' });
const pressSpokespersonRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/office/press/spokespeople/$id',
  staticData: { ability: 'press.read' },
  component: function PressSpokespersonRoute() {
    const { id } = pressSpokespersonRoute.useParams();
    return <SpokespersonPage key={id} id={id} />;
  },
});
const pressConferencesRoute = route('/office/press/conferences', () => <ConferencesPage />, { ability: 'press.read' });
const pressConferenceNewRoute = route('/office/press/conferences/new', () => <ConferenceNewPage />, { ability: 'press.conference.edit' });
const pressConferenceRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/office/press/conferences/$id',
  staticData: { ability: 'press.read' },
  component: function PressConferenceRoute() {
    const { id } = pressConferenceRoute.useParams();
    return <ConferencePage key={id} id={id} />;
  },
});
const pressAgenciesRoute = route('/office/press/agencies', () => <AgenciesPage />, { ability: 'press.read' });
const pressAgencyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/office/press/agencies/$id',
  staticData: { ability: 'press.read' },
  component: function PressAgencyRoute() {
    const { id } = pressAgencyRoute.useParams();
    return <AgencyPage key={id} id={id} />;
  },
});
const commissionsRoute = route('/office/commissions', () => <CommissionsPage />, { ability: 'commissions.read' });
const commissionNewRoute = route('/office/commissions/new', () => <CommissionNewPage />, { ability: 'commissions.draft' });
const commissionsBudgetRoute = route('/office/commissions/budget', () => <CommissionsBudgetPage />, { ability: 'commissions.read' });
const commissionsServicesRoute = route('/office/commissions/services', () => <CommissionServicesPage />, { ability: 'commissions.read' });
const commissionRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/office/commissions/$id',
  staticData: { ability: 'commissions.read' },
  component: function CommissionRoute() {
    const { id } = commissionRoute.useParams();
    return <CommissionPage key={id} id={id} />;
  },
});
const commissionEditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/office/commissions/$id/edit',
  staticData: { ability: 'commissions.draft' },
  component: function CommissionEditRoute() {
    const { id } = commissionEditRoute.useParams();
    return <CommissionEditPage key={id} id={id} />;
  },
});
const productsRoute = route('/office/products', () => <ProductsPage />, { ability: 'products.read' });
const productNewRoute = route('/office/products/new', () => <ProductFormPage />, { ability: 'products.edit' });
const productRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/office/products/$id',
  staticData: { ability: 'products.read' },
  component: function ProductRoute() {
    const { id } = productRoute.useParams();
    return <ProductPage key={id} id={id} />;
  },
});
const productEditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/office/products/$id/edit',
  staticData: { ability: 'products.edit' },
  component: function ProductEditRoute() {
    const { id } = productEditRoute.useParams();
    return <ProductFormPage key={id} id={id} />;
  },
});

/** Every page of the back office. */

const trainingRoute = route('/office/training', () => <TrainingPage />, { ability: 'training.read' });
const trainingCourseNewRoute = route('/office/training/courses/new', () => <CourseNewPage />, { ability: 'training.manage' });
const trainingCourseRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/office/training/courses/$id',
  staticData: { ability: 'training.read' },
  component: function TrainingCourseRoute() {
    const { id } = trainingCourseRoute.useParams();
    return <CoursePage key={id} id={id} />;
  },
});
const trainingSessionRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/office/training/sessions/$id',
  staticData: { ability: 'training.read' },
  component: function TrainingSessionRoute() {
    const { id } = trainingSessionRoute.useParams();
    return <SessionPage key={id} id={id} />;
  },
});
const trainingCompletionsRoute = route('/office/training/completions', () => <CompletionsPage />, { ability: 'training.read' });
const awarenessRoute = route('/office/awareness', () => <CampaignsPage />, { ability: 'awareness.read' });
const awarenessCampaignNewRoute = route('/office/awareness/campaigns/new', () => <CampaignNewPage />, { ability: 'awareness.manage' });
const awarenessCampaignRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/office/awareness/campaigns/$id',
  staticData: { ability: 'awareness.read' },
  component: function AwarenessCampaignRoute() {
    const { id } = awarenessCampaignRoute.useParams();
    return <CampaignPage key={id} id={id} />;
  },
});
export const routeTree = rootRoute.addChildren([
  homeRoute,
  signInRoute,
  forgotRoute,
  resetRoute,
  accountRoute,
  peopleRoute,
  usersRoute,
  auditRoute,
  orgRoute,
  orgImportRoute,
  unitRoute,
  plansRoute,
  planImportRoute,
  planRoute,
  figureRoute,
  tasksRoute,
  policiesRoute,
  policyRoute,
  policyTabRoute,
  mailRoute,
  notificationsRoute,
  monitoringRoute,
  monitoringItemRoute,
  monitoringSourcesRoute,
  monitoringWatchlistsRoute,
  monitoringImportsRoute,
  monitoringAlertsRoute,
  monitoringReviewRoute,
  monitoringDashboardRoute,
  pressInquiriesRoute,
  pressInquiryNewRoute,
  pressInquiryRoute,
  pressSpokespeopleRoute,
  pressSpokespersonRoute,
  pressConferencesRoute,
  pressConferenceNewRoute,
  pressConferenceRoute,
  pressAgenciesRoute,
  pressAgencyRoute,
  networkRoute,
  networkFocalPointRoute,
  networkGroupsRoute,
  networkGroupRoute,
  networkBroadcastRoute,
  crisesRoute,
  crisisNewRoute,
  crisisRoute,
  commissionsRoute,
  commissionNewRoute,
  commissionsBudgetRoute,
  commissionsServicesRoute,
  commissionRoute,
  commissionEditRoute,
  productsRoute,
  productNewRoute,
  productRoute,
  productEditRoute,
  trainingRoute,
  trainingCourseNewRoute,
  trainingCourseRoute,
  trainingSessionRoute,
  trainingCompletionsRoute,
  awarenessRoute,
  awarenessCampaignNewRoute,
  awarenessCampaignRoute,
]);

/** Plain query strings (?at=2025-07-01), as before and as the server's links write them, not JSON values. */
function parseSearch(search: string): Record<string, unknown> {
  return Object.fromEntries(new URLSearchParams(search));
}

function stringifySearch(search: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** A router of the back office (the app's below; tests make their own on a memory history). */
export function createOfficeRouter(history?: RouterHistory) {
  return createRouter({ routeTree, history, parseSearch, stringifySearch, trailingSlash: 'preserve', defaultPreload: 'intent', defaultErrorComponent: PageError });
}

/** The router of the back office. */
export const router = createOfficeRouter();
bindRouter(router);
