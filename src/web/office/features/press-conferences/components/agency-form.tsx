import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Button, DateField, Field, SelectField } from '../../../../ui';
import { TextareaField } from '../../../../ui/textarea-field';
import { FormError } from '../../../app/components/form-error';
import { fieldErrors } from '../../../app/errors';
import { useI18n } from '../../../app/i18n-context';
import { conferencesQueries } from '../api';
import type { Agency, AgencyBody } from '../api-types';

/** The add / edit form of a press agency; the server checks the addresses, the dates and the licence number. */
export function AgencyForm(props: { initial?: Agency; submitLabel: string; busy: boolean; error: unknown; onSubmit: (body: AgencyBody) => void }) {
  const { t } = useI18n();
  const options = useQuery(conferencesQueries.agencyOptions());
  const i = props.initial;
  const [d, setD] = useState({
    name: i?.name ?? '',
    kind: i?.kind ?? '',
    licenceNo: i?.licenceNo ?? '',
    licenceDate: i?.licenceDate ?? '',
    headOffice: i?.headOffice ?? '',
    emails: (i?.emails ?? []).join('\n'),
    phone: i?.phone ?? '',
    orgUnitId: i?.orgUnit?.id ?? '',
    validFrom: i?.validFrom ?? '',
    validTo: i?.validTo ?? '',
    note: i?.note ?? '',
  });
  const set = (patch: Partial<typeof d>) => setD((x) => ({ ...x, ...patch }));
  const errors = fieldErrors(props.error);
  const emailError = Object.entries(errors).find(([k]) => k.startsWith('emails'))?.[1];
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    props.onSubmit({
      name: d.name,
      kind: d.kind as AgencyBody['kind'],
      licenceNo: d.licenceNo || null,
      licenceDate: d.licenceDate || null,
      headOffice: d.headOffice || null,
      emails: d.emails.split(/[\n,;]+/).map((x) => x.trim()).filter(Boolean),
      phone: d.phone || null,
      orgUnitId: d.orgUnitId || null,
      validFrom: d.validFrom,
      validTo: d.validTo || null,
      note: d.note || null,
    });
  };
  return (
    <form className="pc-form" noValidate onSubmit={submit}>
      <FormError error={props.error} shownFields={['name', 'kind', 'licenceNo', 'licenceDate', 'validFrom', 'validTo', 'orgUnitId']} />
      <Field label={t('pc.agency.name')} name="name" required value={d.name} error={errors.name} onChange={(e) => set({ name: e.target.value })} />
      <SelectField label={t('pc.agency.kind')} name="kind" required value={d.kind} placeholder={t('pc.choose')} error={errors.kind}
        options={(options.data?.kinds ?? []).map((k) => ({ value: k.code, label: k.label }))} onChange={(e) => set({ kind: e.target.value })} />
      <Field label={t('pc.agency.licenceNo')} name="licenceNo" value={d.licenceNo} error={errors.licenceNo} onChange={(e) => set({ licenceNo: e.target.value })} />
      <DateField label={t('pc.agency.licenceDate')} name="licenceDate" value={d.licenceDate} error={errors.licenceDate} onChange={(v) => set({ licenceDate: v })} />
      <Field label={t('pc.agency.headOffice')} name="headOffice" value={d.headOffice} onChange={(e) => set({ headOffice: e.target.value })} />
      <TextareaField label={t('pc.agency.emails')} name="emails" rows={2} value={d.emails} error={emailError} onChange={(e) => set({ emails: e.target.value })} />
      <Field label={t('pc.agency.phone')} name="phone" type="tel" value={d.phone} onChange={(e) => set({ phone: e.target.value })} />
      <SelectField label={t('pc.agency.orgUnit')} name="orgUnitId" value={d.orgUnitId} error={errors.orgUnitId}
        options={[{ value: '', label: t('pc.agency.noOrgUnit') }, ...(options.data?.pressUnits ?? []).map((u) => ({ value: u.id, label: u.name }))]} onChange={(e) => set({ orgUnitId: e.target.value })} />
      <DateField label={t('pc.agency.validFrom')} name="validFrom" required value={d.validFrom} error={errors.validFrom} onChange={(v) => set({ validFrom: v })} />
      <DateField label={t('pc.agency.validTo')} name="validTo" value={d.validTo} error={errors.validTo} onChange={(v) => set({ validTo: v })} />
      <TextareaField label={t('pc.agency.note')} name="note" rows={2} value={d.note} onChange={(e) => set({ note: e.target.value })} />
      <div className="button-row">
        <Button type="submit" busy={props.busy}>
          {props.submitLabel}
        </Button>
      </div>
    </form>
  );
}
