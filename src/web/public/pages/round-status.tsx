import type { PublicRound } from '../../../modules/consultation';
import { formatDate } from '../dates';
import { contentLang, t, tAround, type Key, type Locale } from '../i18n';

const BADGE: Record<PublicRound['status'], Key> = { open: 'draft.status.open', closed: 'draft.status.closed', scheduled: 'draft.status.scheduled' };

/**
 * Where a round stands, in words: its period and days left; or when it closed (early, with the public reason) and
 * what comes next (the synthesis report to come, or the link to it); or when it opens. A changed end date shows
 * the reason the officers gave, as written.
 */
export function RoundStatus({ round, locale }: { round: PublicRound; locale: Locale }) {
  const d = (iso: string) => formatDate(locale, iso, 'short');
  const ext = round.extension;
  return (
    <div className="round-status">
      <p>
        <span className={`badge badge--${round.status}`}>{t(locale, BADGE[round.status])}</span> {t(locale, 'draft.period', { from: d(round.opensOn), to: d(round.closesOn) })}
      </p>
      {round.status === 'open' && round.daysLeft !== null ? <p><strong>{round.daysLeft <= 1 ? t(locale, 'round.lastDay') : t(locale, 'round.daysLeft', { n: round.daysLeft })}</strong></p> : null}
      {round.status === 'scheduled' ? <p>{t(locale, 'round.scheduled', { date: d(round.opensOn) })}</p> : null}
      {ext ? <p>{ext.originalClosesOn ? t(locale, 'round.extended', { date: d(round.closesOn), original: d(ext.originalClosesOn) }) : t(locale, 'round.extendedPlain', { date: d(round.closesOn) })}</p> : null}
      {ext?.reason ? <Reason locale={locale} reason={ext.reason} /> : null}
      {round.status === 'closed' && round.closedOn ? (
        <p>{round.isClosedEarly ? t(locale, 'round.closedEarly', { date: d(round.closedOn), planned: d(round.closesOn) }) : t(locale, 'round.closedOn', { date: d(round.closedOn) })}</p>
      ) : null}
      {round.status === 'closed' && round.closeReason ? <Reason locale={locale} reason={round.closeReason} /> : null}
      {round.status === 'closed' ? (
        round.synthesisFileUrl && round.synthesisPublishedOn ? (
          <p>
            {t(locale, 'round.synthesisPublished', { date: d(round.synthesisPublishedOn) })} <a href={round.synthesisFileUrl}>{t(locale, 'draft.synthesis')}</a>
          </p>
        ) : (
          <p>{t(locale, 'round.synthesisSoon')}</p>
        )
      ) : null}
      {round.nextOpensOn ? <p>{t(locale, 'round.nextRound', { date: d(round.nextOpensOn) })}</p> : null}
    </div>
  );
}

/** The officers' reason, as written (Vietnamese), after the label in the page's language. */
function Reason({ locale, reason }: { locale: Locale; reason: string }) {
  const [before, after] = tAround(locale, 'round.reason', 'reason');
  return (
    <p>
      {before}
      <span lang={contentLang(locale)}>{reason}</span>
      {after}
    </p>
  );
}
