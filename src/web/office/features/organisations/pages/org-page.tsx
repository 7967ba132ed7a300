import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, PageHeader } from '../../../../ui';
import { orgQueries } from '../api';
import { AsyncView, EmptyText } from '../../../app/components/async-view';
import { OrgDatePicker } from '../components/org-date-picker';
import { OrgGroups } from '../components/org-groups';
import { OrgResolve } from '../components/org-resolve';
import { countNodes, OrgTree, type OpenMode } from '../components/org-tree';
import { isIsoDate, todayIso } from '../../../app/dates';
import { useI18n } from '../../../app/i18n-context';
import { Link, navigate, paths } from '../../../app/router';
import { can, useMe } from '../../../app/session';
import { useDocumentTitle } from '../../../app/use-document-title';

/** The organisation at a date (kept in ?at=): tree, named groups and name look-up. */
export function OrgPage({ at: requested }: { at?: string }) {
  const { t } = useI18n();
  const me = useMe();
  const at = requested ?? todayIso();
  const [openMode, setOpenMode] = useState<OpenMode>('default');
  const [generation, setGeneration] = useState(0);
  useDocumentTitle(t('org.title'));

  const tree = useQuery(orgQueries.tree(at));

  const changeAt = (next: string, push: boolean) => {
    navigate(paths.orgAt(next), { replace: !push });
  };
  const expand = (mode: OpenMode) => {
    setOpenMode(mode);
    setGeneration((g) => g + 1);
  };

  return (
    <>
      <PageHeader title={t('org.title')} description={t('org.intro')}>
        {can(me, 'org.write') ? (
          <Link to={paths.orgImport} className="dt-button dt-button--secondary">
            {t('org.importLink')}
          </Link>
        ) : null}
      </PageHeader>
      <div className="panel">
        <OrgDatePicker at={at} onChange={changeAt} />
      </div>
      <div className="org-layout">
        <section className="panel org-layout__tree" aria-labelledby="org-tree-title">
          <div className="section-head">
            <h2 id="org-tree-title">{t('org.tree')}</h2>
            <div className="section-head__actions">
              <Button variant="quiet" size="small" onClick={() => expand('all')}>
                {t('org.expandAll')}
              </Button>
              <Button variant="quiet" size="small" onClick={() => expand('none')}>
                {t('org.collapseAll')}
              </Button>
            </div>
          </div>
          <AsyncView result={tree}>
            {(data) =>
              data.nodes.length === 0 ? (
                <EmptyText />
              ) : (
                <>
                  <p className="muted" role="status">
                    {t('org.count', { count: countNodes(data.nodes) })}
                  </p>
                  <OrgTree
                    key={`${openMode}-${generation}`}
                    nodes={data.nodes}
                    at={at}
                    openMode={openMode}
                    labelledBy="org-tree-title"
                  />
                </>
              )
            }
          </AsyncView>
        </section>
        <div className="org-layout__side">
          <OrgResolve at={at} />
          <OrgGroups at={at} />
        </div>
      </div>
    </>
  );
}
