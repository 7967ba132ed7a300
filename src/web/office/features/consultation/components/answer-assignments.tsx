import { useState } from 'react';
import { Alert, SelectField } from '../../../../ui';
import { answersApi } from '../api';
import type { RoundAssignments } from '../api-types-rounds';
import { useI18n } from '../../../app/i18n-context';
import { FormError } from '../../../app/components/form-error';

/** One line per article: the officer who answers its comments (a comment's own assignment wins). */
export function AnswerAssignments({ roundId, data, canAssign, onChanged }: { roundId: string; data: RoundAssignments; canAssign: boolean; onChanged: () => void }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const assign = async (anchor: string, label: string, userId: string) => {
    setBusy(anchor);
    setFailure(null);
    setNotice(null);
    try {
      await answersApi.assign(roundId, { articleAnchors: [anchor], userId: userId || null });
      const name = data.officers.find((o) => o.id === userId)?.displayName;
      setNotice(name ? t('assign.done', { article: label, name }) : t('assign.cleared', { article: label }));
      onChanged();
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(null);
    }
  };

  return (
    <details className="panel answer-assignments">
      <summary>{t('assign.title')}</summary>
      <p className="muted">{t('assign.hint')}</p>
      {notice ? <Alert variant="success">{notice}</Alert> : null}
      <FormError error={failure} />
      <ul className="answer-assignments__list">
        {data.articles.map((a) => (
          <li key={a.anchor}>
            {canAssign && data.officers.length > 0 ? (
              <SelectField label={a.label} name={`assign-${a.anchor}`} value={a.userId ?? ''} placeholder={t('answer.assignedNone')}
                disabled={busy !== null} options={data.officers.map((o) => ({ value: o.id, label: o.displayName }))}
                onChange={(e) => void assign(a.anchor, a.label, e.target.value)} />
            ) : (
              <p>{a.label}: {a.userName ?? t('answer.assignedNone')}</p>
            )}
          </li>
        ))}
      </ul>
      {canAssign && data.officers.length === 0 ? <p className="muted">{t('assign.noOfficers')}</p> : null}
    </details>
  );
}
