import '../conferences.css';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { PageHeader } from '../../../../ui';
import { useI18n } from '../../../app/i18n-context';
import { navigate, paths } from '../../../app/router';
import { useDocumentTitle } from '../../../app/use-document-title';
import { conferencesApi, conferencesQueries } from '../api';
import type { ConferenceBody } from '../api-types';
import { ConferenceForm } from '../components/conference-form';

/** Scheduling a conference; on success its page opens. */
export function ConferenceNewPage() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const schedule = useMutation({
    mutationFn: (body: ConferenceBody) => conferencesApi.schedule(body),
    onSuccess: (c) => {
      void queryClient.invalidateQueries({ queryKey: conferencesQueries.all });
      navigate(paths.pressConference(c.id));
    },
  });
  useDocumentTitle(t('pc.new.title'));
  return (
    <>
      <PageHeader title={t('pc.new.title')} />
      <ConferenceForm submitLabel={t('pc.list.new')} busy={schedule.isPending} error={schedule.error} onSubmit={(b) => schedule.mutate(b)} />
    </>
  );
}
