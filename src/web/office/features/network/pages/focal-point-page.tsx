import '../network.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Button, DateField, Field, formatDate, PageHeader } from '../../../../ui';
import { AsyncView } from '../../../app/components/async-view';
import { FormError } from '../../../app/components/form-error';
import { fieldErrors } from '../../../app/errors';
import { useI18n } from '../../../app/i18n-context';
import { Link, paths } from '../../../app/router';
import { can, useMe } from '../../../app/session';
import { useDocumentTitle } from '../../../app/use-document-title';
import { networkApi, networkQueries } from '../api';
import type { FocalPoint, FocalPointBody } from '../api-types';
import { FocalPointForm } from '../components/focal-point-form';

/** One focal point: its details; coordinators edit it or end it (it stays in the history). */
export function FocalPointPage(props: { id: string }) {
  const { t } = useI18n();
  const result = useQuery(networkQueries.focalPoint(props.id));
  useDocumentTitle(result.data?.personName ?? t('network.focalPoints.title'));
  return <AsyncView result={result}>{(fp) => <FocalPointView fp={fp} />}</AsyncView>;
}

function FocalPointView({ fp }: { fp: FocalPoint }) {
  const { t } = useI18n();
  const me = useMe();
  const queryClient = useQueryClient();
  const done = () => void queryClient.invalidateQueries({ queryKey: networkQueries.all });
  const edit = useMutation({ mutationFn: (body: FocalPointBody) => networkApi.editFocalPoint(fp.id, body), onSuccess: done });
  const end = useMutation({ mutationFn: (body: { endOn: string; reason: string }) => networkApi.endFocalPoint(fp.id, body), onSuccess: done });
  const [endOn, setEndOn] = useState('');
  const [reason, setReason] = useState('');
  const errors = fieldErrors(end.error);
  const facts: [string, string][] = [
    [t('network.fp.title'), fp.title ?? t('common.dash')],
    [t('network.fp.unit'), fp.unitName],
    [t('network.fp.currentUnit'), fp.currentUnitName ?? t('common.dash')],
    [t('network.fp.level'), fp.levelLabel],
    [t('network.fp.email'), fp.email ?? t('common.dash')],
    [t('network.fp.phone'), fp.phone ?? t('common.dash')],
    [t('network.fp.zaloUserId'), fp.zaloUserId ?? t('common.dash')],
    [t('network.fp.zaloJoinedOn'), fp.zaloJoinedOn ? formatDate(fp.zaloJoinedOn) : t('common.dash')],
    [t('network.fp.validFrom'), t('network.fp.period', { from: formatDate(fp.validFrom), to: fp.validTo ? formatDate(fp.validTo) : t('network.fp.noEnd') })],
    [t('network.fp.state'), fp.isCurrent ? t('network.fp.inForce') : t('network.fp.ended')],
  ];
  const canManage = can(me, 'network.manage') && fp.endReason === null;
  return (
    <>
      <PageHeader title={fp.personName}>
        <Link to={paths.network} className="dt-button dt-button--secondary">
          {t('network.fp.back')}
        </Link>
      </PageHeader>
      <dl className="network-facts">
        {facts.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      {fp.endReason ? <p>{t('network.fp.endReasonShown', { reason: fp.endReason })}</p> : null}
      {canManage ? (
        <>
          <section aria-labelledby="edit-fp" className="network-section">
            <h2 id="edit-fp">{t('network.fp.edit')}</h2>
            <FocalPointForm key={fp.validTo ?? 'open'} initial={fp} submitLabel={t('network.fp.save')} busy={edit.isPending} error={edit.error} onSubmit={(b) => edit.mutate(b)} />
          </section>
          <section aria-labelledby="end-fp" className="network-section">
            <h2 id="end-fp">{t('network.fp.end')}</h2>
            <form className="network-form" noValidate onSubmit={(e: FormEvent<HTMLFormElement>) => { e.preventDefault(); end.mutate({ endOn, reason }); }}>
              <FormError error={end.error} shownFields={['endOn', 'reason']} />
              <DateField label={t('network.fp.endOn')} name="endOn" required value={endOn} error={errors.endOn} onChange={setEndOn} />
              <Field label={t('network.fp.endReason')} name="reason" required value={reason} error={errors.reason} onChange={(e) => setReason(e.target.value)} />
              <div className="button-row">
                <Button type="submit" variant="secondary" busy={end.isPending}>
                  {t('network.fp.end')}
                </Button>
              </div>
            </form>
          </section>
        </>
      ) : null}
    </>
  );
}
