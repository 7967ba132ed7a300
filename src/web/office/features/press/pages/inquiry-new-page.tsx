import '../press.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Button, DateField, Field, PageHeader, SelectField } from '../../../../ui';
import { TextareaField } from '../../../../ui/textarea-field';
import { FormError } from '../../../app/components/form-error';
import { fieldErrors } from '../../../app/errors';
import { useI18n } from '../../../app/i18n-context';
import { navigate, paths } from '../../../app/router';
import { useDocumentTitle } from '../../../app/use-document-title';
import { pressApi, pressQueries } from '../api';
import type { InquiryBody } from '../api-types';
import { CHANNELS, enumLabel, INQUIRY_KINDS } from '../components/press-text';

type Draft = Omit<InquiryBody, 'kind' | 'channel'> & { kind: InquiryBody['kind'] | ''; channel: InquiryBody['channel'] | '' };

/** Intake of an inquiry: the server computes the legal deadline and refuses a deadline already past. */
export function InquiryNewPage() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const options = useQuery(pressQueries.options());
  const [d, setD] = useState<Draft>({ kind: '', channel: '', receivedOn: '', requesterName: '', subject: '', content: '', complexity: null, pressAgencyId: null, unitId: null, officerId: null });
  const officers = useQuery(pressQueries.officers(d.unitId ?? ''));
  const policies = useQuery(pressQueries.policies());
  useDocumentTitle(t('press.new.title'));
  const save = useMutation({
    mutationFn: (body: InquiryBody) => pressApi.receive(body),
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: pressQueries.all });
      navigate(paths.pressInquiry(created.id));
    },
  });
  const errors = fieldErrors(save.error);
  const set = (patch: Partial<Draft>) => setD((x) => ({ ...x, ...patch }));
  const isPress = d.kind === 'press' || d.kind === 'press_forwarded';
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    save.mutate({ ...d, kind: d.kind as InquiryBody['kind'], channel: d.channel as InquiryBody['channel'], complexity: d.kind === 'information_request' ? d.complexity : null, pressAgencyId: isPress ? d.pressAgencyId : null });
  };

  return (
    <>
      <PageHeader title={t('press.new.title')} description={t('press.new.intro')} />
      <form className="press-form" noValidate onSubmit={onSubmit}>
        <FormError error={save.error} shownFields={['kind', 'complexity', 'receivedOn', 'channel', 'requesterName', 'pressAgencyId', 'journalistName', 'policyId', 'subject', 'content', 'unitId', 'officerId']} />
        <SelectField label={t('press.field.kind')} name="kind" required value={d.kind} placeholder={t('press.choose')} error={errors.kind}
          options={INQUIRY_KINDS.map((k) => ({ value: k, label: enumLabel(t, 'kind', k) }))} onChange={(e) => set({ kind: e.target.value as Draft['kind'] })} />
        {d.kind === 'information_request' ? (
          <SelectField label={t('press.field.complexity')} name="complexity" required value={d.complexity ?? ''} placeholder={t('press.choose')} error={errors.complexity}
            options={(['simple', 'complex'] as const).map((c) => ({ value: c, label: enumLabel(t, 'complexity', c) }))} onChange={(e) => set({ complexity: (e.target.value || null) as Draft['complexity'] })} />
        ) : null}
        <DateField label={t('press.field.receivedOn')} name="receivedOn" required value={d.receivedOn} error={errors.receivedOn} onChange={(v) => set({ receivedOn: v })} />
        <SelectField label={t('press.field.channel')} name="channel" required value={d.channel} placeholder={t('press.choose')} error={errors.channel}
          options={CHANNELS.map((c) => ({ value: c, label: enumLabel(t, 'channel', c) }))} onChange={(e) => set({ channel: e.target.value as Draft['channel'] })} />
        {isPress ? (
          <>
            <SelectField label={t('press.field.agency')} name="pressAgencyId" required value={d.pressAgencyId ?? ''} placeholder={t('press.choose')} error={errors.pressAgencyId}
              options={(options.data?.agencies ?? []).map((a) => ({ value: a.id, label: a.name }))} onChange={(e) => set({ pressAgencyId: e.target.value || null })} />
            <Field label={t('press.field.journalist')} name="journalistName" required={d.kind === 'press'} value={d.journalistName ?? ''} error={errors.journalistName} onChange={(e) => set({ journalistName: e.target.value })} />
          </>
        ) : null}
        <Field label={t('press.field.requesterName')} name="requesterName" required value={d.requesterName} error={errors.requesterName} onChange={(e) => set({ requesterName: e.target.value })} />
        <Field label={t('press.field.requesterContact')} name="requesterContact" value={d.requesterContact ?? ''} onChange={(e) => set({ requesterContact: e.target.value })} />
        <Field label={t('press.field.subject')} name="subject" required value={d.subject} error={errors.subject} onChange={(e) => set({ subject: e.target.value })} />
        <TextareaField label={t('press.field.content')} name="content" required rows={5} value={d.content} error={errors.content} onChange={(e) => set({ content: e.target.value })} />
        <SelectField label={t('press.detail.policy')} name="policyId" value={d.policyId ?? ''} placeholder={t('press.field.noPolicy')} error={errors.policyId}
          options={(policies.data?.items ?? []).map((p) => ({ value: p.id, label: p.title }))} onChange={(e) => set({ policyId: e.target.value || null })} />
        <SelectField label={t('press.field.unit')} name="unitId" value={d.unitId ?? ''} placeholder={t('press.choose')} error={errors.unitId}
          options={(options.data?.units ?? []).map((u) => ({ value: u.id, label: u.name }))} onChange={(e) => set({ unitId: e.target.value || null, officerId: null })} />
        {d.unitId ? (
          <SelectField label={t('press.field.officer')} name="officerId" value={d.officerId ?? ''} placeholder={t('press.field.noOfficer')} error={errors.officerId}
            options={(officers.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))} onChange={(e) => set({ officerId: e.target.value || null })} />
        ) : null}
        <div className="button-row">
          <Button type="submit" busy={save.isPending}>
            {t('press.save')}
          </Button>
        </div>
      </form>
    </>
  );
}
