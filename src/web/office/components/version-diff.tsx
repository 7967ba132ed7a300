import { useState, type FormEvent } from 'react';
import { Button, SelectField } from '../../ui';
import { policiesApi } from '../api-policies';
import type { DiffItem, PolicyVersion } from '../api-types-policies';
import { useI18n } from '../i18n-context';
import { useAsync } from '../use-async';
import { AsyncView, EmptyText } from './async-view';
import { changeKind } from './policy-text';
import { WordDiff } from './word-diff';

function DiffArticle({ item, index }: { item: DiffItem; index: number }) {
  const { t } = useI18n();
  const kind = changeKind(item.change);
  const comments = item.comments ?? [];
  // Anchors may repeat (a removed "Điều 5" next to a renumbered one): the position keeps ids unique.
  const headingId = `diff-${index}`;
  return (
    <li className={`diff-item diff-item--${kind}`}>
      <article aria-labelledby={headingId}>
        <h4 id={headingId} className="diff-item__head">
          <span>{item.label}</span> <span className={`badge change-badge change-badge--${kind}`}>{t(`change.${kind}`)}</span>
        </h4>
        <WordDiff item={item} />
        {comments.length > 0 ? (
          <div className="diff-item__comments">
            <p className="diff-item__comments-title">{t('diff.comments', { count: comments.length })}</p>
            <ul className="plain-list">
              {comments.map((c) => (
                <li key={c.id}><strong>{c.receiptCode}</strong>: {c.excerpt}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </article>
    </li>
  );
}

function DiffResult({ policyId, from, to, changedOnly }: { policyId: string; from: string; to: string; changedOnly: boolean }) {
  const { t } = useI18n();
  const diff = useAsync((signal) => policiesApi.diff(policyId, from, to, signal), [policyId, from, to]);
  return (
    <AsyncView result={diff}>
      {(data) => {
        const items = (data.items ?? []).filter((i) => !changedOnly || changeKind(i.change) !== 'unchanged');
        if (items.length === 0) return <EmptyText text={t(changedOnly ? 'diff.noChange' : 'diff.empty')} />;
        return <ol className="diff-list" aria-label={t('diff.listLabel')}>{items.map((i, n) => <DiffArticle key={`${n}-${i.anchor}`} item={i} index={n} />)}</ol>;
      }}
    </AsyncView>
  );
}

/** "So sánh hai phiên bản": two version selects, then each article's change badge, word diff and linked comments. */
export function VersionDiff({ policyId, versions }: { policyId: string; versions: readonly PolicyVersion[] }) {
  const { t } = useI18n();
  const n = versions.length;
  const [fromChoice, setFrom] = useState('');
  const [toChoice, setTo] = useState('');
  // Until chosen, compare the last two versions (also right after an upload).
  const from = fromChoice || (n >= 2 ? versions[n - 2].id : '');
  const to = toChoice || (n >= 2 ? versions[n - 1].id : '');
  const [changedOnly, setChangedOnly] = useState(false);
  const [shown, setShown] = useState<{ from: string; to: string } | null>(null);
  const [error, setError] = useState<string | undefined>();
  const options = versions.map((v) => ({ value: v.id, label: t('versions.label', { no: v.versionNo }) }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!from || !to || from === to) {
      setError(t('diff.pickTwo'));
      return;
    }
    setError(undefined);
    setShown({ from, to });
  };

  return (
    <section className="panel" aria-labelledby="diff-title">
      <h3 id="diff-title">{t('diff.title')}</h3>
      {n < 2 ? (
        <EmptyText text={t('diff.needTwo')} />
      ) : (
        <form className="inline-form" onSubmit={onSubmit} noValidate aria-label={t('diff.title')}>
          <SelectField label={t('diff.from')} name="from" options={options} value={from} onChange={(e) => setFrom(e.target.value)} />
          <SelectField label={t('diff.to')} name="to" options={options} value={to} error={error} onChange={(e) => setTo(e.target.value)} />
          <div className="check check--inline">
            <input id="diff-changed-only" type="checkbox" className="check__input" checked={changedOnly}
              onChange={(e) => setChangedOnly(e.target.checked)} />
            <label htmlFor="diff-changed-only">{t('diff.changedOnly')}</label>
          </div>
          <Button type="submit">{t('diff.submit')}</Button>
        </form>
      )}
      {shown ? <DiffResult policyId={policyId} from={shown.from} to={shown.to} changedOnly={changedOnly} /> : null}
    </section>
  );
}
