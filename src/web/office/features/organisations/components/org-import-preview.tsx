import type { Ref } from 'react';
import { Alert, DataTable } from '../../../../ui';
import type { DirectoryImportPreview, ImportIssue, ImportUnitChange } from '../api-types-import';
import { useI18n } from '../../../app/i18n-context';

/** Changed units listed in the table; the counts above always cover every row. */
const LISTED_CHANGES = 300;

type CountRow = { key: 'units' | 'successions' | 'aliases' };

interface IssueGroup {
  key: string;
  source: string;
  row: number | null;
  issues: ImportIssue[];
}

/** Issues of the same table row together, in the server's order (table, then row). */
function groupByRow(issues: readonly ImportIssue[]): IssueGroup[] {
  const groups = new Map<string, IssueGroup>();
  for (const i of issues) {
    const key = `${i.source}|${i.row ?? ''}`;
    const g = groups.get(key) ?? { key, source: i.source, row: i.row, issues: [] };
    g.issues.push(i);
    groups.set(key, g);
  }
  return [...groups.values()];
}

/** The problems of a file, grouped by row ("Trang Đơn vị, dòng 14" → each column's message). */
export function OrgImportIssues({ issues }: { issues: readonly ImportIssue[] }) {
  const { t } = useI18n();
  if (issues.length === 0) return null;
  return (
    <Alert variant="error" title={t('orgImport.errorsTitle', { count: issues.length })}>
      <ul className="org-import__issues" aria-label={t('orgImport.errorsCaption')}>
        {groupByRow(issues).map((g) => (
          <li key={g.key}>
            <strong>{g.row === null ? t('orgImport.wholeTable', { source: g.source }) : t('orgImport.atRow', { source: g.source, row: g.row })}</strong>
            <ul>
              {g.issues.map((i, n) => (
                <li key={n}>{i.column ? t('orgImport.column', { column: i.column, message: i.message }) : i.message}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </Alert>
  );
}

/** What the server read from the file and what applying it would change (nothing is saved yet). */
export function OrgImportPreview({ preview, headingRef }: { preview: DirectoryImportPreview; headingRef?: Ref<HTMLHeadingElement> }) {
  const { t } = useI18n();
  const tables = preview.tables.map((x) => t('orgImport.tableRows', { source: x.source, count: x.rows })).join('; ');
  const listed = preview.unitChanges.slice(0, LISTED_CHANGES);
  return (
    <section className="panel" aria-labelledby="org-import-preview-title">
      <h2 id="org-import-preview-title" ref={headingRef} tabIndex={-1}>
        {t('orgImport.previewTitle')}
      </h2>
      <p>{t('orgImport.tablesRead', { tables })}</p>
      <OrgImportIssues issues={preview.issues} />
      {preview.warnings.length ? (
        <Alert variant="warning" role="status" title={t('orgImport.warnings')}>
          <ul>
            {preview.warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <DataTable<CountRow>
        caption={t('orgImport.countsCaption')}
        rows={[{ key: 'units' }, { key: 'successions' }, { key: 'aliases' }]}
        rowKey={(r) => r.key}
        columns={[
          { key: 'what', header: t('orgImport.what'), rowHeader: true, cell: (r) => t(`orgImport.${r.key}`) },
          { key: 'created', header: t('orgImport.created'), cell: (r) => preview.counts[r.key].created },
          { key: 'updated', header: t('orgImport.updated'), cell: (r) => preview.counts[r.key].updated },
          { key: 'unchanged', header: t('orgImport.unchanged'), cell: (r) => preview.counts[r.key].unchanged },
        ]}
      />
      {listed.length ? (
        <>
          <DataTable<ImportUnitChange>
            caption={t('orgImport.changesCaption')}
            rows={listed}
            rowKey={(c) => c.id}
            columns={[
              { key: 'where', header: t('orgImport.where'), cell: (c) => t('orgImport.atRow', { source: c.source, row: c.row }) },
              { key: 'code', header: t('orgImport.code'), cell: (c) => c.id },
              { key: 'name', header: t('orgImport.name'), rowHeader: true, cell: (c) => c.name },
              {
                key: 'change', header: t('orgImport.change'),
                cell: (c) => (c.status === 'created' ? t('orgImport.created') : t('orgImport.changedColumns', { columns: c.changedColumns.join(', ') })),
              },
            ]}
          />
          {preview.unitChangesTotal > listed.length ? <p className="muted">{t('orgImport.changesMore', { shown: listed.length, total: preview.unitChangesTotal })}</p> : null}
        </>
      ) : null}
    </section>
  );
}
