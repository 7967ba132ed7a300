import '../network.css';
import { useQuery } from '@tanstack/react-query';
import { DataTable, formatDateTime, PageHeader } from '../../../../ui';
import { AsyncView } from '../../../app/components/async-view';
import { useI18n } from '../../../app/i18n-context';
import { Link, paths } from '../../../app/router';
import { useDocumentTitle } from '../../../app/use-document-title';
import { networkQueries } from '../api';
import type { BroadcastDetail, Delivery } from '../api-types';

type Row = { key: string; name: string; unitName: string | null; delivery: Delivery };

/** A message sent to a group: its text and what became of it for each recipient and channel (refreshed every 5 s). */
export function BroadcastPage(props: { id: string }) {
  const { t } = useI18n();
  const result = useQuery(networkQueries.broadcast(props.id));
  useDocumentTitle(result.data ? t('network.broadcast.title', { refNo: result.data.refNo, subject: result.data.subject }) : t('network.groups.title'));
  return <AsyncView result={result}>{(b) => <BroadcastView b={b} />}</AsyncView>;
}

function BroadcastView({ b }: { b: BroadcastDetail }) {
  const { t } = useI18n();
  const rows: Row[] = b.recipients.flatMap((r) => r.deliveries.map((d) => ({ key: d.deliveryId, name: r.name, unitName: r.unitName, delivery: d })));
  if (b.webhook) rows.push({ key: b.webhook.deliveryId, name: t('network.broadcast.webhook'), unitName: null, delivery: b.webhook });
  const detail = (d: Delivery) => {
    if (d.status === 'read' && d.readAt) return t('network.broadcast.readAt', { at: formatDateTime(d.readAt) });
    if (d.status === 'sent' && d.sentAt) return t('network.broadcast.sentOn', { at: formatDateTime(d.sentAt) });
    if (d.status === 'retrying' && d.nextAttemptAt) return t('network.broadcast.retryAt', { reason: d.reason ?? '', at: formatDateTime(d.nextAttemptAt), attempts: d.attempts });
    return d.reason ?? t('common.dash');
  };
  return (
    <>
      <PageHeader title={t('network.broadcast.title', { refNo: b.refNo, subject: b.subject })}>
        <Link to={paths.networkGroup(b.groupId)} className="dt-button dt-button--secondary">
          {t('network.broadcast.back')}
        </Link>
      </PageHeader>
      <dl className="network-facts">
        <div>
          <dt>{t('network.broadcast.group')}</dt>
          <dd>{b.groupName}</dd>
        </div>
        <div>
          <dt>{t('network.broadcast.sentAt')}</dt>
          <dd>{formatDateTime(b.createdAt)}</dd>
        </div>
        {b.origin ? (
          <div>
            <dt>{t('network.broadcast.origin')}</dt>
            <dd>{b.origin.label}</dd>
          </div>
        ) : null}
        {b.link ? (
          <div>
            <dt>{t('network.broadcast.link')}</dt>
            <dd>
              <a href={b.link}>{b.link}</a>
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t('network.broadcast.text')}</dt>
          <dd className="network-text">{b.text}</dd>
        </div>
      </dl>
      <p role="status">{t('network.broadcast.totals', { ...b.totals })}</p>
      <p>{t('network.broadcast.refreshed')}</p>
      <DataTable<Row>
        caption={t('network.broadcast.caption')}
        rows={rows}
        rowKey={(r) => r.key}
        columns={[
          { key: 'name', header: t('network.broadcast.recipient'), rowHeader: true, cell: (r) => (r.unitName ? `${r.name} — ${r.unitName}` : r.name) },
          { key: 'channel', header: t('network.broadcast.channel'), cell: (r) => r.delivery.channelLabel },
          { key: 'status', header: t('network.broadcast.status'), cell: (r) => r.delivery.statusLabel },
          { key: 'detail', header: t('network.broadcast.detail'), cell: (r) => detail(r.delivery) },
        ]}
      />
    </>
  );
}
