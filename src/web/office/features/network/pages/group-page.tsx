import '../network.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Button, DataTable, formatDateTime, PageHeader, SelectField } from '../../../../ui';
import { AsyncView } from '../../../app/components/async-view';
import { FormError } from '../../../app/components/form-error';
import { useI18n } from '../../../app/i18n-context';
import { Link, paths } from '../../../app/router';
import { useDocumentTitle } from '../../../app/use-document-title';
import { networkApi, networkQueries } from '../api';
import type { FocalPoint, GroupBody, GroupDetail } from '../api-types';
import { Compose } from '../components/compose';
import { GroupForm } from '../components/group-form';

/** One group: its channels and reach, its members (added and removed here), the messages sent, and the compose form. */
export function GroupPage(props: { id: string }) {
  const { t } = useI18n();
  const result = useQuery(networkQueries.group(props.id));
  useDocumentTitle(result.data?.group.name ?? t('network.groups.title'));
  return <AsyncView result={result}>{(detail) => <GroupView detail={detail} />}</AsyncView>;
}

function GroupView({ detail }: { detail: GroupDetail }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const g = detail.group;
  const done = () => void queryClient.invalidateQueries({ queryKey: networkQueries.all });
  const members = useMutation({ mutationFn: (body: { add?: string[]; remove?: string[] }) => networkApi.members(g.id, body), onSuccess: done });
  const edit = useMutation({ mutationFn: (body: GroupBody) => networkApi.editGroup(g.id, body), onSuccess: done });
  const all = useQuery({ ...networkQueries.focalPoints(''), enabled: detail.canManage });
  const [toAdd, setToAdd] = useState('');
  const inGroup = new Set(detail.members.map((m) => m.id));
  const candidates = (all.data?.items ?? []).filter((f) => f.isCurrent && !inGroup.has(f.id));
  return (
    <>
      <PageHeader title={g.name} description={g.purpose ?? undefined}>
        <Link to={paths.networkGroups} className="dt-button dt-button--secondary">
          {t('network.group.back')}
        </Link>
      </PageHeader>
      <dl className="network-facts">
        <div>
          <dt>{t('network.group.channels')}</dt>
          <dd>{g.channelLabels.join(', ')}</dd>
        </div>
        <div>
          <dt>{t('network.group.members')}</dt>
          <dd>{g.memberCount.toLocaleString('vi-VN')}</dd>
        </div>
        {g.zaloGroup ? (
          <div>
            <dt>{t('network.group.zalo')}</dt>
            <dd>
              {g.zaloGroup.link ? <a href={g.zaloGroup.link} rel="noopener noreferrer" target="_blank">{g.zaloGroup.name ?? g.zaloGroup.link}</a> : g.zaloGroup.name}
              {g.zaloGroup.admin ? ` (${t('network.group.zaloAdmin')}: ${g.zaloGroup.admin})` : ''}
            </dd>
          </div>
        ) : null}
      </dl>
      <section aria-labelledby="reach" className="network-section">
        <h2 id="reach">{t('network.group.reach')}</h2>
        <ul>
          {detail.reach.map((r) => (
            <li key={r.channel}>
              {r.channel === 'webhook' ? t('network.group.reachWebhook', { channel: r.label }) : t('network.group.reachLine', { channel: r.isConfigured ? r.label : t('network.group.notConfigured', { channel: r.label }), reachable: r.reachable, unreachable: r.unreachable })}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="members" className="network-section">
        <h2 id="members">{t('network.group.membersTitle')}</h2>
        <FormError error={members.error} />
        <DataTable<FocalPoint>
          caption={t('network.group.membersTitle')}
          hideCaption
          rows={detail.members}
          rowKey={(f) => f.id}
          emptyText={t('network.group.membersEmpty')}
          columns={[
            { key: 'name', header: t('network.fp.name'), rowHeader: true, cell: (f) => <Link to={paths.networkFocalPoint(f.id)}>{f.personName}</Link> },
            { key: 'unit', header: t('network.fp.currentUnit'), cell: (f) => f.currentUnitName ?? f.unitName },
            { key: 'state', header: t('network.fp.state'), cell: (f) => (f.isCurrent ? t('network.fp.inForce') : t('network.fp.ended')) },
            ...(detail.canManage
              ? [{ key: 'remove', header: t('network.group.remove'), cell: (f: FocalPoint) => <Button type="button" variant="secondary" size="small" aria-label={t('network.group.removeNamed', { name: f.personName })} onClick={() => members.mutate({ remove: [f.id] })}>{t('network.group.remove')}</Button> }]
              : []),
          ]}
        />
        {detail.canManage ? (
          <form className="network-filters" onSubmit={(e: FormEvent<HTMLFormElement>) => { e.preventDefault(); if (toAdd) members.mutate({ add: [toAdd] }, { onSuccess: () => setToAdd('') }); }}>
            <SelectField label={t('network.group.addMember')} name="focalPointId" value={toAdd} placeholder={t('network.choose')}
              options={candidates.map((f) => ({ value: f.id, label: `${f.personName} — ${f.currentUnitName ?? f.unitName}` }))} onChange={(e) => setToAdd(e.target.value)} />
            <Button type="submit" busy={members.isPending}>
              {t('network.group.addMemberButton')}
            </Button>
          </form>
        ) : null}
      </section>
      {detail.canBroadcast ? (
        <section aria-labelledby="compose" className="network-section">
          <h2 id="compose">{t('network.compose.title')}</h2>
          <Compose detail={detail} />
        </section>
      ) : null}
      <section aria-labelledby="broadcasts" className="network-section">
        <h2 id="broadcasts">{t('network.group.broadcasts')}</h2>
        {detail.broadcasts.length === 0 ? (
          <p>{t('network.group.broadcastsEmpty')}</p>
        ) : (
          <ul>
            {detail.broadcasts.map((b) => (
              <li key={b.id}>
                <Link to={paths.networkBroadcast(b.id)}>{t('network.broadcast.title', { refNo: b.refNo, subject: b.subject })}</Link> — {formatDateTime(b.createdAt)}
              </li>
            ))}
          </ul>
        )}
      </section>
      {detail.canManage ? (
        <section aria-labelledby="edit-group" className="network-section">
          <h2 id="edit-group">{t('network.group.edit')}</h2>
          <GroupForm initial={g} hasWebhookSecret={detail.hasWebhookSecret} submitLabel={t('network.group.save')} busy={edit.isPending} error={edit.error} onSubmit={(b) => edit.mutate(b)} />
        </section>
      ) : null}
    </>
  );
}
