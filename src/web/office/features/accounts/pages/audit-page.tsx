import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { Alert, Button, DataTable, DateText, formatDateTime, PageHeader } from '../../../../ui';
import { accountQueries, auditApi } from '../api';
import type { AuditChange, AuditEntry, AuditFilter, AuditVerification } from '../api-types';
import { AsyncView } from '../../../app/components/async-view';
import { AUDIT_FILTER_KEYS, AuditFilters } from '../components/audit-filters';
import { FormError } from '../../../app/components/form-error';
import { HrefLink } from '../../../app/components/href-link';
import { useI18n } from '../../../app/i18n-context';
import { navigate, paths } from '../../../app/router';
import { useDocumentTitle } from '../../../app/use-document-title';

/** One changed field: "Trạng thái: Chờ xem xét → Đã chấp nhận", or only the value recorded. */
function ChangeText({ change }: { change: AuditChange }) {
  const { t } = useI18n();
  return change.before !== null && change.after !== null
    ? <>{t('audit.changeTo', { label: change.label, before: change.before, after: change.after })}</>
    : <>{t('audit.changeSet', { label: change.label, value: change.after ?? change.before ?? '' })}</>;
}

/** The changes field by field; the stored JSON (with ids and the request id) only behind "Chi tiết". */
function EntryChanges({ entry }: { entry: AuditEntry }) {
  const { t } = useI18n();
  return (
    <>
      {entry.changes.length ? (
        <ul className="audit-changes">
          {entry.changes.map((c) => (
            <li key={c.field}><ChangeText change={c} /></li>
          ))}
        </ul>
      ) : null}
      <details className="audit-details">
        <summary aria-label={t('audit.detailsFor', { seq: entry.seq })}>{t('audit.details')}</summary>
        <pre>{JSON.stringify({ action: entry.action, subjectType: entry.subjectType, summary: entry.summary, requestId: entry.requestId }, null, 2)}</pre>
      </details>
    </>
  );
}

function EntrySubject({ entry }: { entry: AuditEntry }) {
  return (
    <>
      <span className="muted">{entry.subjectTypeLabel}</span>
      {entry.subjectName ? (
        <>
          {': '}
          {entry.subjectHref ? <HrefLink href={entry.subjectHref}>{entry.subjectName}</HrefLink> : entry.subjectName}
        </>
      ) : null}
    </>
  );
}

/** Checks the whole chain and its checkpoints on request, and says plainly what it found. */
function IntegrityCheck() {
  const { t } = useI18n();
  const verify = useMutation({ mutationFn: auditApi.verify });
  return (
    <section className="audit-integrity" aria-labelledby="audit-integrity-h">
      <h2 id="audit-integrity-h">{t('audit.verify')}</h2>
      <p className="muted">{t('audit.verifyIntro')}</p>
      <Button variant="secondary" busy={verify.isPending} onClick={() => verify.mutate()}>{t('audit.verify')}</Button>
      <FormError error={verify.error} />
      {verify.data ? <IntegrityResult result={verify.data} /> : null}
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

/** The filtered list with "Xem thêm" paging through nextBefore, and the downloads of the same list. */
function AuditList({ filter }: { filter: AuditFilter }) {
  const { t, lang } = useI18n();
  const list = useInfiniteQuery(accountQueries.auditList(filter, lang));
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const isFiltered = Object.keys(filter).length > 0;
  // a failed "Xem thêm" keeps the entries shown and says so under them; only the first page's failure replaces them
  const firstPage = {
    data: list.data,
    error: list.error,
    isError: list.isError && !list.isFetchNextPageError,
    isFetching: list.isFetching && !list.isFetchingNextPage,
    refetch: list.refetch,
  };

  return (
    <AsyncView result={firstPage}>
      {() => (
        <>
          <p className="audit-export">
            <span>{t('audit.export')}:</span>{' '}
            <a href={auditApi.exportHref(filter, lang, 'csv')} download>{t('audit.exportCsv')}</a>{' · '}
            <a href={auditApi.exportHref(filter, lang, 'xlsx')} download>{t('audit.exportXlsx')}</a>
          </p>
          <DataTable
            caption={t('audit.caption')}
            rows={items}
            rowKey={(e) => String(e.seq)}
            emptyText={isFiltered ? t('audit.emptyFiltered') : t('common.empty')}
            columns={[
              { key: 'at', header: t('audit.at'), rowHeader: true, cell: (e) => <DateText value={e.at} withTime /> },
              { key: 'actor', header: t('audit.actor'), cell: (e) => e.actorName },
              { key: 'action', header: t('audit.action'), cell: (e) => e.actionLabel },
              { key: 'subject', header: t('audit.subject'), cell: (e) => <EntrySubject entry={e} /> },
              { key: 'summary', header: t('audit.summary'), className: 'audit-summary', cell: (e) => <EntryChanges entry={e} /> },
            ]}
          />
          {items.length > 0 ? <p className="muted" role="status">{t('audit.count', { count: items.length })}</p> : null}
          <FormError error={list.isFetchNextPageError ? list.error : null} />
          {list.hasNextPage ? (
            <Button variant="secondary" busy={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>{t('audit.more')}</Button>
          ) : items.length > 0 ? (
            <p className="muted">{t('audit.end')}</p>
          ) : null}
        </>
      )}
    </AsyncView>
  );
}

/** The audit log: the integrity check, the filters (kept in the address, so a filtered view can be shared) and the list. */
export function AuditPage({ filter }: { filter: AuditFilter }) {
  const { t } = useI18n();
  useDocumentTitle(t('audit.title'));
  return (
    <>
      <PageHeader title={t('audit.title')} description={t('audit.intro')} />
      <IntegrityCheck />
      <AuditFilters value={filter} onApply={(f) => navigate(paths.auditFiltered(f))} />
      <AuditList filter={filter} />
    </>
  );
}
