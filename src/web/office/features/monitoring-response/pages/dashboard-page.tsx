import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Alert, Button, DataTable, PageHeader, SelectField, formatDate } from '../../../../ui';
import { AsyncView, EmptyText } from '../../../app/components/async-view';
import { FormError } from '../../../app/components/form-error';
import { useI18n } from '../../../app/i18n-context';
import { useSession } from '../../../app/session';
import { useDocumentTitle } from '../../../app/use-document-title';
import { downloads, responseApi, responseQueries } from '../api';
import type { DashboardView } from '../api-types';
import { ResponseNav } from '../components/response-nav';
import { VolumeChart } from '../components/volume-chart';
import '../response.css';

type Day = DashboardView['days'][number];
type Count = DashboardView['sources'][number];

function CountTable({ caption, rows }: { caption: string; rows: readonly Count[] }) {
  const { t } = useI18n();
  return (
    <DataTable<Count>
      caption={caption}
      rows={rows}
      rowKey={(r) => r.name}
      emptyText={t('mr.dashboard.none')}
      columns={[
        { key: 'name', header: t('mr.dashboard.name'), rowHeader: true, cell: (r) => r.name },
        { key: 'items', header: t('mr.dashboard.items'), cell: (r) => r.items },
        { key: 'negative', header: t('mr.dashboard.negative'), cell: (r) => r.negative },
      ]}
    />
  );
}

function Digests() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const digests = useQuery(responseQueries.digests());
  const save = useMutation({ mutationFn: responseApi.subscribe, onSuccess: () => queryClient.invalidateQueries({ queryKey: responseQueries.all }) });
  return (
    <section className="panel" aria-labelledby="mr-digests">
      <h2 id="mr-digests">{t('mr.digest.title')}</h2>
      <FormError error={save.error} />
      <AsyncView result={digests}>
        {(data) => (
          <>
            {(['daily', 'weekly'] as const).map((f) => (
              <label key={f} className="choice">
                <input type="checkbox" checked={data.subscribed[f]} disabled={save.isPending} onChange={(e) => save.mutate({ ...data.subscribed, [f]: e.target.checked })} /> {t(f === 'daily' ? 'mr.digest.daily' : 'mr.digest.weekly')}
              </label>
            ))}
            {save.isSuccess ? <p role="status">{t('mr.digest.saved')}</p> : null}
            {data.items.length === 0 ? (
              <EmptyText text={t('mr.digest.empty')} />
            ) : (
              <ul>
                {data.items.map((d) => (
                  <li key={d.id}>
                    <a href={downloads.digest(d.id)}>{t('mr.digest.line', { kind: t(d.frequency === 'daily' ? 'mr.digest.kind.daily' : 'mr.digest.kind.weekly'), from: formatDate(d.periodStart), to: formatDate(new Date(new Date(d.periodEnd).getTime() - 1).toISOString()) })}</a>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </AsyncView>
    </section>
  );
}

/** "Tổng quan dư luận": volume and sentiment per day (chart and its table), top stories, sources and topics, digests. */
export function MonitoringDashboardPage() {
  const { t } = useI18n();
  useDocumentTitle(t('mr.dashboard.title'));
  const { state } = useSession();
  const canManage = state.status === 'signedIn' && state.me.abilities['monitoring.manage'] === true;
  const [days, setDays] = useState(30);
  const view = useQuery(responseQueries.dashboard(days));
  const retrain = useMutation({ mutationFn: responseApi.retrain });
  return (
    <>
      <PageHeader title={t('mr.dashboard.title')} />
      <ResponseNav />
      <SelectField label={t('mr.dashboard.days')} value={String(days)} onChange={(e) => setDays(Number(e.target.value))} options={[7, 30, 90, 365].map((d) => ({ value: String(d), label: t('mr.dashboard.daysOption', { count: d }) }))} />
      <AsyncView result={view}>
        {(data) => (
          <>
            <p role="status">{t('mr.dashboard.totals', { ...data.totals, alerts: data.alerts })}</p>
            <section className="panel" aria-labelledby="mr-volume">
              <h2 id="mr-volume">{t('mr.dashboard.volume')}</h2>
              <VolumeChart
                label={t('mr.dashboard.volume')}
                describedBy="mr-volume-table"
                dayLabel={t('mr.dashboard.day')}
                days={data.days.map((d) => d.day)}
                series={[
                  { label: t('mr.dashboard.negative'), colour: '--dt-red-700', forced: 'LinkText', values: data.days.map((d) => d.negative) },
                  { label: t('mr.dashboard.neutral'), colour: '--dt-gray-400', forced: 'GrayText', values: data.days.map((d) => d.neutral), dash: [6, 4] },
                  { label: t('mr.dashboard.positive'), colour: '--dt-green-700', forced: 'CanvasText', values: data.days.map((d) => d.positive) },
                ]}
              />
              <details id="mr-volume-table">
                <summary>{t('mr.dashboard.volumeTable')}</summary>
                <DataTable<Day>
                  caption={t('mr.dashboard.volume')}
                  rows={data.days}
                  rowKey={(d) => d.day}
                  columns={[
                    { key: 'day', header: t('mr.dashboard.day'), rowHeader: true, cell: (d) => formatDate(d.day) },
                    { key: 'negative', header: t('mr.dashboard.negative'), cell: (d) => d.negative },
                    { key: 'neutral', header: t('mr.dashboard.neutral'), cell: (d) => d.neutral },
                    { key: 'positive', header: t('mr.dashboard.positive'), cell: (d) => d.positive },
                  ]}
                />
              </details>
            </section>
            <div className="mr-grid">
              <section className="panel" aria-labelledby="mr-stories">
                <h2 id="mr-stories">{t('mr.dashboard.stories')}</h2>
                <CountTable caption={t('mr.dashboard.stories')} rows={data.stories.map((s) => ({ name: s.title, items: s.items, negative: s.negative }))} />
              </section>
              <section className="panel" aria-labelledby="mr-sources">
                <h2 id="mr-sources">{t('mr.dashboard.sources')}</h2>
                <CountTable caption={t('mr.dashboard.sources')} rows={data.sources} />
              </section>
              <section className="panel" aria-labelledby="mr-terms">
                <h2 id="mr-terms">{t('mr.dashboard.terms')}</h2>
                <CountTable caption={t('mr.dashboard.terms')} rows={data.terms} />
              </section>
            </div>
            <section className="panel" aria-labelledby="mr-verdicts">
              <h2 id="mr-verdicts">{t('mr.dashboard.verdicts')}</h2>
              {data.verdicts.length === 0 ? <EmptyText text={t('mr.dashboard.none')} /> : <ul>{data.verdicts.map((v) => <li key={v.label}>{v.label}: {v.n}</li>)}</ul>}
              <p>{t('mr.dashboard.takedowns', { ...data.takedowns, inTime: data.takedowns.removedInTime })}</p>
            </section>
          </>
        )}
      </AsyncView>
      <Digests />
      {canManage ? (
        <section className="panel">
          <FormError error={retrain.error} />
          <Button variant="secondary" busy={retrain.isPending} onClick={() => retrain.mutate()}>
            {t('mr.retrain')}
          </Button>
          {retrain.data ? <Alert variant="info" role="status">{retrain.data.skipped ?? t('mr.retrained', { version: retrain.data.version ?? 0, count: retrain.data.corrections })}</Alert> : null}
        </section>
      ) : null}
    </>
  );
}
