import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Alert, Button } from '../../../../ui';
import { TextareaField } from '../../../../ui/textarea-field';
import { policiesApi, useRefreshPolicies } from '../api';
import type { Kit, PolicyDetail } from '../api-types';
import { fieldErrors } from '../../../app/errors';
import { useI18n } from '../../../app/i18n-context';
import { FormError } from '../../../app/components/form-error';
import { newQaRow, QaRows, type QaRow } from './qa-rows';

type TextKey = 'mainContent' | 'impacts' | 'reasons' | 'howToComment' | 'englishSummary';

/** The communication kit of a draft (QĐ 407 contents), saved with PUT; read-only without the right to edit. */
export function KitForm({ policy }: { policy: PolicyDetail }) {
  const { t } = useI18n();
  const kit = policy.kit;
  const [texts, setTexts] = useState<Record<TextKey, string>>({
    mainContent: kit.mainContent, impacts: kit.impacts, reasons: kit.reasons,
    howToComment: kit.howToComment, englishSummary: kit.englishSummary,
  });
  const [questions, setQuestions] = useState(kit.openQuestions.join('\n'));
  const [qa, setQa] = useState<QaRow[]>(() => kit.qa.map((p) => newQaRow(p.question, p.answer)));
  const [published, setPublished] = useState(kit.isPublished);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const canEdit = policy.abilities.canEdit;
  const refresh = useRefreshPolicies();
  const save = useMutation({
    mutationFn: (body: Kit) => policiesApi.saveKit(policy.id, body),
    onSuccess: () => {
      setErrors({});
      void refresh();
    },
    onError: (err) => setErrors(fieldErrors(err)),
  });

  const text = (key: TextKey, label: string, hint?: string, rows = 4, lang?: string) => (
    <TextareaField label={label} hint={hint} name={key} rows={rows} lang={lang} value={texts[key]} error={errors[key]}
      onChange={(e) => setTexts((v) => ({ ...v, [key]: e.target.value }))} />
  );

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.mutate({
      ...texts,
      openQuestions: questions.split('\n').map((q) => q.trim()).filter(Boolean),
      qa: qa.map((p) => ({ question: p.question.trim(), answer: p.answer.trim() })).filter((p) => p.question || p.answer),
      isPublished: published,
    });
  };

  return (
    <form className="panel" onSubmit={onSubmit} noValidate aria-labelledby="kit-title">
      <h3 id="kit-title">{t('kit.title')}</h3>
      <p className="muted">{t('kit.intro')}</p>
      {!canEdit ? <Alert variant="info">{t('kit.readOnly')}</Alert> : null}
      {save.isSuccess ? <Alert variant="success">{t('kit.saved')}</Alert> : null}
      <FormError error={save.error} shownFields={['mainContent', 'impacts', 'reasons', 'howToComment', 'englishSummary', 'openQuestions']} />
      <fieldset className="plain-fieldset" disabled={!canEdit}>
        <legend className="dt-visually-hidden">{t('kit.title')}</legend>
        {text('mainContent', t('kit.mainContent'), undefined, 6)}
        {text('impacts', t('kit.impacts'))}
        {text('reasons', t('kit.reasons'))}
        <TextareaField label={t('kit.openQuestions')} hint={t('kit.openQuestionsHint')} name="openQuestions" rows={4}
          value={questions} error={errors.openQuestions} onChange={(e) => setQuestions(e.target.value)} />
        {text('howToComment', t('kit.howToComment'), undefined, 3)}
        {text('englishSummary', t('kit.englishSummary'), t('kit.englishSummaryHint'), 4, 'en')}
        <QaRows rows={qa} onChange={setQa} />
        <div className="check">
          <input id="kit-published" type="checkbox" className="check__input" checked={published}
            onChange={(e) => setPublished(e.target.checked)} />
          <label htmlFor="kit-published">{t('kit.published')}</label>
        </div>
        {canEdit ? <Button type="submit" busy={save.isPending}>{t('kit.submit')}</Button> : null}
      </fieldset>
    </form>
  );
}
