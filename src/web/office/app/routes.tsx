import type { ReactNode } from 'react';
import { Alert } from '../../ui';
import type { Ability } from './api-types';
import { MessagePage } from './components/message-page';
import { PolicyGuard } from '../features/policies/components/policy-guard';
import { Redirect } from './components/redirect';
import { useI18n } from './i18n-context';
import { AccountPage } from '../features/accounts/pages/account-page';
import { AuditPage } from '../features/accounts/pages/audit-page';
import { FigurePage } from '../features/plans/pages/figure-page';
import { HomePage } from '../features/notifications/pages/home-page';
import { MailPage } from '../features/consultation/pages/mail-page';
import { NotificationsPage } from '../features/notifications/pages/notifications-page';
import { OrgPage } from '../features/organisations/pages/org-page';
import { ResetPasswordPage } from '../features/accounts/pages/password-recovery-pages';
import { PeoplePage } from '../features/accounts/pages/people-page';
import { OrgImportPage } from '../features/organisations/pages/org-import-page';
import { PlanImportPage } from '../features/plans/pages/plan-import-page';
import { PlanPage } from '../features/plans/pages/plan-page';
import { PlansPage } from '../features/plans/pages/plans-page';
import { PoliciesPage } from '../features/policies/pages/policies-page';
import { PolicyPage } from '../features/policies/pages/policy-page';
import { TasksPage } from '../features/plans/pages/tasks-page';
import { UnitPage } from '../features/organisations/pages/unit-page';
import { UsersPage } from '../features/accounts/pages/users-page';
import { paths, type Route } from './router';
import { can, useMe } from './session';

function Guard({ ability, children }: { ability: Ability; children: ReactNode }) {
  const me = useMe();
  return can(me, ability) ? <>{children}</> : <MessagePage title="forbidden.title" body="forbidden.body" />;
}

function MustChangePassword() {
  const { t } = useI18n();
  return (
    <Alert variant="warning" role="status" title={t('session.mustChange')}>
      <p>{t('session.mustChangeOnly')}</p>
    </Alert>
  );
}

function Page({ route }: { route: Route }) {
  switch (route.name) {
    case 'home':
      return <HomePage />;
    case 'signIn':
    case 'forgotPassword':
      return <Redirect to={paths.home} />;
    case 'resetPassword':
      return <ResetPasswordPage />;
    case 'org':
      return (
        <Guard ability="org.read">
          <OrgPage />
        </Guard>
      );
    case 'orgImport':
      return (
        <Guard ability="org.write">
          <OrgImportPage />
        </Guard>
      );
    case 'unit':
      return (
        <Guard ability="org.read">
          <UnitPage key={route.id} id={route.id} />
        </Guard>
      );
    case 'people':
      return (
        <Guard ability="people.read">
          <PeoplePage />
        </Guard>
      );
    case 'users':
      return (
        <Guard ability="users.read">
          <UsersPage />
        </Guard>
      );
    case 'audit':
      return (
        <Guard ability="audit.read">
          <AuditPage />
        </Guard>
      );
    case 'plans':
      return (
        <Guard ability="plans.read">
          <PlansPage />
        </Guard>
      );
    case 'planImport':
      return (
        <Guard ability="plans.import">
          <PlanImportPage />
        </Guard>
      );
    case 'plan':
      return (
        <Guard ability="plans.read">
          <PlanPage key={route.id} id={route.id} />
        </Guard>
      );
    case 'figure':
      return (
        <Guard ability="plans.read">
          <FigurePage key={`${route.id}/${route.code}`} planId={route.id} code={route.code} />
        </Guard>
      );
    case 'tasks':
      return (
        <Guard ability="plans.report">
          <TasksPage />
        </Guard>
      );
    case 'policies':
      return (
        <PolicyGuard ability="policies.read">
          <PoliciesPage />
        </PolicyGuard>
      );
    case 'policy':
      return (
        <PolicyGuard ability="policies.read">
          <PolicyPage key={route.id} id={route.id} tab={route.tab} />
        </PolicyGuard>
      );
    case 'mail':
      return (
        <PolicyGuard ability="mail.read">
          <MailPage />
        </PolicyGuard>
      );
    case 'notifications':
      return <NotificationsPage />;
    case 'account':
      return <AccountPage />;
    case 'notFound':
      return <MessagePage title="notFound.title" body="notFound.body" />;
  }
}

/** Renders the page of a route for a signed-in user, with ability checks. */
export function SignedInPage({ route }: { route: Route }) {
  const me = useMe();
  // the server refuses everything else until then (accounts/session-gate.ts): show only the form that is allowed
  if (me.user.mustChangePassword) {
    return (
      <>
        <MustChangePassword />
        <AccountPage />
      </>
    );
  }
  return <Page route={route} />;
}
