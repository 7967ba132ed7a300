import '../awareness.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, DataTable, formatDate, PageHeader } from '../../../../ui';
import { AsyncView } from '../../../app/components/async-view';
import { useI18n } from '../../../app/i18n-context';
import { Link, paths } from '../../../app/router';
import { useDocumentTitle } from '../../../app/use-document-title';
import { awarenessApi, awarenessQueries } from '../api';
import type { Activity, ActivityBody, CampaignBody } from '../api-types';
import { ActivityForm } from '../components/activity-form';
import { CampaignForm } from '../components/campaign-form';

const n = new Intl.NumberFormat('vi-VN');

/** One campaign: audience, period, policy, the reach totals by audience and its activities; coordinators add and edit. */
export function CampaignPage({ id }: { id: string }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const campaign = useQuery(awarenessQueries.campaign(id));
  const [isEditing, setEditing] = useState(false);
  const [formKey, setFormKey] = useState(0);
  useDocumentTitle(campaign.data?.title ?? t('awareness.title'));
  const add = useMutation({
    mutationFn: (body: ActivityBody) => awarenessApi.addActivity(id, body),
    onSuccess: () => {
      setFormKey((k) => k + 1);
      void queryClient.invalidateQueries({ queryKey: awarenessQueries.all });
    },
  });
  const edit = useMutation({
    mutationFn: (body: CampaignBody) => awarenessApi.edit(id, body),
    onSuccess: () => {
      setEditing(false);
      void queryClient.invalidateQueries({ queryKey: awarenessQueries.all });
    },
  });
  return (
    <AsyncView result={campaign}>
      {(c) => (
        <>
          <PageHeader title={c.title} description={c.organiserUnit.name}>
            <Link to={paths.awareness} className="dt-button dt-button--secondary">{t('awareness.title')}</Link>
          </PageHeader>
          <dl className="awareness-facts">
            <div><dt>{t('awareness.field.audiences')}</dt><dd>{c.audiences.map((a) => a.label).join('; ')}</dd></div>
            <div><dt>{t('awareness.col.period')}</dt><dd>{t('awareness.period', { from: formatDate(c.startsOn), to: formatDate(c.endsOn) })}</dd></div>
            <div><dt>{t('awareness.field.status')}</dt><dd>{c.statusLabel}</dd></div>
            {c.policy ? <div><dt>{t('awareness.field.policy')}</dt><dd><Link to={paths.policy(c.policy.id)}>{c.policy.title}</Link></dd></div> : null}
            {c.description ? <div><dt>{t('awareness.field.description')}</dt><dd>{c.description}</dd></div> : null}
          </dl>
          <section aria-labelledby="reach">
            <h2 id="reach">{t('awareness.reach')}</h2>
            <dl className="awareness-facts" data-testid="campaign-reach">
              <div><dt>{t('awareness.reach.officials')}</dt><dd>{n.format(c.reach.officials)}</dd></div>
              <div><dt>{t('awareness.reach.citizens')}</dt><dd>{n.format(c.reach.citizens)}</dd></div>
              <div><dt>{t('awareness.reach.businesses')}</dt><dd>{n.format(c.reach.businesses)}</dd></div>
              <div><dt>{t('awareness.reach.total')}</dt><dd>{n.format(c.reach.total)}</dd></div>
            </dl>
          </section>
          <section aria-labelledby="activities">
            <h2 id="activities">{t('awareness.activities')}</h2>
            <DataTable<Activity>
              caption={t('awareness.activities.caption')}
              hideCaption
              rows={c.activities}
              rowKey={(a) => a.id}
              emptyText={t('awareness.activities.empty')}
              columns={[
                { key: 'heldOn', header: t('awareness.activity.heldOn'), cell: (a) => formatDate(a.heldOn) },
                { key: 'kind', header: t('awareness.activity.kind'), rowHeader: true, cell: (a) => a.kindLabel },
                { key: 'place', header: t('awareness.activity.place'), cell: (a) => a.place ?? '' },
                { key: 'reach', header: t('awareness.col.reach'), cell: (a) => [a.reachOfficials && `${t('awareness.reach.officials')}: ${n.format(a.reachOfficials)}`, a.reachCitizens && `${t('awareness.reach.citizens')}: ${n.format(a.reachCitizens)}`, a.reachBusinesses && `${t('awareness.reach.businesses')}: ${n.format(a.reachBusinesses)}`].filter(Boolean).join('; ') },
                {
                  key: 'products',
                  header: t('awareness.activity.products'),
                  cell: (a) => (
                    <>
                      {a.libraryProducts.length ? (
                        <ul className="awareness-products">
                          {a.libraryProducts.map((p) => (
                            <li key={p.id}>
                              <Link to={paths.product(p.id)}>{p.title}</Link> <span className="muted">({p.kindLabel}{p.isWithdrawn ? `, ${t('awareness.activity.withdrawn')}` : ''})</span>
                            </li>
                          ))}
                        </ul>
                      ) : null}
                      {a.products ?? ''}
                    </>
                  ),
                },
              ]}
            />
          </section>
          {c.abilities.canManage ? (
            <>
              <section aria-labelledby="add-activity" className="awareness-box">
                <h2 id="add-activity">{t('awareness.activity.add')}</h2>
                <ActivityForm key={formKey} productChoices={c.productChoices} busy={add.isPending} error={add.error} onSubmit={(b) => add.mutate(b)} />
              </section>
              <section aria-labelledby="edit-campaign">
                <h2 id="edit-campaign">{t('awareness.edit')}</h2>
                {isEditing ? (
                  <CampaignForm initial={c} submitLabel={t('awareness.save')} busy={edit.isPending} error={edit.error} onSubmit={(b) => edit.mutate(b)} />
                ) : (
                  <Button variant="secondary" onClick={() => setEditing(true)}>{t('awareness.edit')}</Button>
                )}
              </section>
            </>
          ) : null}
        </>
      )}
    </AsyncView>
  );
}
