import '../training.css';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { PageHeader } from '../../../../ui';
import { useI18n } from '../../../app/i18n-context';
import { navigate, paths } from '../../../app/router';
import { useDocumentTitle } from '../../../app/use-document-title';
import { trainingApi, trainingQueries } from '../api';
import type { CourseBody } from '../api-types';
import { CourseForm } from '../components/course-form';

/** A new course; its sessions are added on the course's page. */
export function CourseNewPage() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  useDocumentTitle(t('training.new'));
  const save = useMutation({
    mutationFn: (body: CourseBody) => trainingApi.createCourse(body),
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: trainingQueries.all });
      navigate(paths.trainingCourse(created.id));
    },
  });
  return (
    <>
      <PageHeader title={t('training.new')} description={t('training.intro')} />
      <CourseForm submitLabel={t('training.course.save')} busy={save.isPending} error={save.error} onSubmit={(b) => save.mutate(b)} />
    </>
  );
}
