import type { PublicRound } from '../../../modules/consultation';
import { contentLang, t, type Locale } from '../i18n';
import { Layout, type PortalFrame } from '../layout';
import { RoundStatus } from './round-status';

/**
 * What the comment form's address shows while the round is not open: no form, but when the round closed (or
 * opens) and what happens next. After a refused POST, the text the visitor typed is given back to keep.
 */
export function CommentClosedPage(props: { frame: PortalFrame; locale: Locale; slug: string; draftTitle: string; round: PublicRound; typed?: string }) {
  const { locale, round } = props;
  const lang = contentLang(locale);
  return (
    <Layout frame={props.frame} locale={locale} title={t(locale, round.status === 'scheduled' ? 'closed.scheduledTitle' : 'closed.title')}>
      <p className="eyebrow" lang={lang}>
        <a href={`/gop-y/${props.slug}`}>{props.draftTitle}</a>
      </p>
      <h1>{t(locale, round.status === 'scheduled' ? 'closed.scheduledTitle' : 'closed.title')}</h1>
      <RoundStatus round={round} locale={locale} />
      {props.typed ? (
        <section aria-labelledby="da-nhap">
          <h2 id="da-nhap">{t(locale, 'closed.typed')}</h2>
          <p className="typed-copy" lang={lang}>{props.typed}</p>
        </section>
      ) : null}
      <p>
        <a href={`/gop-y/${props.slug}`}>{t(locale, 'closed.back')}</a>
      </p>
    </Layout>
  );
}
