import '../network.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { DataTable, PageHeader } from '../../../../ui';
import { AsyncView } from '../../../app/components/async-view';
import { useI18n } from '../../../app/i18n-context';
import { Link, navigate, paths } from '../../../app/router';
import { useDocumentTitle } from '../../../app/use-document-title';
import { networkApi, networkQueries } from '../api';
import type { Group, GroupBody } from '../api-types';
import { GroupForm } from '../components/group-form';

/** The groups of focal points with their channels and members in force; coordinators create them here. */
export function GroupsPage() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const list = useQuery(networkQueries.groups());
  const add = useMutation({
    mutationFn: (body: GroupBody) => networkApi.addGroup(body),
    onSuccess: (g) => {
      void queryClient.invalidateQueries({ queryKey: networkQueries.all });
      navigate(paths.networkGroup(g.id));
    },
  });
  useDocumentTitle(t('network.groups.title'));
  return (
    <>
      <PageHeader title={t('network.groups.title')} description={t('network.groups.intro')}>
        <Link to={paths.network} className="dt-button dt-button--secondary">
          {t('network.focalPoints.title')}
        </Link>
      </PageHeader>
      <AsyncView result={list}>
        {(data) => (
          <>
            <DataTable<Group>
              caption={t('network.groups.caption')}
              rows={data.items}
              rowKey={(g) => g.id}
              emptyText={t('network.groups.empty')}
              columns={[
                { key: 'name', header: t('network.group.name'), rowHeader: true, cell: (g) => <Link to={paths.networkGroup(g.id)}>{g.name}</Link> },
                { key: 'purpose', header: t('network.group.purpose'), cell: (g) => g.purpose ?? t('common.dash') },
                { key: 'channels', header: t('network.group.channels'), cell: (g) => g.channelLabels.join(', ') },
                { key: 'members', header: t('network.group.members'), cell: (g) => g.memberCount.toLocaleString('vi-VN') },
                { key: 'zalo', header: t('network.group.zalo'), cell: (g) => (g.zaloGroup?.link ? <a href={g.zaloGroup.link} rel="noopener noreferrer" target="_blank">{g.zaloGroup.name ?? g.zaloGroup.link}</a> : t('common.dash')) },
              ]}
            />
            {data.canManage ? (
              <section aria-labelledby="add-group" className="network-section">
                <h2 id="add-group">{t('network.groups.add')}</h2>
                <GroupForm submitLabel={t('network.groups.add')} busy={add.isPending} error={add.error} onSubmit={(b) => add.mutate(b)} />
              </section>
            ) : null}
          </>
        )}
      </AsyncView>
    </>
  );
}
