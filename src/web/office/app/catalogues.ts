import { accountEntries } from '../features/accounts/i18n';
import { confirmationEntries } from '../features/consultation/i18n-confirmation';
import { signalEntries } from '../features/consultation/i18n-signals';
import { consultationEntries } from '../features/consultation/i18n';
import { notificationEntries } from '../features/notifications/i18n';
import { monitoringEntries } from '../features/monitoring/i18n';
import { organisationEntries } from '../features/organisations/i18n';
import { planViewEntries } from '../features/plans/i18n-plan-view';
import { planEntries } from '../features/plans/i18n';
import { policyEntries } from '../features/policies/i18n';
import { monitoringResponseEntries } from '../features/monitoring-response/i18n';
import { pressEntries } from '../features/press/i18n';
import { pressConferenceEntries } from '../features/press-conferences/i18n';
import { networkEntries } from '../features/network/i18n';
import { crisesEntries } from '../features/crises/i18n';
import { commissionEntries } from '../features/commissions/i18n';
import { productEntries } from '../features/products/i18n';
import { trainingEntries } from '../features/training/i18n';
import { awarenessEntries } from '../features/awareness/i18n';
import { registerCatalogue, type Catalogue } from './i18n';

/**
 * Every feature's catalogue, loaded as one chunk with the first page of a signed-in person (route-tree.tsx): a
 * page of one feature often shows another's parts (the consultation tab of a draft, the plans of a unit), so the
 * features' texts come together, after the sign-in page and out of its download.
 */
export const FEATURE_CATALOGUES: Record<string, Catalogue> = {
  accounts: accountEntries,
  organisations: organisationEntries,
  plans: { ...planEntries, ...planViewEntries },
  policies: policyEntries,
  consultation: { ...consultationEntries, ...confirmationEntries, ...signalEntries },
  notifications: notificationEntries,
  monitoring: monitoringEntries,
  monitoringResponse: monitoringResponseEntries,
  press: pressEntries,
  pressConferences: pressConferenceEntries,
  network: networkEntries,
  crises: crisesEntries,
  commissions: commissionEntries,
  products: productEntries,
  training: trainingEntries,
  awareness: awarenessEntries,
};

for (const catalogue of Object.values(FEATURE_CATALOGUES)) registerCatalogue(catalogue);
