import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Alert, Button, Field, SelectField } from '../../../../ui';
import { TextareaField } from '../../../../ui/textarea-field';
import { answersApi, useRefreshConsultation } from '../api';
import { DISPOSITIONS, type Disposition } from '../api-types';
import type { AnswerTemplate, AnswerTemplateInput } from '../api-types-rounds';
import { fieldErrors } from '../../../app/errors';
import { useI18n } from '../../../app/i18n-context';
import { dispositionOf, isDisposition } from './answer-item';
import { labelOf } from '../../policies/components/policy-text';
import { ConfirmAction } from '../../../app/components/confirm-action';
import { FormError } from '../../../app/components/form-error';

function TemplateForm({ policyId, template, onSaved, onCancel }: { policyId: string; template: AnswerTemplate | null; onSaved: () => Promise<void>; onCancel: () => void }) {
  const { t } = useI18n();
  const [name, setName] = useState(template?.name ?? '');
  const [disposition, setDisposition] = useState<Disposition | ''>(dispositionOf(template?.disposition));
  const [body, setBody] = useState(template?.body ?? '');
  const [forAllDrafts, setForAllDrafts] = useState(template?.forAllDrafts ?? false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const write = useMutation({
    mutationFn: (input: AnswerTemplateInput) =>
      template ? answersApi.updateTemplate(policyId, template.id, input) : answersApi.createTemplate(policyId, input),
    onSuccess: onSaved,
    onError: (err) => setErrors(fieldErrors(err)),
  });
  // busy until the list shows the saved template (this form then closes)
  const busy = write.isPending || write.isSuccess;
  const prefix = `tpl-${template?.id ?? 'new'}`;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!name.trim()) local.name = t('templates.nameRequired');
    if (!disposition) local.disposition = t('answer.dispositionRequired');
    if (!body.trim()) local.body = t('templates.bodyRequired');
    setErrors(local);
    write.reset();
    if (!disposition || Object.keys(local).length > 0) return;
    write.mutate({ name: name.trim(), disposition, body: body.trim(), forAllDrafts });
  };

  return (
    <form className="template-form" onSubmit={submit} noValidate aria-label={template ? t('templates.editTitle', { name: template.name }) : t('templates.newTitle')}>
      <FormError error={write.error} shownFields={['name', 'disposition', 'body']} />
      <Field label={t('templates.name')} name={`${prefix}-name`} value={name} error={errors.name} maxLength={200} onChange={(e) => setName(e.target.value)} />
      <SelectField label={t('answer.disposition')} name={`${prefix}-disposition`} placeholder={t('answer.dispositionPlaceholder')}
        options={DISPOSITIONS.map((d) => ({ value: d, label: t(`disposition.${d}`) }))} value={disposition}
        error={errors.disposition} onChange={(e) => setDisposition(isDisposition(e.target.value) ? e.target.value : '')} />
      <TextareaField label={t('templates.body')} name={`${prefix}-body`} rows={4} value={body} error={errors.body} onChange={(e) => setBody(e.target.value)} />
      <span className="check">
        <input id={`${prefix}-all`} type="checkbox" className="check__input" checked={forAllDrafts} onChange={(e) => setForAllDrafts(e.target.checked)} />
        <label htmlFor={`${prefix}-all`}>{t('templates.forAllDrafts')}</label>
      </span>
      <div className="button-row">
        <Button type="submit" size="small" busy={busy}>{t('templates.save')}</Button>
        <Button variant="secondary" size="small" disabled={busy} onClick={onCancel}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}

/** "Mẫu câu trả lời" of the draft and its unit: list, add, edit, delete. */
export function AnswerTemplates({ policyId, templates }: { policyId: string; templates: readonly AnswerTemplate[] }) {
  const { t } = useI18n();
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const refresh = useRefreshConsultation();
  const saved = async (key: 'templates.saved' | 'templates.deleted') => {
    await refresh();
    setEditing(null);
    setNotice(t(key));
  };
  const removal = useMutation({
    mutationFn: (id: string) => answersApi.deleteTemplate(policyId, id),
    onSuccess: async () => {
      setDeleting(null);
      await saved('templates.deleted');
    },
  });
  return (
    <details className="panel answer-templates">
      <summary>{t('templates.title', { count: templates.length })}</summary>
      {notice ? <Alert variant="success">{notice}</Alert> : null}
      <FormError error={removal.error} />
      {templates.length === 0 ? <p className="muted">{t('templates.none')}</p> : null}
      <ul className="answer-templates__list">
        {templates.map((x) => (
          <li key={x.id}>
            {editing === x.id ? (
              <TemplateForm policyId={policyId} template={x} onSaved={() => saved('templates.saved')} onCancel={() => setEditing(null)} />
            ) : (
              <>
                <p className="strong">{x.name} · {labelOf('disposition', x.disposition, t)} · {t(x.forAllDrafts ? 'templates.scopeUnit' : 'templates.scopeDraft')}</p>
                <p className="prewrap">{x.body}</p>
                {deleting === x.id ? (
                  <ConfirmAction question={t('templates.deleteConfirm', { name: x.name })} confirmLabel={t('templates.delete')} danger
                    busy={removal.isPending} onConfirm={() => removal.mutate(x.id)} onCancel={() => setDeleting(null)} />
                ) : (
                  <div className="button-row">
                    <Button variant="secondary" size="small" onClick={() => setEditing(x.id)}>{t('templates.edit')}<span className="dt-visually-hidden"> {x.name}</span></Button>
                    <Button variant="secondary" size="small" onClick={() => setDeleting(x.id)}>{t('templates.delete')}<span className="dt-visually-hidden"> {x.name}</span></Button>
                  </div>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
      {editing === 'new' ? (
        <TemplateForm policyId={policyId} template={null} onSaved={() => saved('templates.saved')} onCancel={() => setEditing(null)} />
      ) : (
        <Button variant="secondary" size="small" onClick={() => { setEditing('new'); setNotice(null); }}>{t('templates.add')}</Button>
      )}
    </details>
  );
}
