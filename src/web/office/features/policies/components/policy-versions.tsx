import { DataTable, DateText } from '../../../../ui';
import type { PolicyDetail, PolicyVersion } from '../api-types';
import { useI18n } from '../../../app/i18n-context';
import { VersionDiff } from './version-diff';
import { VersionUploadForm } from './version-upload-form';

/** Versions of a draft: list, upload form (editors) and the per-article comparison of two versions. */
export function PolicyVersions({ policy }: { policy: PolicyDetail }) {
  const { t } = useI18n();
  const versions = [...policy.versions].sort((a, b) => a.versionNo - b.versionNo);
  return (
    <>
      <DataTable<PolicyVersion>
        caption={t('versions.caption')}
        rows={versions}
        rowKey={(v) => v.id}
        emptyText={t('versions.none')}
        columns={[
          { key: 'no', header: t('versions.no'), rowHeader: true, cell: (v) => t('versions.label', { no: v.versionNo }) },
          { key: 'file', header: t('versions.fileName'), className: 'break-all', cell: (v) => v.fileName },
          { key: 'date', header: t('versions.createdAt'), cell: (v) => <DateText value={v.createdAt} withTime /> },
          { key: 'articles', header: t('versions.articles'), className: 'num', cell: (v) => v.articleCount },
          { key: 'note', header: t('versions.changeNote'), className: 'wide prewrap', cell: (v) => v.changeNote || t('common.dash') },
        ]}
      />
      {policy.abilities.canEdit ? <VersionUploadForm policyId={policy.id} /> : null}
      <VersionDiff policyId={policy.id} versions={versions} roundIds={policy.rounds.map((r) => r.id)}
        canEdit={policy.abilities.canEdit} />
    </>
  );
}
