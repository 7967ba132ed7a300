import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Alert, Button, Field, SelectField } from '../../../../ui';
import { TextareaField } from '../../../../ui/textarea-field';
import { policiesApi } from '../api';
import { DOC_TYPES, IMPACT_KEYS, type DocType, type ImpactKey } from '../api-types';
import { fieldErrors } from '../../../app/errors';
import { useI18n } from '../../../app/i18n-context';
import { navigate, paths } from '../../../app/router';
import { LoadingText } from '../../../app/components/async-view';
import { FormError } from '../../../app/components/form-error';
import { ImpactCriteria } from './impact-criteria';
import { docTypeOptions } from './policy-text';
import { useUnitOptions } from '../../../app/components/unit-options';

const NO_CRITERIA = Object.fromEntries(IMPACT_KEYS.map((k) => [k, false])) as Record<ImpactKey, boolean>;
const SHOWN = ['title', 'docType', 'draftingUnitId', 'summary', 'impact.note'];

function isDocType(value: string): value is DocType {
  return (DOC_TYPES as readonly string[]).includes(value);
}

/** "Tạo dự thảo": title, document type, drafting unit, summary and the QĐ 407 assessment; opens the new draft. */
export function PolicyCreateForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useI18n();
  const units = useUnitOptions();
  const [title, setTitle] = useState('');
  const [docType, setDocType] = useState<DocType | ''>('');
  const [unitId, setUnitId] = useState('');
  const [summary, setSummary] = useState('');
  const [criteria, setCriteria] = useState(NO_CRITERIA);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const req = t('common.required');

  useEffect(() => headingRef.current?.focus(), []);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    const local: Record<string, string> = {};
    if (!title.trim()) local.title = t('policyNew.titleRequired');
    if (!docType) local.docType = t('policyNew.docTypeRequired');
    if (!unitId) local.draftingUnitId = t('policyNew.unitRequired');
    setErrors(local);
    if (Object.keys(local).length > 0 || !docType) return;
    setBusy(true);
    try {
      const created = await policiesApi.create({
        title: title.trim(),
        docType,
        draftingUnitId: unitId,
        summary: summary.trim(),
        impact: { criteria, note: note.trim() },
      });
      navigate(paths.policy(created.id));
    } catch (err) {
      setErrors(fieldErrors(err));
      setFailure(err);
      setBusy(false);
    }
  };

  return (
    <form id="policy-create" className="panel" onSubmit={onSubmit} noValidate aria-labelledby="policy-create-title">
      <h2 id="policy-create-title" ref={headingRef} tabIndex={-1} className="focus-target">{t('policyNew.title')}</h2>
      <FormError error={failure} shownFields={SHOWN} />
      <Field label={t('policyNew.name')} requiredMark={req} required name="title" autoComplete="off" value={title}
        onChange={(e) => setTitle(e.target.value)} error={errors.title} inputClassName="policy-title-input" />
      <div className="form-grid">
        <SelectField label={t('policyNew.docType')} requiredMark={req} required name="docType"
          placeholder={t('policyNew.docTypePlaceholder')} options={docTypeOptions(t)} value={docType}
          error={errors.docType} onChange={(e) => setDocType(isDocType(e.target.value) ? e.target.value : '')} />
        {units.status === 'error' ? (
          <Alert variant="error" title={t('common.unitsError')}>
            <Button variant="secondary" size="small" onClick={units.reload}>{t('common.retry')}</Button>
          </Alert>
        ) : units.data === undefined ? (
          <LoadingText text={t('common.unitsLoading')} />
        ) : (
          <SelectField label={t('policyNew.unit')} requiredMark={req} required name="draftingUnitId"
            placeholder={t('common.unitPlaceholder')} options={units.data} value={unitId}
            error={errors.draftingUnitId} onChange={(e) => setUnitId(e.target.value)} />
        )}
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
