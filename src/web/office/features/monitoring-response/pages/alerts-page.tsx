import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Alert, Button, Field, PageHeader, SelectField, formatDateTime } from '../../../../ui';
import { TextareaField } from '../../../../ui/textarea-field';
import { AsyncView, EmptyText } from '../../../app/components/async-view';
import { FormError } from '../../../app/components/form-error';
import { fieldErrors } from '../../../app/errors';
import { HrefLink } from '../../../app/components/href-link';
import { Pager } from '../../../app/components/pager';
import { useI18n } from '../../../app/i18n-context';
import { useSession } from '../../../app/session';
import { useDocumentTitle } from '../../../app/use-document-title';
import { responseApi, responseQueries } from '../api';
import { ALERT_KINDS, type AlertKind, type AlertRule, type AlertRuleBody, type MonitoringAlert } from '../api-types';
import { ResponseNav } from '../components/response-nav';
import '../response.css';

const LIMIT = 20;

/** The body that saves `rule` again with only `enabled` changed. */
const bodyOf = (rule: AlertRule, enabled: boolean): AlertRuleBody => ({ name: rule.name, kind: rule.kind, query: rule.query, sourceId: rule.sourceId, params: rule.params, cooldownMinutes: rule.cooldownMinutes, userIds: rule.users.map((u) => u.id), emails: rule.emails, webhookUrl: rule.webhookUrl, enabled });

/** A new rule, or `rule` to change (its other spike parameters and its on/off state are kept). */
function RuleForm({ rule, onSaved, onCancel }: { rule?: AlertRule; onSaved: (name: string, secret: string | null) => void; onCancel?: () => void }) {
  const { t } = useI18n();
  const recipients = useQuery(responseQueries.recipients());
  const [sourceId, setSourceId] = useState(rule?.sourceId ?? '');
  const [kind, setKind] = useState<AlertKind>(rule?.kind ?? 'negative_spike');
  const sources = useQuery({ ...responseQueries.sources(), enabled: kind === 'source' });
  const [name, setName] = useState(rule?.name ?? '');
  const [query, setQuery] = useState(rule?.query ?? '');
  const [minCount, setMinCount] = useState(String(rule?.params.minCount ?? 5));
  const [cooldown, setCooldown] = useState(String(rule?.cooldownMinutes ?? 60));
  const [users, setUsers] = useState<string[]>(rule?.users.map((u) => u.id) ?? []);
  const [emails, setEmails] = useState(rule?.emails.join('\n') ?? '');
  const [webhook, setWebhook] = useState(rule?.webhookUrl ?? '');
  const save = useMutation({
    mutationFn: (body: AlertRuleBody) => (rule ? responseApi.updateRule(rule.id, body) : responseApi.createRule(body)),
    onSuccess: (r, body) => {
      onSaved(body.name, r.webhookSecret);
      setName('');
      setQuery('');
    },
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const spike = kind === 'negative_spike' || kind === 'volume';
    save.mutate({
      name,
      kind,
      query: kind === 'keyword' ? query : null,
      sourceId: kind === 'source' ? sourceId || null : null,
      params: spike ? { ...rule?.params, minCount: Number(minCount) || 5 } : undefined,
      enabled: rule?.enabled,
      cooldownMinutes: Number(cooldown) || 60,
      userIds: users,
      emails: emails.split(/[\s,;]+/).filter(Boolean),
      webhookUrl: webhook.trim() || null,
    });
  };
  const errorOf = (path: string) => fieldErrors(save.error)[path] ?? null;
  return (
    <form onSubmit={onSubmit} aria-labelledby="mr-rule-form">
      <h3 id="mr-rule-form">{rule ? t('mr.rules.edit', { name: rule.name }) : t('mr.rules.add')}</h3>
      <FormError error={save.error} shownFields={['name', 'query', 'webhookUrl']} />
      <div className="mr-row">
        <Field label={t('mr.rules.name')} value={name} onChange={(e) => setName(e.target.value)} required error={errorOf('name')} />
        <SelectField label={t('mr.rules.kind')} value={kind} onChange={(e) => setKind(e.target.value as AlertKind)} options={ALERT_KINDS.map((k) => ({ value: k, label: t(`mr.rules.kind.${k}`) }))} />
      </div>
      {kind === 'keyword' ? <Field label={t('mr.rules.query')} value={query} onChange={(e) => setQuery(e.target.value)} error={errorOf('query')} /> : null}
      {kind === 'source' ? (
        <SelectField label={t('mr.rules.sourceId')} value={sourceId} onChange={(e) => setSourceId(e.target.value)} placeholder={t('mr.rules.sourcePick')} options={(sources.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }))} error={errorOf('sourceId')} />
      ) : null}
      <div className="mr-row">
        {kind === 'negative_spike' || kind === 'volume' ? <Field label={t('mr.rules.minCount')} type="number" min={1} value={minCount} onChange={(e) => setMinCount(e.target.value)} /> : null}
        <Field label={t('mr.rules.cooldown')} type="number" min={1} value={cooldown} onChange={(e) => setCooldown(e.target.value)} />
      </div>
      <fieldset>
        <legend>{t('mr.rules.recipients')}</legend>
        {(recipients.data?.items ?? []).map((u) => (
          <label key={u.id} className="choice">
            <input type="checkbox" checked={users.includes(u.id)} onChange={(e) => setUsers(e.target.checked ? [...users, u.id] : users.filter((x) => x !== u.id))} /> {u.name}
          </label>
        ))}
      </fieldset>
      <TextareaField label={t('mr.rules.emails')} rows={2} value={emails} onChange={(e) => setEmails(e.target.value)} />
      <Field label={t('mr.rules.webhook')} value={webhook} onChange={(e) => setWebhook(e.target.value)} error={errorOf('webhookUrl')} />
      <Button type="submit" busy={save.isPending}>
        {t('mr.rules.save')}
      </Button>
      {onCancel ? (
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t('mr.rules.cancel')}
        </Button>
      ) : null}
    </form>
  );
}

