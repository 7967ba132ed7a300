import '../crises.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Button, Field, PageHeader, SelectField } from '../../../../ui';
import { TextareaField } from '../../../../ui/textarea-field';
import { FormError } from '../../../app/components/form-error';
import { fieldErrors } from '../../../app/errors';
import { useI18n } from '../../../app/i18n-context';
import { navigate, paths } from '../../../app/router';
import { useDocumentTitle } from '../../../app/use-document-title';
import { crisesApi, crisesQueries } from '../api';
import type { OpenBody } from '../api-types';
import { DateTimeInput, vnInstant } from '../../../app/components/date-time-input';

/** A date-and-time value (the Vietnam clock, whatever the browser's time zone) as an instant, or null when empty. */
export const instantOf = vnInstant;

/**
 * Opens a crisis: from a monitoring item (?itemId=…) or an alert (?alertId=…), or directly with a reason. The
 * level's help says to take the higher one when unsure, and the "unsure" box raises it by one.
 */
export function CrisisNewPage({ itemId, alertId }: { itemId?: string; alertId?: string }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const options = useQuery(crisesQueries.options());
  const policies = useQuery(crisesQueries.policies());
  const [d, setD] = useState({ title: '', summary: '', reason: '', detectedAt: '', severity: '', isUnsure: false, unitId: '', policyId: '', networkGroupId: '', spokesperson: '' });
  useDocumentTitle(t('crises.new.title'));
  const save = useMutation({
    mutationFn: (body: OpenBody) => crisesApi.open(body),
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: crisesQueries.all });
      navigate(paths.crisis(created.id));
    },
  });
  const errors = fieldErrors(save.error);
  const set = (patch: Partial<typeof d>) => setD((x) => ({ ...x, ...patch }));
  const isManual = !itemId && !alertId;
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    save.mutate({
      title: d.title || null,
      summary: d.summary,
      itemId: itemId ?? null,
      alertId: alertId ?? null,
      reason: isManual ? d.reason : null,
      detectedAt: isManual ? instantOf(d.detectedAt) : null,
      severity: Number(d.severity) || 0,
      isUnsure: d.isUnsure,
      unitId: d.unitId || null,
      policyId: d.policyId || null,
      networkGroupId: d.networkGroupId || null,
      members: d.spokesperson ? [{ role: 'spokesperson', userId: d.spokesperson }] : [],
    });
  };
  const o = options.data;
  return (
    <>
      <PageHeader title={t('crises.new.title')} description={t('crises.new.intro')} />
      <form className="crisis-form" noValidate onSubmit={onSubmit}>
        <FormError error={save.error} shownFields={['title', 'summary', 'reason', 'detectedAt', 'severity', 'unitId', 'policyId']} />
        {itemId ? <p>{t('crises.origin.item')}</p> : null}
        {alertId ? <p>{t('crises.origin.alert')}</p> : null}
        <Field label={t('crises.field.title')} name="title" required={isManual} hint={isManual ? undefined : t('crises.field.titleHint')} value={d.title} error={errors.title} onChange={(e) => set({ title: e.target.value })} />
        <TextareaField label={t('crises.field.summary')} name="summary" required rows={3} value={d.summary} error={errors.summary} onChange={(e) => set({ summary: e.target.value })} />
        {isManual ? (
          <>
            <TextareaField label={t('crises.field.reason')} name="reason" required rows={2} value={d.reason} error={errors.reason} onChange={(e) => set({ reason: e.target.value })} />
            <DateTimeInput label={t('crises.field.detectedAt')} name="detectedAt" hint={t('crises.field.detectedAtHint')} value={d.detectedAt} error={errors.detectedAt} onChange={(v) => set({ detectedAt: v })} />
          </>
        ) : null}
        <SelectField label={t('crises.field.severity')} name="severity" required hint={t('crises.field.severityHint')} value={d.severity} placeholder={t('crises.choose')} error={errors.severity}
          options={(o?.severities ?? []).map((s) => ({ value: String(s.code), label: s.label }))} onChange={(e) => set({ severity: e.target.value })} />
        <label className="dt-check">
          <input type="checkbox" name="isUnsure" checked={d.isUnsure} onChange={(e) => set({ isUnsure: e.target.checked })} /> {t('crises.field.unsure')}
        </label>
        <SelectField label={t('crises.field.unit')} name="unitId" value={d.unitId} placeholder={t('crises.none')} error={errors.unitId}
          options={(o?.units ?? []).map((u) => ({ value: u.id, label: u.name }))} onChange={(e) => set({ unitId: e.target.value })} />
        <SelectField label={t('crises.field.policy')} name="policyId" value={d.policyId} placeholder={t('crises.none')} error={errors.policyId}
          options={(policies.data?.items ?? []).map((p) => ({ value: p.id, label: p.title }))} onChange={(e) => set({ policyId: e.target.value })} />
        <SelectField label={t('crises.field.spokesperson')} name="spokesperson" hint={t('crises.field.spokespersonHint')} value={d.spokesperson} placeholder={t('crises.none')}
          options={(o?.people ?? []).map((p) => ({ value: p.id, label: p.name }))} onChange={(e) => set({ spokesperson: e.target.value })} />
        <SelectField label={t('crises.field.group')} name="networkGroupId" hint={t('crises.field.groupHint')} value={d.networkGroupId} placeholder={t('crises.none')}
          options={(o?.groups ?? []).map((g) => ({ value: g.id, label: g.name }))} onChange={(e) => set({ networkGroupId: e.target.value })} />
        <div>
          <Button type="submit" variant="primary" busy={save.isPending}>
            {t('crises.new')}
          </Button>
        </div>
      </form>
    </>
  );
}
