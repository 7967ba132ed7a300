import '../training.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, DataTable, PageHeader } from '../../../../ui';
import { AsyncView } from '../../../app/components/async-view';
import { useI18n } from '../../../app/i18n-context';
import { Link, navigate, paths } from '../../../app/router';
import { useDocumentTitle } from '../../../app/use-document-title';
import { trainingApi, trainingQueries } from '../api';
import type { CourseBody, SessionBody, SessionSummary } from '../api-types';
import { CourseForm } from '../components/course-form';
import { SessionForm } from '../components/session-form';

const vnd = new Intl.NumberFormat('vi-VN');

/** One course: what it teaches and to whom, its sessions; organisers add sessions and edit the course. */
export function CoursePage({ id }: { id: string }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const course = useQuery(trainingQueries.course(id));
  const [isEditing, setEditing] = useState(false);
  useDocumentTitle(course.data?.title ?? t('training.title'));
  const addSession = useMutation({
    mutationFn: (body: SessionBody) => trainingApi.addSession(id, body),
    onSuccess: (s) => {
      void queryClient.invalidateQueries({ queryKey: trainingQueries.all });
      navigate(paths.trainingSession(s.id));
    },
  });
  const edit = useMutation({
    mutationFn: (body: CourseBody) => trainingApi.editCourse(id, body),
    onSuccess: () => {
      setEditing(false);
      void queryClient.invalidateQueries({ queryKey: trainingQueries.all });
    },
  });
  return (
    <AsyncView result={course}>
      {(c) => (
        <>
          <PageHeader title={c.title} description={c.organiserUnit.name}>
            <Link to={paths.training} className="dt-button dt-button--secondary">{t('training.title')}</Link>
          </PageHeader>
          <dl className="training-facts">
            <div><dt>{t('training.course.skills')}</dt><dd>{c.skills.map((s) => s.label).join('; ')}</dd></div>
            <div><dt>{t('training.course.audiences')}</dt><dd>{c.audiences.map((a) => a.label).join('; ')}</dd></div>
            <div><dt>{t('training.course.organiser')}</dt><dd>{c.organiserUnit.name}</dd></div>
            {c.planTask ? <div><dt>{t('training.course.planTask')}</dt><dd><Link to={paths.plan(c.planTask.planId)}>{c.planTask.code}. {c.planTask.title}</Link></dd></div> : null}
            {c.budgetVnd !== null ? <div><dt>{t('training.course.budget')}</dt><dd>{vnd.format(c.budgetVnd)}</dd></div> : null}
            {c.description ? <div><dt>{t('training.course.description')}</dt><dd>{c.description}</dd></div> : null}
          </dl>
          <p>{t('training.course.completed', { count: c.completedCount })} · <Link to={paths.trainingCompletions}>{t('training.completions')}</Link></p>
          <section aria-labelledby="sessions">
            <h2 id="sessions">{t('training.sessions')}</h2>
            <DataTable<SessionSummary>
              caption={t('training.sessions.caption')}
              hideCaption
              rows={c.sessions}
              rowKey={(s) => s.id}
              emptyText={t('training.sessions.empty')}
              columns={[
                { key: 'time', header: t('training.session.time'), rowHeader: true, cell: (s) => <Link to={paths.trainingSession(s.id)}>{s.title ? `${s.title} — ` : ''}{s.timeText}</Link> },
                { key: 'place', header: t('training.session.place'), cell: (s) => s.place ?? s.onlineUrl ?? '' },
                { key: 'status', header: t('training.session.status'), cell: (s) => `${s.statusLabel}${s.isRequired ? '' : ` (${t('training.session.optional')})`}` },
                { key: 'invited', header: t('training.session.invited'), cell: (s) => s.invitedCount },
                { key: 'attended', header: t('training.session.attended'), cell: (s) => s.attendedCount },
              ]}
            />
          </section>
          {c.abilities.canManage ? (
            <>
              <section aria-labelledby="add-session" className="training-box">
                <h2 id="add-session">{t('training.session.add')}</h2>
                <SessionForm busy={addSession.isPending} error={addSession.error} onSubmit={(b) => addSession.mutate(b)} />
              </section>
              <section aria-labelledby="edit-course">
                <h2 id="edit-course">{t('training.course.edit')}</h2>
                {isEditing ? (
                  <CourseForm initial={c} submitLabel={t('training.course.save')} busy={edit.isPending} error={edit.error} onSubmit={(b) => edit.mutate(b)} />
                ) : (
                  <Button variant="secondary" onClick={() => setEditing(true)}>{t('training.course.edit')}</Button>
                )}
              </section>
            </>
          ) : null}
        </>
      )}
    </AsyncView>
  );
}