function AlertCard({ alert, onAcknowledge, busy }: { alert: MonitoringAlert; onAcknowledge: () => void; busy: boolean }) {
  const { t } = useI18n();
  return (
    <li className="mr-card" id={`alert-${alert.id}`}>
      <h3>
        {alert.ruleName} <span className="badge">{alert.kindLabel}</span>
      </h3>
      <p className="mr-meta">
        {t('mr.alerts.fired', { at: formatDateTime(alert.firedAt) })} · {t('mr.alerts.latency', { seconds: Math.round(alert.latencySeconds) })}
      </p>
      {alert.explanation.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <details>
        <summary>{t('mr.alerts.items', { count: alert.itemCount })}</summary>
        <ul>
          {alert.items.map((i) => (
            <li key={i.id}>
              <HrefLink href={`/office/monitoring/items/${encodeURIComponent(i.id)}`}>{i.title}</HrefLink> — {i.sourceName}, {i.sentiment.toLowerCase()}
            </li>
          ))}
        </ul>
      </details>
      <details>
        <summary>{t('mr.alerts.deliveries')}</summary>
        <ul>
          {alert.deliveries.map((d) => (
            <li key={`${d.channel}-${d.target}`}>
              {d.channelLabel}: {d.target} — {d.statusLabel} ({t('mr.alerts.attempts', { count: d.attempts })}
              {d.nextAttemptAt ? `, ${t('mr.alerts.nextAttempt', { at: formatDateTime(d.nextAttemptAt) })}` : ''}){d.lastError ? `: ${d.lastError}` : ''}
            </li>
          ))}
        </ul>
      </details>
      {alert.acknowledgedBy ? (
        <p className="mr-meta">{t('mr.alerts.acknowledged', { name: alert.acknowledgedBy })}</p>
      ) : (
        <Button variant="secondary" size="small" busy={busy} onClick={onAcknowledge} aria-label={`${t('mr.alerts.acknowledge')}: ${alert.ruleName}`}>
          {t('mr.alerts.acknowledge')}
        </Button>
      )}
      <p>
        <HrefLink href={`/office/crises/new?alertId=${encodeURIComponent(alert.id)}`} aria-label={`${t('crises.open.fromAlert')}: ${alert.ruleName}`}>
          {t('crises.open.fromAlert')}
        </HrefLink>
      </p>
    </li>
  );
}

/** "Cảnh báo dư luận": the alerts fired, newest first and refreshed every 10 s, and the rules that fire them. */
export function MonitoringAlertsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('mr.alerts.title'));
  const { state } = useSession();
  const canManage = state.status === 'signedIn' && state.me.abilities['monitoring.manage'] === true;
  const [offset, setOffset] = useState(0);
  const [saved, setSaved] = useState<{ name: string; secret: string | null } | null>(null);
  const [editing, setEditing] = useState<AlertRule | null>(null);
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: responseQueries.all });
  const alerts = useQuery(responseQueries.alerts({ limit: LIMIT, offset }));
  const rules = useQuery(responseQueries.rules());
  const ack = useMutation({ mutationFn: (id: string) => responseApi.acknowledge(id), onSuccess: refresh });
  const toggle = useMutation({ mutationFn: (r: AlertRule) => responseApi.updateRule(r.id, bodyOf(r, !r.enabled)), onSuccess: refresh });
  return (
    <>
      <PageHeader title={t('mr.alerts.title')} description={t('mr.alerts.intro')} />
      <ResponseNav />
      <section className="panel" aria-labelledby="mr-alerts-list">
        <h2 id="mr-alerts-list">{t('mr.alerts.list')}</h2>
        <FormError error={ack.error} />
        <AsyncView result={alerts}>
          {(data) =>
            data.items.length === 0 ? (
              <EmptyText text={t('mr.alerts.empty')} />
            ) : (
              <>
                <ul className="mr-list">
                  {data.items.map((a) => (
                    <AlertCard key={a.id} alert={a} busy={ack.isPending && ack.variables === a.id} onAcknowledge={() => ack.mutate(a.id)} />
                  ))}
                </ul>
                <Pager total={data.total} offset={offset} limit={LIMIT} onChange={setOffset} busy={alerts.isFetching} />
              </>
            )
          }
        </AsyncView>
      </section>
      <section className="panel" aria-labelledby="mr-rules">
        <h2 id="mr-rules">{t('mr.rules.title')}</h2>
        <FormError error={toggle.error} />
        <AsyncView result={rules}>
          {(data) =>
            data.items.length === 0 ? (
              <EmptyText text={t('mr.rules.empty')} />
            ) : (
              <ul className="mr-list">
                {data.items.map((r) => (
                  <li key={r.id} className="mr-card">
                    <h3>
                      {r.name} <span className="badge">{r.enabled ? t('mr.rules.enabled') : t('mr.rules.disabled')}</span>
                    </h3>
                    <p className="mr-meta">
                      {r.kindLabel}
                      {r.query ? ` — ${r.query}` : ''}
                      {r.sourceName ? ` — ${r.sourceName}` : ''}
                    </p>
                    <p className="mr-meta">{[...r.users.map((u) => u.name), ...r.emails, ...(r.webhookUrl ? ['webhook'] : [])].join(', ')}</p>
                    {r.lastFiredAt ? (
                      <p className="mr-meta">
                        {t('mr.rules.lastFired', { at: formatDateTime(r.lastFiredAt) })}
                      </p>
                    ) : null}
                    {canManage ? (
                      <Button variant="secondary" size="small" onClick={() => setEditing(r)} aria-label={`${t('mr.rules.editButton')}: ${r.name}`}>
                        {t('mr.rules.editButton')}
                      </Button>
                    ) : null}{' '}
                    {canManage ? (
                      <Button variant="secondary" size="small" busy={toggle.isPending && toggle.variables?.id === r.id} onClick={() => toggle.mutate(r)} aria-label={`${r.enabled ? t('mr.rules.turnOff') : t('mr.rules.turnOn')}: ${r.name}`}>
                        {r.enabled ? t('mr.rules.turnOff') : t('mr.rules.turnOn')}
                      </Button>
                    ) : null}
                  </li>
                ))}
              </ul>
            )
          }
        </AsyncView>
        {saved ? (
          <Alert variant="success" role="status">
            <p>{t('mr.rules.saved', { name: saved.name })}</p>
            {saved.secret ? <p className="mr-hash">{t('mr.rules.secret', { secret: saved.secret })}</p> : null}
          </Alert>
        ) : null}
        {canManage ? <RuleForm key={editing?.id ?? 'new'} rule={editing ?? undefined} onCancel={editing ? () => setEditing(null) : undefined} onSaved={(name, secret) => { setSaved({ name, secret }); setEditing(null); void refresh(); }} /> : null}
      </section>
    </>
  );
}
