import { useState } from 'react';
import type { DiffItem, LinkedComment } from '../api-types';
import { useI18n } from '../../../app/i18n-context';
import type { UseQueryResult } from '@tanstack/react-query';
import { EmptyText } from '../../../app/components/async-view';
import { choicesFor, initialLinks, isLinkable, linkedOf, toggleLink } from './comment-links';
import { CommentLinksField, LinkChoicesStatus, LinkedComments, LinksSave } from './diff-links';
import { WordDiff } from './word-diff';

/** The link editor of one article (editors only): the choices and the checked comment ids. */
interface LinkEditor {
  choices: readonly LinkedComment[];
  chosen: readonly string[];
  onToggle: (commentId: string, on: boolean) => void;
}

/** One article of the diff: label, change badge, word diff, then its comment links (editable or read-only). */
function DiffArticle({ item, index, editor }: { item: DiffItem; index: number; editor: LinkEditor | null }) {
  const { t } = useI18n();
  const kind = item.change;
  // Anchors may repeat (a removed "Điều 5" next to a renumbered one): the position keeps ids unique.
  const headingId = `diff-${index}`;
  return (
    <li className={`diff-item diff-item--${kind}`}>
      <article aria-labelledby={headingId}>
        <h4 id={headingId} className="diff-item__head">
          <span>{item.label}</span> <span className={`badge change-badge change-badge--${kind}`}>{t(`change.${kind}`)}</span>
        </h4>
        <WordDiff item={item} />
        {editor ? (
          <CommentLinksField article={item.label} idPrefix={`${headingId}-link`} choices={editor.choices}
            chosen={editor.chosen} onToggle={editor.onToggle} />
        ) : (
          <LinkedComments comments={linkedOf(item)} />
        )}
      </article>
    </li>
  );
}

/** Who may link comments to the changes, and where the comments come from. */
export interface LinkContext {
  policyId: string;
  to: string;
  choices: UseQueryResult<LinkedComment[]>;
}

/** The articles of a diff; editors tick the comments behind each change and save them for the `to` version. */
export function DiffArticles({ items, changedOnly, linking }: { items: readonly DiffItem[]; changedOnly: boolean; linking: LinkContext | null }) {
  const { t } = useI18n();
  const [links, setLinks] = useState(() => initialLinks(items));
  const shown = items.filter((i) => !changedOnly || i.change !== 'unchanged');
  const editable = linking !== null && items.some(isLinkable);
  const all = linking?.choices.data ?? [];
  const editorOf = (item: DiffItem): LinkEditor | null => (!editable || !isLinkable(item) ? null : {
    choices: choicesFor(all, linkedOf(item)),
    chosen: links[item.anchor] ?? [],
    onToggle: (commentId, on) => setLinks((l) => toggleLink(l, item.anchor, commentId, on)),
  });
  return (
    <>
      {editable ? <LinkChoicesStatus result={linking.choices} /> : null}
      {shown.length === 0 ? (
        <EmptyText text={t(changedOnly ? 'diff.noChange' : 'diff.empty')} />
      ) : (
        <ol className="diff-list" aria-label={t('diff.listLabel')}>
          {shown.map((i, n) => <DiffArticle key={`${n}-${i.anchor}`} item={i} index={n} editor={editorOf(i)} />)}
        </ol>
      )}
      {editable ? <LinksSave policyId={linking.policyId} versionId={linking.to} links={links} /> : null}
    </>
  );
}
