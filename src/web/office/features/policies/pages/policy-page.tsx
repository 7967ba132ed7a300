import { useQuery } from '@tanstack/react-query';
import { PageHeader } from '../../../../ui';
import { policiesQueries } from '../api';
import type { PolicyDetail } from '../api-types';
import { AsyncView } from '../../../app/components/async-view';
import { AnswersTab } from '../../consultation/components/answers-tab';
import { ConsultationTab } from '../../consultation/components/consultation-tab';
import { KitForm } from '../components/kit-form';
import { ModerationTab } from '../../consultation/components/moderation-tab';
import { PolicyOverview } from '../components/policy-overview';
import { PolicyVersions } from '../components/policy-versions';
import { PolicyTabs, tabLabelKey } from '../components/policy-tabs';
import { StageBadge } from '../components/stage-badge';
import { useI18n } from '../../../app/i18n-context';
import { Link, paths, type PolicyTab } from '../../../app/router';
import { useDocumentTitle } from '../../../app/use-document-title';
import '../policies.css';

function TabContent({ policy, tab }: { policy: PolicyDetail; tab: PolicyTab | null }) {
  switch (tab) {
    case null:
      return <PolicyOverview policy={policy} />;
    case 'versions':
      return <PolicyVersions policy={policy} />;
    case 'kit':
      return <KitForm key={policy.id} policy={policy} />;
    case 'consultation':
      return <ConsultationTab policy={policy} />;
    case 'comments':
      return <ModerationTab policy={policy} />;
    case 'answers':
      return <AnswersTab policy={policy} />;
  }
}

/** A draft policy: header, sub-page links and the current sub-page (overview, versions, kit, consultation…). */
export function PolicyPage({ id, tab }: { id: string; tab: PolicyTab | null }) {
  const { t } = useI18n();
  const result = useQuery(policiesQueries.detail(id));
  const tabName = t(tabLabelKey(tab));
  useDocumentTitle(result.data ? `${tabName} — ${result.data.title}` : t('policies.title'));
  return (
    <>
      <p className="back-link">
        <Link to={paths.policies}>← {t('policies.back')}</Link>
      </p>
      {result.data === undefined ? <PageHeader title={t('policies.title')} /> : null}
      <AsyncView result={result}>
        {(policy) => (
          <>
            <PageHeader title={policy.title}
              description={
                <>
                  {[policy.docTypeLabel, policy.draftingUnitName].filter(Boolean).join(' — ')}{' '}
                  <StageBadge stage={policy.stage} label={policy.stageLabel} />
                </>
              } />
            <PolicyTabs policyId={policy.id} current={tab} abilities={policy.abilities} />
            <section className="policy-tab" aria-labelledby="policy-tab-title">
              <h2 id="policy-tab-title">{tabName}</h2>
              <TabContent policy={policy} tab={tab} />
            </section>
          </>
        )}
      </AsyncView>
    </>
  );
}
