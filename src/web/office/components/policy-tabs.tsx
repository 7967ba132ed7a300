import type { MessageKey } from '../i18n';
import { useI18n } from '../i18n-context';
import { Link, paths, POLICY_TABS, type PolicyTab } from '../router';

/** Dictionary key of a tab's name (the overview is `null`). */
export function tabLabelKey(tab: PolicyTab | null): MessageKey {
  return tab === null ? 'policyTab.overview' : `policyTab.${tab}`;
}

/** The sub-pages of a draft as real links, the current one marked with aria-current="page". */
export function PolicyTabs({ policyId, current }: { policyId: string; current: PolicyTab | null }) {
  const { t } = useI18n();
  const tabs: Array<PolicyTab | null> = [null, ...POLICY_TABS];
  return (
    <nav className="policy-tabs" aria-label={t('policyTab.label')}>
      <ul className="policy-tabs__list">
        {tabs.map((tab) => (
          <li key={tab ?? 'overview'}>
            <Link to={paths.policy(policyId, tab ?? undefined)} className="policy-tabs__link"
              aria-current={tab === current ? 'page' : undefined}>
              {t(tabLabelKey(tab))}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
