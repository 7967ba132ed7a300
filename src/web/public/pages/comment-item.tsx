import type { PublicComment } from '../../../modules/consultation';
import { todayVn } from '../../../platform/text';
import { formatDate } from '../dates';
import { contentLang, t, type Locale } from '../i18n';
import { labelOf } from '../labels';

/**
 * One published comment with its answer, if any. The comment and the answer stay as written (Vietnamese). The
 * "report" form posts back to `returnTo`, the portal page it is shown on.
 */
export function CommentItem({ c, locale, returnTo }: { c: PublicComment; locale: Locale; returnTo: string }) {
  return (
    <li className="comment" id={`y-kien-${c.id}`}>
      <p className="comment__meta">
        {c.displayName ?? labelOf(locale, 'commenterType', c.commenterType) ?? t(locale, 'comment.anonymous')} · {labelOf(locale, 'stance', c.stance)}
        {c.publishedAt ? ` · ${formatDate(locale, todayVn(new Date(c.publishedAt)), 'short')}` : ''}
      </p>
      <p className="comment__text" lang={contentLang(locale)} data-user-text="">
        {c.text}
      </p>
      {c.answer ? (
        <div className="answer">
          <p className="answer__label">
            {t(locale, 'comment.agency')}
            <strong>{labelOf(locale, 'disposition', c.answer.disposition)}</strong>
          </p>
          <p lang={contentLang(locale)}>{c.answer.explanation}</p>
        </div>
      ) : null}
      <form method="post" action={`/gop-y/y-kien/${c.id}/bao-cao`} className="flag-form">
        {/* the reason is data for the moderators, who read Vietnamese */}
        <input type="hidden" name="lyDo" value="Nội dung không phù hợp" />
        <input type="hidden" name="ve" value={returnTo} />
        <button type="submit" className="link-button">
          {t(locale, 'comment.report')}
        </button>
      </form>
    </li>
  );
}

/** "Thank you for reporting": shown on the page a report was sent from (the form posts back there). */
export function FlagNotice({ locale }: { locale: Locale }) {
  return (
    <p id="da-bao-cao" role="status" className="notice" tabIndex={-1}>
      {t(locale, 'comment.reported')}
    </p>
  );
}
