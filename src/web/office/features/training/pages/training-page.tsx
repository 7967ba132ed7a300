import '../training.css';
import { useQuery } from '@tanstack/react-query';
import { DataTable, PageHeader } from '../../../../ui';
import { AsyncView } from '../../../app/components/async-view';
import { useI18n } from '../../../app/i18n-context';
import { Link, paths } from '../../../app/router';
import { can, useMe } from '../../../app/session';
import { useDocumentTitle } from '../../../app/use-document-title';
import { trainingQueries } from '../api';
import type { Course } from '../api-types';

/** The courses, newest first, with their next session; organisers create courses from here. */
export function TrainingPage() {
  const { t } = useI18n();
  const me = useMe();
  const list = useQuery(trainingQueries.courses());
  useDocumentTitle(t('training.title'));
  return (
    <>
      <PageHeader title={t('training.title')} description={t('training.intro')}>
        <Link to={paths.trainingCompletions} className="dt-button dt-button--secondary">{t('training.completions')}</Link>
        {can(me, 'training.manage') ? <Link to={paths.trainingCourseNew} className="dt-button dt-button--primary">{t('training.new')}</Link> : null}
      </PageHeader>
      <AsyncView result={list}>
        {(data) => (
          <DataTable<Course>
            caption={t('training.courses.caption')}
            rows={data.items}
            rowKey={(c) => c.id}
            emptyText={t('training.courses.empty')}
            columns={[
              { key: 'title', header: t('training.col.title'), rowHeader: true, cell: (c) => <Link to={paths.trainingCourse(c.id)}>{c.title}</Link> },
              { key: 'skills', header: t('training.col.skills'), cell: (c) => c.skills.map((s) => s.label).join('; ') },
              { key: 'organiser', header: t('training.col.organiser'), cell: (c) => c.organiserUnit.name },
              { key: 'sessions', header: t('training.col.sessions'), cell: (c) => c.sessionCount },
              { key: 'next', header: t('training.col.next'), cell: (c) => c.nextSession ?? t('training.none') },
            ]}
          />
        )}
      </AsyncView>
    </>
  );
}
