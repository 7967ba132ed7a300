import { DataTable, DateText } from '../../../../ui';
import type { Succession } from '../api-types';
import { isMessageKey } from '../../../app/i18n';
import { useI18n } from '../../../app/i18n-context';
import { Link } from '../../../app/router';
import { unitHref } from './org-tree';

/** Table of predecessor or successor units with the kind of change and its date. */
export function SuccessionTable({ caption, rows }: { caption: string; rows: readonly Succession[] }) {
  const { t } = useI18n();
  const kindLabel = (kind: string) => {
    const key = `kind.${kind}`;
    return isMessageKey(key) ? t(key) : kind;
  };
  return (
    <DataTable
      caption={caption}
      hideCaption
      rows={rows}
      rowKey={(r) => `${r.id}:${r.kind}:${r.effectiveOn}`}
      emptyText={t('common.empty')}
      columns={[
        {
          key: 'name',
          header: t('unit.related'),
          rowHeader: true,
          cell: (r) => <Link to={unitHref(r.id, null)}>{r.name}</Link>,
        },
        { key: 'kind', header: t('unit.kind'), cell: (r) => kindLabel(r.kind) },
        { key: 'date', header: t('unit.effectiveOn'), cell: (r) => <DateText value={r.effectiveOn} /> },
      ]}
    />
  );
}
