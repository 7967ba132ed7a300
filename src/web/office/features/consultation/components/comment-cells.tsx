import { formatDateTime } from '../../../../ui';
import { roundsApi } from '../api';
import type { Comment } from '../api-types';
import { useI18n } from '../../../app/i18n-context';
import { labelOf } from '../../policies/components/policy-text';

/** Who wrote a comment: name (and the pseudonym shown publicly) and the kind of commenter. */
export function CommenterCell({ comment }: { comment: Comment }) {
  const { t } = useI18n();
  return (
    <>
      <span className="strong">{comment.name}</span>
      {comment.pseudonym ? <span className="muted"> ({t('comment.pseudonym', { name: comment.pseudonym })})</span> : null}
      <br />
      <span className="muted">{labelOf('commenter', comment.commenterType, t)}</span>
    </>
  );
}

/** The commenter's contact data (office only) with whether the email was verified. */
export function ContactCell({ comment }: { comment: Comment }) {
  const { t } = useI18n();
  if (!comment.email && !comment.phone) return <span className="muted">{t('common.dash')}</span>;
  return (
    <ul className="bare-list">
      {comment.email ? (
        <li className="break-all">
          {comment.email} <span className="muted">({comment.emailVerified ? t('comment.verified') : t('comment.unverified')})</span>
        </li>
      ) : null}
      {comment.phone ? <li>{comment.phone}</li> : null}
    </ul>
  );
}

/** The text of a comment, the public (redacted) text when it differs, and its attachments. */
export function BodyCell({ comment }: { comment: Comment }) {
  const { t } = useI18n();
  const files = comment.attachments;
  return (
    <>
      <p className="comment-body prewrap" data-user-text="">{comment.body}</p>
      {comment.publicBody && comment.publicBody !== comment.body ? (
        <p className="comment-public prewrap" data-user-text="">
          <span className="strong">{t('moderation.publicBody')}:</span> {comment.publicBody}
        </p>
      ) : null}
      {files.length > 0 ? (
        <ul className="plain-list" aria-label={t('comment.attachments')}>
          {files.map((f) => <li key={f.id}><a href={roundsApi.fileHref(f.id)} download>{f.fileName}</a></li>)}
        </ul>
      ) : null}
      <p className="muted small">{formatDateTime(comment.createdAt)}</p>
    </>
  );
}

/** Moderation state of a comment as a badge, with the reason when it is withheld. */
export function StateCell({ comment }: { comment: Comment }) {
  const { t } = useI18n();
  return (
    <>
      <span className={`badge comment-state--${comment.state}`}>{labelOf('commentState', comment.state, t)}</span>
      {comment.withheldReason ? <><br /><span className="muted">{labelOf('reason', comment.withheldReason, t)}</span></> : null}
    </>
  );
}
