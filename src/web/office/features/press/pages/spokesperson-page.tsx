import '../press.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Button, DateField, formatDate, formatDateTime, PageHeader } from '../../../../ui';
import { TextareaField } from '../../../../ui/textarea-field';
import { AsyncView } from '../../../app/components/async-view';
import { FormError } from '../../../app/components/form-error';
import { fieldErrors } from '../../../app/errors';
import { useI18n } from '../../../app/i18n-context';
import { Link, paths } from '../../../app/router';
import { can, useMe } from '../../../app/session';
import { useDocumentTitle } from '../../../app/use-document-title';
import { pressApi, pressQueries } from '../api';
import type { SpokespersonBody } from '../api-types';
import { enumLabel } from '../components/press-text';
import { SpokespersonForm } from '../components/spokesperson-form';

/** One assignment: its versions (never overwritten), an edit that writes the next version, and its end. */
export function SpokespersonPage({ id }: { id: string }) {
  const { t } = useI18n();
  const me = useMe();
  const queryClient = useQueryClient();
  const history = useQuery(pressQueries.spokesperson(id));
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['press', 'spokespeople'] });
  const edit = useMutation({ mutationFn: (body: SpokespersonBody) => pressApi.editSpokesperson(id, body), onSuccess: refresh });
  const end = useMutation({ mutationFn: (body: { endOn: string; reason: string }) => pressApi.endSpokesperson(id, body), onSuccess: refresh });
  const [endOn, setEndOn] = useState('');
  const [reason, setReason] = useState('');
  useDocumentTitle(history.data?.current.personName ?? t('press.spokespeople.title'));
  return (
    <AsyncView result={history}>
      {({ current, versions }) => (
        <>
          <PageHeader title={current.personName} description={`${enumLabel(t, 'sp.kind', current.kind)} · ${current.unitName}`}>
            <Link to={paths.pressSpokespeople} className="dt-button dt-button--secondary">
              {t('press.spokespeople.title')}
            </Link>
          </PageHeader>
          <section aria-labelledby="versions">
            <h2 id="versions">{t('press.spokespeople.history')}</h2>
            <ol className="press-timeline">
              {versions.map((v) => (
                <li key={v.version}>
                  <strong>{t('press.spokespeople.version', { version: v.version, time: formatDateTime(v.recordedAt) })}</strong>: {v.personName} · {v.title} · {enumLabel(t, 'sp.kind', v.kind)} ·{' '}
                  {t('press.sp.period', { from: formatDate(v.validFrom), to: v.validTo ? formatDate(v.validTo) : t('press.sp.noEnd') })}
                  {v.decisionRef ? ` · ${v.decisionRef}` : ''}
                  {v.scope ? ` · ${v.scope}` : ''}
                  {v.endReason ? ` · ${t('press.spokespeople.ended', { reason: v.endReason })}` : ''}
                </li>
              ))}
            </ol>
          </section>
          {can(me, 'press.manage') && !current.endReason ? (
            <>
              <section aria-labelledby="edit">
                <h2 id="edit">{t('press.spokespeople.edit')}</h2>
                <SpokespersonForm key={current.version} initial={current} submitLabel={t('press.save')} busy={edit.isPending} error={edit.error} onSubmit={(b) => edit.mutate(b)} />
              </section>
              <section aria-labelledby="end">
                <h2 id="end">{t('press.spokespeople.end')}</h2>
                <form className="press-form" noValidate onSubmit={(e: FormEvent<HTMLFormElement>) => { e.preventDefault(); end.mutate({ endOn, reason }); }}>
                  <FormError error={end.error} shownFields={['endOn', 'reason']} />
                  <DateField label={t('press.spokespeople.endOn')} name="endOn" required value={endOn} error={fieldErrors(end.error).endOn} onChange={setEndOn} />
                  <TextareaField label={t('press.spokespeople.endReason')} name="reason" rows={2} value={reason} error={fieldErrors(end.error).reason} onChange={(e) => setReason(e.target.value)} />
                  <div className="button-row">
                    <Button type="submit" variant="danger" busy={end.isPending}>
                      {t('press.spokespeople.end')}
                    </Button>
                  </div>
                </form>
              </section>
            </>
          ) : null}
        </>
      )}
    </AsyncView>
  );
}
