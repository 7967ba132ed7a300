import { systemActor } from './platform/auth';
import type { Database } from './platform/db';
import { ensureAdmin } from './modules/accounts';
import { loadOrgSnapshot, unitExistsMany } from './modules/organisations';
import { loadDemoConsultation } from './modules/consultation';
import { loadDemoWatchlists } from './modules/monitoring';
import { loadDemoPressAgencies } from './modules/press';
import { loadDemoCommissions } from './modules/commissions';
// Each module registers its policy rules when its index is imported; the composition root imports them all.
import './modules/accounts/policy';
import './modules/organisations/policy';
import './modules/plans/policy';
import './modules/policies/policy';
// The names the audit log gives to each module's actions and records (platform/audit/labels.ts).
import './modules/accounts/audit-labels';
import './modules/organisations/audit-labels';
import './modules/plans/audit-labels';
import './modules/policies/audit-labels';
import './modules/consultation/audit-labels';
import './modules/notifications/audit-labels';
import './modules/notifications/policy';
import './modules/press/policy';
import './modules/press/audit-labels';
import './modules/monitoring/policy';
import './modules/monitoring/audit-labels';
import './modules/products/policy';
import './modules/products/audit-labels';
import './modules/training/policy';
import './modules/training/audit-labels';
import './modules/awareness/policy';
import './modules/awareness/audit-labels';
import './modules/commissions/policy';
import './modules/commissions/audit-labels';
import './modules/crises/policy';
import './modules/crises/audit-labels';
import './modules/network/policy';
import './modules/network/audit-labels';

/**
 * First-start work: load the bundled organisation tree (Yên Bái 2024, Lào Cai after 1/7/2025) into an empty database
 * and create the admin account; with `demo` (`npm start`), also the demo consultation. A real installation runs it
 * without the demo (`npm run cli -- setup`, docs/operations.md), so no sample draft ever reaches its portal.
 */
export async function bootstrapData(database: Database, adminPassword: string | null, opts: { demo?: boolean } = {}): Promise<{ orgLoaded: boolean; generatedPassword: string | null; adminCreated: boolean }> {
  const org = await loadOrgSnapshot({ db: database.db, actor: systemActor('khởi tạo') });
  const admin = await ensureAdmin(database.db, adminPassword);
  // the demo consultation belongs to the demo province: a database holding another province's directory gets none
  if (opts.demo !== false && (await unitExistsMany(database.db, ['lc-so-ct', 'lc-mttq'])).size === 2) {
    await loadDemoConsultation({ db: database.db, actor: systemActor('dữ liệu mẫu') });
    await loadDemoWatchlists({ db: database.db, actor: systemActor('dữ liệu mẫu') });
    await loadDemoPressAgencies({ db: database.db, actor: systemActor('dữ liệu mẫu') });
    await loadDemoCommissions({ db: database.db, actor: systemActor('dữ liệu mẫu') });
  }
  return { orgLoaded: org.loaded, generatedPassword: admin.generatedPassword, adminCreated: admin.created };
}
