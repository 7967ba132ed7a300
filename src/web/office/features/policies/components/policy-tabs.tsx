import type { PolicyAbilities } from '../api-types';
import type { MessageKey } from '../../../app/i18n';
import { useI18n } from '../../../app/i18n-context';
import { Link, paths, POLICY_TABS, type PolicyTab } from '../../../app/router';

/** Dictionary key of a tab's name (the overview is `null`). */
export function tabLabelKey(tab: PolicyTab | null): MessageKey {
  return tab === null ? 'policyTab.overview' : `policyTab.${tab}`;
}

/**
 * Whether the person may work in a tab of THIS draft (abilities computed by the server for its drafting unit):
 * moderation needs canModerate; the answers tab is for those who answer or approve (an approver reads and
 * approves there, but does not moderate). The other tabs are readable by everyone who sees the draft.
 */
export function isTabOffered(tab: PolicyTab | null, abilities: PolicyAbilities | undefined): boolean {
  if (tab === 'comments') return abilities?.canModerate === true;
  if (tab === 'answers') return abilities?.canAnswer === true || abilities?.canApprove === true;
  return true;
}

/** Props of {@link PolicyTabs}. */
export interface PolicyTabsProps {
  policyId: string;
  current: PolicyTab | null;
  /** The person's abilities on this draft; tabs they may not use are not offered. */
  abilities: PolicyAbilities | undefined;
}

/**
 * The sub-pages of a draft as real links, the current one marked with aria-current="page". A tab reached by its
 * address without the right stays listed while it is open, so the page still shows where the person is.
 */
export function PolicyTabs({ policyId, current, abilities }: PolicyTabsProps) {
  const { t } = useI18n();
  const tabs = [null, ...POLICY_TABS].filter((tab) => tab === current || isTabOffered(tab, abilities));
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
