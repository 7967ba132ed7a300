import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Alert, SelectField } from '../../../../ui';
import { answersApi, useRefreshConsultation } from '../api';
import type { RoundAssignments } from '../api-types-rounds';
import { useI18n } from '../../../app/i18n-context';
import { FormError } from '../../../app/components/form-error';

/** One line per article: the officer who answers its comments (a comment's own assignment wins). */
export function AnswerAssignments({ roundId, data, canAssign }: { roundId: string; data: RoundAssignments; canAssign: boolean }) {
  const { t } = useI18n();
  const [notice, setNotice] = useState<string | null>(null);
  const refresh = useRefreshConsultation();
  const assignment = useMutation({
    mutationFn: (v: { anchor: string; label: string; userId: string }) => answersApi.assign(roundId, { articleAnchors: [v.anchor], userId: v.userId || null }),
    onMutate: () => setNotice(null),
    onSuccess: (_, v) => {
      const name = data.officers.find((o) => o.id === v.userId)?.displayName;
      setNotice(name ? t('assign.done', { article: v.label, name }) : t('assign.cleared', { article: v.label }));
      return refresh();
    },
  });
  const busy = assignment.isPending ? assignment.variables.anchor : null;
  const assign = (anchor: string, label: string, userId: string) => assignment.mutate({ anchor, label, userId });

  return (
    <details className="panel answer-assignments">
      <summary>{t('assign.title')}</summary>
      <p className="muted">{t('assign.hint')}</p>
      {notice ? <Alert variant="success">{notice}</Alert> : null}
      <FormError error={assignment.error} />
      <ul className="answer-assignments__list">
        {data.articles.map((a) => (
          <li key={a.anchor}>
            {canAssign && data.officers.length > 0 ? (
              <SelectField label={a.label} name={`assign-${a.anchor}`} value={a.userId ?? ''} placeholder={t('answer.assignedNone')}
                disabled={busy !== null} options={data.officers.map((o) => ({ value: o.id, label: o.displayName }))}
                onChange={(e) => assign(a.anchor, a.label, e.target.value)} />
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
