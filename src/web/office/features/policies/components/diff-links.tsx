import { useMutation, useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import { Alert, Button } from '../../../../ui';
import { policiesApi, policiesQueries } from '../api';
import { consultationQueries } from '../../consultation/api';
import type { LinkedComment, VersionLinks } from '../api-types';
import { describeError } from '../../../app/errors';
import { useI18n } from '../../../app/i18n-context';
import { LoadingText } from '../../../app/components/async-view';
import { excerptOf, linksPayload } from './comment-links';
import { FormError } from '../../../app/components/form-error';

/** Loads the published comments of every round of the draft as link choices (nothing when `enabled` is false). */
export function useLinkChoices(roundIds: readonly string[], enabled: boolean): UseQueryResult<LinkedComment[]> {
  return useQuery({ ...consultationQueries.linkChoices(roundIds), enabled: enabled && roundIds.length > 0 });
}

/** One status line for the link choices: loading, or the error with a retry button. */
export function LinkChoicesStatus({ result }: { result: UseQueryResult<LinkedComment[]> }) {
  const { t } = useI18n();
  if (result.isLoading) return <LoadingText text={t('diff.linksLoading')} />;
  if (!result.isError) return null;
  return (
    <Alert variant="error" title={t('diff.linksLoadError')}>
      <p>{describeError(result.error, t)}</p>
      <Button variant="secondary" size="small" onClick={() => void result.refetch()}>{t('common.retry')}</Button>
    </Alert>
  );
}

/** The comments linked to an article's change, read-only (receipt code and excerpt). */
export function LinkedComments({ comments }: { comments: readonly LinkedComment[] }) {
  const { t } = useI18n();
  if (comments.length === 0) return null;
  return (
    <div className="diff-item__comments">
      <p className="diff-item__comments-title">{t('diff.comments', { count: comments.length })}</p>
      <ul className="plain-list">
        {comments.map((c) => (
          <li key={c.id}><strong>{c.receiptCode}</strong>: {c.excerpt}</li>
        ))}
      </ul>
    </div>
  );
}

/** Props of {@link CommentLinksField}. */
export interface CommentLinksFieldProps {
  /** Label of the article ("Điều 2"), named in the legend. */
  article: string;
  /** Prefix of the checkbox ids (unique on the page). */
  idPrefix: string;
  choices: readonly LinkedComment[];
  chosen: readonly string[];
  onToggle: (commentId: string, on: boolean) => void;
}

/** "Ý kiến dẫn đến thay đổi Điều N": one checkbox per published comment, checked when linked to the change. */
export function CommentLinksField({ article, idPrefix, choices, chosen, onToggle }: CommentLinksFieldProps) {
  const { t } = useI18n();
  return (
    <fieldset className="fieldset diff-links">
      <legend>{t('diff.linksLegend', { article })}</legend>
      {choices.length === 0 ? (
        <p className="empty">{t('diff.linksNone')}</p>
      ) : (
        <ul className="check-list diff-links__list">
          {choices.map((c, k) => (
            <li key={c.id} className="check">
              <input id={`${idPrefix}-${k}`} type="checkbox" className="check__input" checked={chosen.includes(c.id)}
                onChange={(e) => onToggle(c.id, e.target.checked)} />
              <label htmlFor={`${idPrefix}-${k}`}>{t('diff.linkOption', { code: c.receiptCode, excerpt: excerptOf(c.excerpt) })}</label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}

/** "Lưu liên kết ý kiến": PUTs every link of the `to` version, then reports success or the server's error. */
export function LinksSave({ policyId, versionId, links }: { policyId: string; versionId: string; links: VersionLinks }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  // The links last saved: the success message lasts until a checkbox changes them.
  const [saved, setSaved] = useState<VersionLinks | null>(null);
  const save = useMutation({
    mutationFn: (chosen: VersionLinks) => policiesApi.saveLinks(policyId, versionId, linksPayload(chosen)),
    onMutate: () => setSaved(null),
    onSuccess: (_, chosen) => {
      setSaved(chosen);
      // the diff lists the comments linked to each change
      void queryClient.invalidateQueries({ queryKey: [...policiesQueries.all, 'diff', policyId] });
    },
  });

  return (
    <div className="diff-links__save">
      {saved === links ? <Alert variant="success">{t('diff.linksSaved')}</Alert> : null}
      <FormError error={save.error} />
      <Button busy={save.isPending} onClick={() => save.mutate(links)}>{t('diff.linksSave')}</Button>
    </div>
  );
}
