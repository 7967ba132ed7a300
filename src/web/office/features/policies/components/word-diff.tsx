import type { DiffItem } from '../api-types';
import { useI18n } from '../../../app/i18n-context';
import { opKind } from './policy-text';

/** An inserted run: <ins> with a visually hidden "đã thêm" before and after it for screen readers. */
function Inserted({ text }: { text: string }) {
  const { t } = useI18n();
  return (
    <ins className="diff-ins">
      <span className="dt-visually-hidden">[{t('diff.inserted')}: </span>
      {text}
      <span className="dt-visually-hidden">]</span>
    </ins>
  );
}

/** A deleted run: <del> with a visually hidden "đã xoá" before and after it for screen readers. */
function Deleted({ text }: { text: string }) {
  const { t } = useI18n();
  return (
    <del className="diff-del">
      <span className="dt-visually-hidden">[{t('diff.deleted')}: </span>
      {text}
      <span className="dt-visually-hidden">]</span>
    </del>
  );
}

/** The word diff of one article: equal text as is, insertions in <ins>, deletions in <del>. */
export function WordDiff({ item }: { item: DiffItem }) {
  const { t } = useI18n();
  const kind = item.change;
  const ops = item.ops;
  if (ops.length === 0) {
    if (kind === 'added' && item.after) return <p className="diff-text"><Inserted text={item.after} /></p>;
    if (kind === 'removed' && item.before) return <p className="diff-text"><Deleted text={item.before} /></p>;
    const text = item.after ?? item.before;
    return text ? <p className="diff-text">{text}</p> : <p className="empty">{t('diff.noText')}</p>;
  }
  return (
    <p className="diff-text">
      {ops.map((o, i) => {
        const k = opKind(o.op);
        if (k === 'ins') return <Inserted key={i} text={o.text} />;
        if (k === 'del') return <Deleted key={i} text={o.text} />;
        return <span key={i}>{o.text}</span>;
      })}
    </p>
  );
}
