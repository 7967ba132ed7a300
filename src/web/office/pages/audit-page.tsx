import { useState } from 'react';
import { Alert, Button, DataTable, DateText, formatDateTime, PageHeader } from '../../ui';
import { auditApi } from '../api-endpoints';
import type { AuditEntry, AuditVerification, Json } from '../api-types';
import { AsyncView } from '../components/async-view';
import { FormError } from '../components/form-error';
import { useI18n } from '../i18n-context';
import { useAction, useAsync } from '../use-async';
import { useDocumentTitle } from '../use-document-title';

/** Renders the jsonb summary of an entry as short readable text. */
function summaryText(summary: Json): string {
  if (summary === null) return '';
  if (typeof summary !== 'object') return String(summary);
  if (Array.isArray(summary)) return summary.map(summaryText).join(', ');
  return Object.entries(summary)
    .map(([k, v]) => `${k}: ${typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)}`)
    .join('; ');
}

/** Checks the whole chain and its checkpoints on request, and says plainly what it found. */
function IntegrityCheck() {
  const { t } = useI18n();
  const { run, busy, failure, result } = useAction(() => auditApi.verify());
  return (
    <section className="audit-integrity" aria-labelledby="audit-integrity-h">
      <h2 id="audit-integrity-h">{t('audit.verify')}</h2>
      <p className="muted">{t('audit.verifyIntro')}</p>
      <Button variant="secondary" busy={busy} onClick={run}>{t('audit.verify')}</Button>
      <FormError error={failure} />
      {result ? <IntegrityResult result={result} /> : null}
    </section>
  );
}

function IntegrityResult({ result }: { result: AuditVerification }) {
  const { t } = useI18n();
  return (
    <>
      {result.reason !== null ? (
        <Alert variant="error" title={t('audit.verifyBad')}>
          {t('audit.verifyBadBody', { seq: result.badSeq ?? '?', reason: result.reason })}
        </Alert>
      ) : result.badCheckpointLines.length === 0 && result.lastCheckpointAt ? (
        <Alert variant="success" title={t('audit.verifyOk')}>
          {t('audit.verifyOkBody', { rows: result.rows, checkpoints: result.checkpoints, last: formatDateTime(result.lastCheckpointAt) })}
        </Alert>
      ) : result.badCheckpointLines.length === 0 ? (
        // the chain alone cannot show that its newest rows were removed: say so rather than a plain "intact"
        <Alert variant="warning" title={t('audit.verifyNoCheckpointTitle')}>
          {t('audit.verifyNoCheckpointBody', { rows: result.rows })}
        </Alert>
      ) : null}
      {result.badCheckpointLines.length ? (
        <Alert variant="warning" title={t('audit.verifyBadFile')}>
          <ul>
            {result.badCheckpointLines.map((b) => (
              <li key={b.line}>{t('audit.verifyBadLine', { line: b.line, reason: b.reason })}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
    </>
  );
}

/** Latest audit-log entries with "Xem thêm" paging through nextBefore. */
export function AuditPage() {
  const { t } = useI18n();
  const first = useAsync((signal) => auditApi.list(null, signal), []);
  const [more, setMore] = useState<{ items: AuditEntry[]; next: number | string | null } | null>(null);
  useDocumentTitle(t('audit.title'));

  const items = [...(first.data?.items ?? []), ...(more?.items ?? [])];
  const next = more ? more.next : (first.data?.nextBefore ?? null);

  const { run: loadMore, busy, failure } = useAction(async () => {
    if (next === null) return;
    const page = await auditApi.list(next);
    setMore((m) => ({ items: [...(m?.items ?? []), ...page.items], next: page.nextBefore ?? null }));
  });

  return (
    <>
      <PageHeader title={t('audit.title')} description={t('audit.intro')} />
      <IntegrityCheck />
      <AsyncView result={first}>
        {() => (
          <>
            <DataTable
              caption={t('audit.caption')}
              rows={items}
              rowKey={(e) => String(e.seq)}
              emptyText={t('common.empty')}
              columns={[
                { key: 'at', header: t('audit.at'), rowHeader: true, cell: (e) => <DateText value={e.at} withTime /> },
                { key: 'actor', header: t('audit.actor'), cell: (e) => e.actorName },
                { key: 'action', header: t('audit.action'), cell: (e) => <code>{e.action}</code> },
                { key: 'subject', header: t('audit.subject'), cell: (e) => [e.subjectType, e.subjectId].filter(Boolean).join(' · ') },
                { key: 'summary', header: t('audit.summary'), className: 'audit-summary', cell: (e) => summaryText(e.summary) },
                { key: 'request', header: t('audit.requestId'), cell: (e) => (e.requestId ? <code>{e.requestId}</code> : '') },
              ]}
            />
            {items.length > 0 ? <p className="muted" role="status">{t('audit.count', { count: items.length })}</p> : null}
            <FormError error={failure} />
            {next !== null ? (
              <Button variant="secondary" busy={busy} onClick={loadMore}>{t('audit.more')}</Button>
            ) : items.length > 0 ? (
              <p className="muted">{t('audit.end')}</p>
            ) : null}
          </>
        )}
      </AsyncView>
    </>
  );
}
