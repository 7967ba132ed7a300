import { Button, Field } from '../../../../ui';
import { TextareaField } from '../../../../ui/textarea-field';
import { useI18n } from '../../../app/i18n-context';

/** One question–answer pair being edited (`key` keeps React rows stable). */
export interface QaRow {
  key: number;
  question: string;
  answer: string;
}

let nextKey = 0;

/** Creates a question–answer row. */
export function newQaRow(question = '', answer = ''): QaRow {
  nextKey += 1;
  return { key: nextKey, question, answer };
}

/** "Hỏi – đáp": editable question–answer pairs with add and remove buttons, inside a fieldset. */
export function QaRows({ rows, onChange }: { rows: readonly QaRow[]; onChange: (rows: QaRow[]) => void }) {
  const { t } = useI18n();
  const patch = (index: number, change: Partial<QaRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  return (
    <fieldset className="fieldset">
      <legend>{t('kit.qa')}</legend>
      {rows.length === 0 ? <p className="empty">{t('kit.qaNone')}</p> : null}
      {rows.map((row, i) => (
        <div key={row.key} className="qa-row">
          <Field label={t('kit.question', { n: i + 1 })} name={`qa-${i}-question`} value={row.question}
            inputClassName="wide-input" onChange={(e) => patch(i, { question: e.target.value })} />
          <TextareaField label={t('kit.answer', { n: i + 1 })} name={`qa-${i}-answer`} rows={3} value={row.answer}
            onChange={(e) => patch(i, { answer: e.target.value })} />
          <Button variant="quiet" size="small" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
            {t('kit.removeQa', { n: i + 1 })}
          </Button>
        </div>
      ))}
      <Button variant="secondary" size="small" onClick={() => onChange([...rows, newQaRow()])}>
        {t('kit.addQa')}
      </Button>
    </fieldset>
  );
}
