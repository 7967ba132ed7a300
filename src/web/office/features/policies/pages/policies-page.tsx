import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, DataTable, DateText, Field, PageHeader, SelectField } from '../../../../ui';
import { policiesQueries } from '../api';
import type { PolicySummary } from '../api-types';
import { AsyncView } from '../../../app/components/async-view';
import { canPolicy } from '../components/policy-guard';
import { PolicyCreateForm } from '../components/policy-create-form';
import { stageOptions } from '../components/policy-text';
import { StageBadge } from '../components/stage-badge';
import { useI18n } from '../../../app/i18n-context';
import { Link, paths } from '../../../app/router';
import { useMe } from '../../../app/session';
import { useDebounced } from '../../../app/use-debounced';
import { useDocumentTitle } from '../../../app/use-document-title';
import '../policies.css';

function RoundDates({ policy }: { policy: PolicySummary }) {
  const { t } = useI18n();
  if (!policy.openRound) return <span className="muted">{t('policies.noOpenRound')}</span>;
  return (
    <span className="nowrap">
      <DateText value={policy.openRound.opensOn} /> – <DateText value={policy.openRound.closesOn} />
    </span>
  );
}

/** "Dự thảo chính sách": searchable register of draft policies filtered by stage, with "Tạo dự thảo". */
export function PoliciesPage() {
  const { t } = useI18n();
  const me = useMe();
  const [q, setQ] = useState('');
  const [stage, setStage] = useState('');
  const [creating, setCreating] = useState(false);
  const debounced = useDebounced(q.trim(), 300);
  const list = useQuery(policiesQueries.list({ q: debounced, stage }));
  useDocumentTitle(t('policies.title'));
  const filtered = debounced !== '' || stage !== '';

  return (
    <>
      <PageHeader title={t('policies.title')} description={t('policies.intro')}>
        {canPolicy(me, 'policies.write') ? (
          <Button aria-expanded={creating} aria-controls={creating ? 'policy-create' : undefined}
            onClick={() => setCreating((c) => !c)}>
            {t('policies.create')}
          </Button>
        ) : null}
      </PageHeader>
      {creating ? <PolicyCreateForm onCancel={() => setCreating(false)} /> : null}
      <form className="filter-bar" role="search" aria-label={t('policies.searchLabel')} onSubmit={(e) => e.preventDefault()}>
        <Field label={t('policies.search')} hint={t('people.searchHint')} type="search" name="q" autoComplete="off"
          value={q} onChange={(e) => setQ(e.target.value)} />
        <SelectField label={t('policies.stage')} name="stage" placeholder={t('policies.allStages')}
          options={stageOptions(t)} value={stage} onChange={(e) => setStage(e.target.value)} />
      </form>
      <AsyncView result={list}>
        {(data) => (
          <DataTable<PolicySummary>
            caption={t('policies.caption')}
            rows={data.items}
            rowKey={(p) => p.id}
            emptyText={filtered ? t('policies.noMatch') : t('policies.empty')}
            columns={[
              {
                key: 'title',
                header: t('policies.name'),
                rowHeader: true,
                className: 'wide',
                cell: (p) => (
                  <>
                    <Link to={paths.policy(p.id)}>{p.title}</Link>
                    {p.isLargeImpact ? <span className="badge badge--impact">{t('impact.largeShort')}</span> : null}
                  </>
                ),
              },
              { key: 'docType', header: t('policies.docType'), cell: (p) => p.docTypeLabel },
              { key: 'unit', header: t('policies.unit'), cell: (p) => p.draftingUnitName },
              { key: 'stage', header: t('policies.stage'), cell: (p) => <StageBadge stage={p.stage} label={p.stageLabel} /> },
              { key: 'round', header: t('policies.openRound'), cell: (p) => <RoundDates policy={p} /> },
              { key: 'comments', header: t('policies.comments'), className: 'num', cell: (p) => p.commentCount },
              {
                key: 'unanswered',
                header: t('policies.unanswered'),
                className: 'num',
                cell: (p) => (p.unansweredCount > 0 ? <strong className="text-danger">{p.unansweredCount}</strong> : p.unansweredCount),
              },
            ]}
          />
        )}
      </AsyncView>
    </>
  );
}
