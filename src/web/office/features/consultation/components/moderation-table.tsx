import { DataTable } from '../../../../ui';
import type { Comment } from '../api-types';
import { useI18n } from '../../../app/i18n-context';
import { BodyCell, CommenterCell, ContactCell, StateCell } from './comment-cells';
import { labelOf } from '../../policies/components/policy-text';

/** Props of {@link ModerationTable}. */
export interface ModerationTableProps {
  comments: readonly Comment[];
  selected: ReadonlySet<string>;
  onToggle: (id: string, checked: boolean) => void;
  onToggleAll: (checked: boolean) => void;
}

/** The moderation queue: one checkbox per comment ("Chọn ý kiến <mã>"), contact data and reports count. */
export function ModerationTable({ comments, selected, onToggle, onToggleAll }: ModerationTableProps) {
  const { t } = useI18n();
  const all = comments.length > 0 && comments.every((c) => selected.has(c.id));
  return (
    <DataTable<Comment>
      caption={t('moderation.caption')}
      rows={comments}
      rowKey={(c) => c.id}
      emptyText={t('moderation.empty')}
      className="moderation-table"
      columns={[
        {
          key: 'select',
          header: (
            <span className="check check--cell">
              <input id="moderation-all" type="checkbox" className="check__input" checked={all}
                disabled={comments.length === 0} onChange={(e) => onToggleAll(e.target.checked)} />
              <label htmlFor="moderation-all"><span className="dt-visually-hidden">{t('moderation.selectAll')}</span></label>
            </span>
          ),
          cell: (c) => (
            <span className="check check--cell">
              <input id={`pick-${c.id}`} type="checkbox" className="check__input" checked={selected.has(c.id)}
                onChange={(e) => onToggle(c.id, e.target.checked)} />
              <label htmlFor={`pick-${c.id}`}>
                <span className="dt-visually-hidden">{t('moderation.select', { code: c.receiptCode })}</span>
              </label>
            </span>
          ),
        },
        { key: 'code', header: t('comment.code'), rowHeader: true, cell: (c) => <span className="mono">{c.receiptCode}</span> },
        { key: 'article', header: t('comment.article'), cell: (c) => c.articleLabel || t('comment.general') },
        { key: 'who', header: t('comment.commenter'), cell: (c) => <CommenterCell comment={c} /> },
        { key: 'contact', header: t('comment.contact'), cell: (c) => <ContactCell comment={c} /> },
        { key: 'stance', header: t('comment.stance'), cell: (c) => labelOf('stance', c.stance, t) },
        { key: 'body', header: t('comment.body'), className: 'wide', cell: (c) => <BodyCell comment={c} /> },
        { key: 'state', header: t('comment.state'), cell: (c) => <StateCell comment={c} /> },
        {
          key: 'reports',
          header: t('comment.reports'),
          className: 'num',
          cell: (c) => (c.reportsCount > 0 ? <strong className="text-danger">{c.reportsCount}</strong> : c.reportsCount),
        },
      ]}
    />
  );
}
