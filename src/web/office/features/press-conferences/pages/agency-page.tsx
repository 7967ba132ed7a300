import '../conferences.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Alert, Button, DateField, Field, formatDate, PageHeader } from '../../../../ui';
import { AsyncView } from '../../../app/components/async-view';
import { FormError } from '../../../app/components/form-error';
import { useI18n } from '../../../app/i18n-context';
import { Link, paths } from '../../../app/router';
import { can, useMe } from '../../../app/session';
import { useDocumentTitle } from '../../../app/use-document-title';
import { conferencesApi, conferencesQueries } from '../api';
import type { Agency, AgencyBody } from '../api-types';
import { AgencyForm } from '../components/agency-form';

/** One press agency: its details, the edit form and the end form (managers). */
export function AgencyPage({ id }: { id: string }) {
  const { t } = useI18n();
  const agency = useQuery(conferencesQueries.agency(id));
  useDocumentTitle(agency.data?.name ?? t('pc.agencies.title'));
  return (
    <AsyncView result={agency}>
      {(a) => <AgencyView agency={a} />}
    </AsyncView>
  );
}

function AgencyView({ agency: a }: { agency: Agency }) {
  const { t } = useI18n();
  const me = useMe();
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: conferencesQueries.all });
  const edit = useMutation({ mutationFn: (body: AgencyBody) => conferencesApi.editAgency(a.id, body), onSuccess: refresh });
  const end = useMutation({ mutationFn: (body: { endOn: string; reason: string }) => conferencesApi.endAgency(a.id, body), onSuccess: refresh });
  const [endOn, setEndOn] = useState('');
  const [reason, setReason] = useState('');
  const manages = can(me, 'press.manage');
  return (
    <>
      <PageHeader title={a.name} description={`${a.kindLabel} · ${a.isCurrent ? t('pc.agencies.current') : t('pc.agencies.ended')}`}>
        <Link to={paths.pressAgencies} className="dt-button dt-button--secondary">
          {t('pc.agencies.title')}
        </Link>
      </PageHeader>
      <dl className="pc-facts">
        <div><dt>{t('pc.agency.licenceNo')}</dt><dd>{a.licenceNo ?? t('pc.dash')}{a.licenceDate ? ` (${formatDate(a.licenceDate)})` : ''}</dd></div>
        <div><dt>{t('pc.agency.headOffice')}</dt><dd>{a.headOffice ?? t('pc.dash')}</dd></div>
        <div><dt>{t('pc.agency.emails')}</dt><dd>{a.emails.join(', ') || t('pc.dash')}</dd></div>
        <div><dt>{t('pc.agency.phone')}</dt><dd>{a.phone ?? t('pc.dash')}</dd></div>
        <div><dt>{t('pc.agency.orgUnit')}</dt><dd>{a.orgUnit?.name ?? t('pc.dash')}</dd></div>
        <div><dt>{t('pc.agency.validFrom')}</dt><dd>{formatDate(a.validFrom)}{a.validTo ? ` – ${formatDate(a.validTo)}` : ''}</dd></div>
        {a.endReason ? <div><dt>{t('pc.agency.endReason')}</dt><dd>{a.endReason}</dd></div> : null}
        {a.note ? <div><dt>{t('pc.agency.note')}</dt><dd className="pc-text">{a.note}</dd></div> : null}
      </dl>
      {manages ? (
        <section className="pc-section" aria-labelledby="edit-agency">
          <h2 id="edit-agency">{t('pc.agency.edit')}</h2>
          {edit.isSuccess ? <Alert variant="success" title={t('pc.agency.saved')} /> : null}
          <AgencyForm key={a.validTo ?? 'open'} initial={a} submitLabel={t('pc.save')} busy={edit.isPending} error={edit.error} onSubmit={(b) => edit.mutate(b)} />
        </section>
      ) : null}
      {manages && !a.endReason ? (
        <section className="pc-section" aria-labelledby="end-agency">
          <h2 id="end-agency">{t('pc.agency.end')}</h2>
          <form className="pc-form" noValidate onSubmit={(e: FormEvent<HTMLFormElement>) => { e.preventDefault(); end.mutate({ endOn, reason }); }}>
            <FormError error={end.error} shownFields={[]} />
            <DateField label={t('pc.agency.endOn')} name="endOn" required value={endOn} onChange={setEndOn} />
            <Field label={t('pc.agency.endReason')} name="reason" required value={reason} onChange={(e) => setReason(e.target.value)} />
            <div className="button-row">
              <Button type="submit" variant="secondary" busy={end.isPending}>{t('pc.agency.end')}</Button>
            </div>
          </form>
        </section>
      ) : null}
    </>
  );
}
