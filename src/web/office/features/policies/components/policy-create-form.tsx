import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, Field, SelectField } from '../../../../ui';
import { TextareaField } from '../../../../ui/textarea-field';
import { policiesApi, policiesQueries } from '../api';
import { DOC_TYPES, IMPACT_KEYS, type DocType, type ImpactKey, type PolicyInput } from '../api-types';
import { fieldErrors } from '../../../app/errors';
import { useI18n } from '../../../app/i18n-context';
import { navigate, paths } from '../../../app/router';
import { FormError } from '../../../app/components/form-error';
import { ImpactCriteria } from './impact-criteria';
import { docTypeOptions } from './policy-text';
import { WithUnitOptions } from '../../organisations/components/unit-options';

const NO_CRITERIA = Object.fromEntries(IMPACT_KEYS.map((k) => [k, false])) as Record<ImpactKey, boolean>;
const SHOWN = ['title', 'docType', 'draftingUnitId', 'summary', 'impact.note'];

function docTypeOf(value: string): DocType | '' {
  return DOC_TYPES.find((d) => d === value) ?? '';
}

/** "Tạo dự thảo": title, document type, drafting unit, summary and the QĐ 407 assessment; opens the new draft. */
export function PolicyCreateForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useI18n();
  const [title, setTitle] = useState('');
  const [docType, setDocType] = useState<DocType | ''>('');
  const [unitId, setUnitId] = useState('');
  const [summary, setSummary] = useState('');
  const [criteria, setCriteria] = useState(NO_CRITERIA);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: (body: PolicyInput) => policiesApi.create(body),
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: policiesQueries.all });
      navigate(paths.policy(created.id));
    },
    onError: (err) => setErrors(fieldErrors(err)),
  });
  // busy until the new draft's page opens
  const busy = create.isPending || create.isSuccess;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const req = t('common.required');

  useEffect(() => headingRef.current?.focus(), []);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.reset();
    const local: Record<string, string> = {};
    if (!title.trim()) local.title = t('policyNew.titleRequired');
    if (!docType) local.docType = t('policyNew.docTypeRequired');
    if (!unitId) local.draftingUnitId = t('policyNew.unitRequired');
    setErrors(local);
    if (Object.keys(local).length > 0 || !docType) return;
    create.mutate({ title: title.trim(), docType, draftingUnitId: unitId, summary: summary.trim(), impact: { criteria, note: note.trim() } });
  };

  return (
    <form id="policy-create" className="panel" onSubmit={onSubmit} noValidate aria-labelledby="policy-create-title">
      <h2 id="policy-create-title" ref={headingRef} tabIndex={-1} className="focus-target">{t('policyNew.title')}</h2>
      <FormError error={create.error} shownFields={SHOWN} />
      <Field label={t('policyNew.name')} requiredMark={req} required name="title" autoComplete="off" value={title}
        onChange={(e) => setTitle(e.target.value)} error={errors.title} inputClassName="policy-title-input" />
      <div className="form-grid">
        <SelectField label={t('policyNew.docType')} requiredMark={req} required name="docType"
          placeholder={t('policyNew.docTypePlaceholder')} options={docTypeOptions(t)} value={docType}
          error={errors.docType} onChange={(e) => setDocType(docTypeOf(e.target.value))} />
        <WithUnitOptions>
          {(options) => (
            <SelectField label={t('policyNew.unit')} requiredMark={req} required name="draftingUnitId"
              placeholder={t('common.unitPlaceholder')} options={options} value={unitId}
              error={errors.draftingUnitId} onChange={(e) => setUnitId(e.target.value)} />
          )}
        </WithUnitOptions>
      </div>
      <TextareaField label={t('policyNew.summary')} name="summary" rows={4} value={summary}
        error={errors.summary} onChange={(e) => setSummary(e.target.value)} />
      <ImpactCriteria idPrefix="new-impact" values={criteria} onChange={setCriteria} />
      <TextareaField label={t('impact.note')} name="impactNote" rows={2} value={note}
        error={errors['impact.note']} onChange={(e) => setNote(e.target.value)} />
      <div className="button-row">
        <Button type="submit" busy={busy}>{t('policyNew.submit')}</Button>
        <Button variant="secondary" disabled={busy} onClick={onCancel}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}
