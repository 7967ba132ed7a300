import '../awareness.css';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { PageHeader } from '../../../../ui';
import { useI18n } from '../../../app/i18n-context';
import { navigate, paths } from '../../../app/router';
import { useDocumentTitle } from '../../../app/use-document-title';
import { awarenessApi, awarenessQueries } from '../api';
import type { CampaignBody } from '../api-types';
import { CampaignForm } from '../components/campaign-form';

/** A new campaign; its activities are added on the campaign's page. */
export function CampaignNewPage() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  useDocumentTitle(t('awareness.new'));
  const save = useMutation({
    mutationFn: (body: CampaignBody) => awarenessApi.create(body),
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: awarenessQueries.all });
      navigate(paths.awarenessCampaign(created.id));
    },
  });
  return (
    <>
      <PageHeader title={t('awareness.new')} description={t('awareness.intro')} />
      <CampaignForm submitLabel={t('awareness.save')} busy={save.isPending} error={save.error} onSubmit={(b) => save.mutate(b)} />
    </>
  );
}
