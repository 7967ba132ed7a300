import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Alert, Button, DataTable, Field, PageHeader, SelectField, formatDateTime } from '../../../../ui';
import { AsyncView } from '../../../app/components/async-view';
import { FormError } from '../../../app/components/form-error';
import { fieldErrors } from '../../../app/errors';
import { useI18n } from '../../../app/i18n-context';
import { useSession } from '../../../app/session';
import { useDocumentTitle } from '../../../app/use-document-title';
import { monitoringApi, monitoringQueries } from '../api';
import type { MonitoringSource, Probe, SourceBody } from '../api-types';
import { MonitoringNav } from '../components/monitoring-parts';
import '../monitoring.css';

type Kind = SourceBody['kind'];

function ProbeResult({ probe, onUse }: { probe: Probe; onUse: (url: string) => void }) {
  const { t } = useI18n();
  if (probe.kind === 'feed') return <p>{t('mon.sources.probeFeed', { title: probe.title ?? probe.url, count: probe.items })}</p>;
  if (probe.kind === 'refused') return <p className="mon-health--bad">{t('mon.sources.probeRefused', { reason: probe.reason })}</p>;
  return (
    <>
      <p>{t('mon.sources.probePage')}</p>
      {probe.feedLinks.length ? (
        <>
          <p>{t('mon.sources.probeLinks')}</p>
          <ul>
            {probe.feedLinks.map((l) => (
              <li key={l}>
                <span>{l}</span>{' '}
                <Button type="button" size="small" variant="secondary" onClick={() => onUse(l)} aria-label={`${t('mon.sources.useLink')}: ${l}`}>
                  {t('mon.sources.useLink')}
                </Button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

function AddSource() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [url, setUrl] = useState('');
  const [kind, setKind] = useState<Kind>('feed');
  const [name, setName] = useState('');
  const [poll, setPoll] = useState('30');
  const [probe, setProbe] = useState<Probe | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const check = useMutation({ mutationFn: (u: string) => monitoringApi.probe(u), onSuccess: setProbe });
  const save = useMutation({
    mutationFn: (body: SourceBody) => monitoringApi.addSource(body),
    onSuccess: (s) => {
      setAdded(s.name);
      setUrl('');
      setName('');
      setProbe(null);
      void queryClient.invalidateQueries({ queryKey: monitoringQueries.all });
    },
  });
  const errors = fieldErrors(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setAdded(null);
    save.mutate({ url: url.trim(), kind, name: name.trim() || null, pollMinutes: Number(poll) || 30 });
  };
  const use = (l: string) => {
    setUrl(l);
    setKind('feed');
    check.mutate(l);
  };
  return (
    <section className="panel" aria-labelledby="mon-add-source">
      <h2 id="mon-add-source">{t('mon.sources.add')}</h2>
      <form onSubmit={submit}>
        <Field label={t('mon.sources.url')} type="url" required value={url} maxLength={2000} error={errors.url} onChange={(e) => { setUrl(e.target.value); setProbe(null); }} />
        <SelectField label={t('mon.sources.kind')} value={kind} onChange={(e) => setKind(e.target.value as Kind)} options={(['feed', 'sitemap', 'page'] as const).map((k) => ({ value: k, label: t(`mon.sources.kind.${k}`) }))} />
        <Field label={t('mon.sources.name')} value={name} maxLength={200} error={errors.name} onChange={(e) => setName(e.target.value)} />
        <Field label={t('mon.sources.poll')} type="number" min={5} max={1440} value={poll} error={errors.pollMinutes} onChange={(e) => setPoll(e.target.value)} />
        <div className="mon-filters__actions">
          <Button type="button" variant="secondary" busy={check.isPending} disabled={!url.trim()} onClick={() => check.mutate(url.trim())}>
            {t('mon.sources.check')}
          </Button>
          <Button type="submit" busy={save.isPending}>
            {t('mon.sources.save')}
          </Button>
        </div>
      </form>
      <FormError error={check.error ?? save.error} shownFields={['url', 'name', 'pollMinutes']} />
      <div role="status">{probe ? <ProbeResult probe={probe} onUse={use} /> : null}</div>
      {added ? <Alert variant="success">{t('mon.sources.added', { name: added })}</Alert> : null}
    </section>
  );
}

function Health({ s }: { s: MonitoringSource }) {
  const { t } = useI18n();
  return (
    <>
      {!s.enabled ? <p className="mon-health--bad">{t('mon.sources.disabled', { reason: s.disabledReason ?? '' })}</p> : null}
      {s.enabled && s.errorStreak > 0 ? <p className="mon-health--bad">{t('mon.sources.errors', { count: s.errorStreak, error: s.lastError ?? '' })}</p> : null}
      {s.enabled && s.errorStreak === 0 && s.kind !== 'import' && s.lastSuccessAt ? <p>{t('mon.sources.ok')}</p> : null}
      {s.kind !== 'import' ? <p>{s.lastSuccessAt ? t('mon.sources.lastSuccess', { at: formatDateTime(s.lastSuccessAt) }) : t('mon.sources.never')}</p> : null}
      {s.volumeDropped ? <p className="mon-health--bad">{t('mon.sources.volumeDrop')}</p> : null}
    </>
  );
}

/** Items per day as bars (SVG attributes: no inline style under the CSP), with the figures as its text alternative. */
function Volume({ s }: { s: MonitoringSource }) {
  const { t } = useI18n();
  const max = Math.max(1, ...s.perDay.map((d) => d.count));
  const label = s.perDay.map((d) => t('mon.sources.perDay', { day: d.day.split('-').reverse().join('/'), count: d.count })).join('; ');
  return (
    <>
      <p>{t('mon.sources.total', { count: s.itemsTotal.toLocaleString('vi-VN') })}</p>
      {s.perDay.length ? (
        <svg className="mon-volume" viewBox={`0 0 ${s.perDay.length * 8} 32`} preserveAspectRatio="none" role="img" aria-label={label}>
          <title>{label}</title>
          {s.perDay.map((d, i) => {
            const h = Math.max(1, Math.round((d.count / max) * 32));
            return <rect key={d.day} className="mon-volume__bar" x={i * 8} y={32 - h} width={6} height={h} />;
          })}
        </svg>
      ) : null}
    </>
  );
}

/** Renames a source or changes how often it is polled (inline, in its row). */
function EditSource({ s, onDone }: { s: MonitoringSource; onDone: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [name, setName] = useState(s.name);
  const [poll, setPoll] = useState(String(s.pollMinutes));
  const save = useMutation({
    mutationFn: () => monitoringApi.updateSource(s.id, { name: name.trim(), pollMinutes: Number(poll) }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: monitoringQueries.all });
      onDone();
    },
  });
  const errors = fieldErrors(save.error);
  return (
    <form
      aria-label={`${t('mon.sources.edit')}: ${s.name}`}
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <Field label={t('mon.sources.nameShort')} required value={name} maxLength={200} error={errors.name} onChange={(e) => setName(e.target.value)} />
      {s.kind === 'import' ? null : <Field label={t('mon.sources.poll')} type="number" min={5} max={1440} value={poll} error={errors.pollMinutes} onChange={(e) => setPoll(e.target.value)} />}
      <FormError error={save.error} shownFields={['name', 'pollMinutes']} />
      <div className="mon-filters__actions">
        <Button type="submit" size="small" busy={save.isPending}>{t('mon.item.save')}</Button>
        <Button type="button" size="small" variant="secondary" onClick={onDone}>{t('mon.watch.cancel')}</Button>
      </div>
    </form>
  );
}

/** "Nguồn tin": add a feed, sitemap or page (checked at once), each source's health and volume, enable or disable. */
export function MonitoringSourcesPage() {
  const { t } = useI18n();
  useDocumentTitle(t('mon.sources.title'));
  const { state } = useSession();
  const canManage = state.status === 'signedIn' && state.me.abilities['monitoring.manage'] === true;
  const queryClient = useQueryClient();
  const sources = useQuery(monitoringQueries.sources());
  const toggle = useMutation({
    mutationFn: (s: MonitoringSource) => monitoringApi.setEnabled(s.id, !s.enabled),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: monitoringQueries.all }),
  });
  const actionLabel = (s: MonitoringSource) => (s.enabled ? t('mon.sources.disable') : t('mon.sources.enable'));
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <>
      <PageHeader title={t('mon.sources.title')} description={t('mon.sources.intro')} />
      <MonitoringNav />
      {canManage ? <AddSource /> : null}
      <section className="panel" aria-labelledby="mon-sources-list">
        <h2 id="mon-sources-list">{t('mon.sources.list')}</h2>
        <FormError error={toggle.error} />
        <AsyncView result={sources}>
          {(data) => (
            <DataTable
              caption={t('mon.sources.list')}
              hideCaption
              rows={data.items}
              rowKey={(s) => s.id}
              emptyText={t('mon.sources.empty')}
              columns={[
                {
                  key: 'name',
                  header: t('mon.sources.col.name'),
                  rowHeader: true,
                  cell: (s) => (
                    <>
                      <strong>{s.name}</strong>
                      <br />
                      {t(`mon.sources.kind.${s.kind}`)}
                      {s.url ? (
                        <>
                          <br />
                          <span className="mon-url">{s.url}</span>
                        </>
                      ) : null}
                    </>
                  ),
                },
                { key: 'health', header: t('mon.sources.col.health'), cell: (s) => <Health s={s} /> },
                { key: 'volume', header: t('mon.sources.col.volume'), cell: (s) => <Volume s={s} /> },
                ...(canManage
                  ? [
                      {
                        key: 'actions',
                        header: t('mon.sources.col.actions'),
                        cell: (s: MonitoringSource) =>
                          editing === s.id ? (
                            <EditSource s={s} onDone={() => setEditing(null)} />
                          ) : (
                            <div className="mon-filters__actions">
                              <Button size="small" variant="secondary" onClick={() => setEditing(s.id)} aria-label={`${t('mon.sources.edit')}: ${s.name}`}>
                                {t('mon.sources.edit')}
                              </Button>
                              {s.kind === 'import' ? null : (
                                <Button size="small" variant="secondary" busy={toggle.isPending && toggle.variables?.id === s.id} onClick={() => toggle.mutate(s)} aria-label={`${actionLabel(s)}: ${s.name}`}>
                                  {actionLabel(s)}
                                </Button>
                              )}
                            </div>
                          ),
                      },
                    ]
                  : []),
              ]}
            />
          )}
        </AsyncView>
      </section>
    </>
  );
}
