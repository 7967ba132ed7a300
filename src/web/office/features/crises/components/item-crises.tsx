import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, SelectField } from '../../../../ui';
import { FormError } from '../../../app/components/form-error';
import { HrefLink } from '../../../app/components/href-link';
import { useI18n } from '../../../app/i18n-context';
import { Link, paths } from '../../../app/router';
import { crisesApi, crisesQueries } from '../api';

/**
 * On a monitoring item's page (for those who manage crises): the crises it belongs to, a link that opens a new
 * crisis from it, and a form that adds it to an open crisis (many reports, one incident).
 */
export function ItemCrises({ itemId }: { itemId: string }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const mine = useQuery(crisesQueries.list({ itemId }));
  const open = useQuery(crisesQueries.list({ open: true }));
  const [crisisId, setCrisisId] = useState('');
  const link = useMutation({
    mutationFn: () => crisesApi.linkItems(crisisId, [itemId]),
    onSuccess: () => {
      setCrisisId('');
      void queryClient.invalidateQueries({ queryKey: crisesQueries.all });
    },
  });
  const linked = new Set((mine.data?.items ?? []).map((c) => c.id));
  const candidates = (open.data?.items ?? []).filter((c) => !linked.has(c.id));
  return (
    <div>
      <ul>
        {(mine.data?.items ?? []).map((c) => (
          <li key={c.id}>
            <Link to={paths.crisis(c.id)}>{t('crises.open.existing', { title: `${t('crises.refNo', { refNo: c.refNo })} — ${c.title}` })}</Link>
          </li>
        ))}
      </ul>
      <p>
        <HrefLink href={`/office/crises/new?itemId=${encodeURIComponent(itemId)}`} className="dt-button dt-button--secondary">
          {t('crises.open.fromItem')}
        </HrefLink>
      </p>
      {candidates.length ? (
        <form className="crisis-inline" onSubmit={(e) => { e.preventDefault(); link.mutate(); }} aria-label={t('crises.items.link')}>
          <SelectField label={t('crises.items.crisis')} name="crisisId" value={crisisId} placeholder={t('crises.choose')} options={candidates.map((c) => ({ value: c.id, label: `${t('crises.refNo', { refNo: c.refNo })} — ${c.title}` }))} onChange={(e) => setCrisisId(e.target.value)} />
          <Button type="submit" busy={link.isPending} disabled={!crisisId}>
            {t('crises.items.link')}
          </Button>
          <FormError error={link.error} />
        </form>
      ) : null}
    </div>
  );
}
