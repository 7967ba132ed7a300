import type { FollowView } from '../../../modules/consultation';
import { formatDateTime } from '../dates';
import { contentLang, t, tAround, type Locale } from '../i18n';
import { labelOf } from '../labels';
import { Layout, type PortalFrame } from '../layout';

// what the consultation module calls a comment on no article in particular
const GENERAL_LABEL_VI = 'Góp ý chung';

/** The article a comment is about, as the module words it, or the locale's words for a general comment. */
function aboutLabel(locale: Locale, view: FollowView): string {
  return view.articleLabel === GENERAL_LABEL_VI ? t(locale, 'common.generalComment') : view.articleLabel;
}

/** Shown right after a comment is saved: the receipt code and what happens next. */
export function ReceiptPage(props: { frame: PortalFrame; locale: Locale; view: FollowView }) {
  const { view, locale } = props;
  const [beforeDraft, afterDraft] = tAround(locale, 'receipt.about', 'draft', { article: aboutLabel(locale, view), time: formatDateTime(locale, new Date(view.submittedAt)) });
  const [beforeLink, afterLink] = tAround(locale, 'receipt.keep', 'link');
  return (
    <Layout frame={props.frame} locale={locale} title={t(locale, 'receipt.title')}>
      <h1>{t(locale, 'receipt.heading')}</h1>
      <p role="status">
        {t(locale, 'receipt.code')}
        <strong className="receipt-code">{view.receiptCode}</strong>
      </p>
      <p>
        {beforeDraft}
        <a href={`/gop-y/${view.draftSlug}`} lang={contentLang(locale)}>{view.draftTitle}</a>
        {afterDraft}
      </p>
      {view.awaitsConfirmationBy === 'email' ? (
        <>
          <p>{t(locale, 'receipt.verify')}</p>
          <ResendHint locale={locale} code={view.receiptCode} />
        </>
      ) : null}
      {view.awaitsConfirmationBy === 'officer' ? <p>{t(locale, 'receipt.verifyPhone')}</p> : null}
      <p>
        {beforeLink}
        <a href={`/gop-y/tra-cuu?ma=${view.receiptCode}`}>{t(locale, 'receipt.keepLink')}</a>
        {afterLink}
      </p>
    </Layout>
  );
}

/** Follow a comment by its receipt code. */
export function FollowPage(props: { frame: PortalFrame; locale: Locale; code: string; view: FollowView | null; title?: string; isCodeMissing?: boolean }) {
  const { view, locale } = props;
  const lang = contentLang(locale);
  return (
    <Layout frame={props.frame} locale={locale} title={t(locale, 'follow.title')}>
      <h1>{props.title ?? t(locale, 'follow.heading')}</h1>
      <form method="get" action="/gop-y/tra-cuu" className="inline-form">
        <label htmlFor="ma">{t(locale, 'follow.codeLabel')}</label>
        <input id="ma" name="ma" defaultValue={props.code} placeholder="GY-…" aria-invalid={props.isCodeMissing ? true : undefined} aria-describedby={props.isCodeMissing ? 'ma-loi' : undefined} />
        <button type="submit">{t(locale, 'follow.submit')}</button>
      </form>
      {props.isCodeMissing ? <p id="ma-loi" role="alert" className="form-error">{t(locale, 'follow.codeMissing')}</p> : null}
      {props.code && !view ? <p role="alert" className="form-error">{t(locale, 'follow.notFound', { code: props.code })}</p> : null}
      {view ? (
        <section aria-labelledby="ket-qua">
          <h2 id="ket-qua">{t(locale, 'follow.result', { code: view.receiptCode })}</h2>
          <dl className="facts">
            <dt>{t(locale, 'follow.draft')}</dt>
            <dd lang={lang}><a href={`/gop-y/${view.draftSlug}`}>{view.draftTitle}</a></dd>
            <dt>{t(locale, 'follow.about')}</dt>
            <dd>{aboutLabel(locale, view)}</dd>
            <dt>{t(locale, 'follow.stance')}</dt>
            <dd>{labelOf(locale, 'stance', view.stance)}</dd>
            <dt>{t(locale, 'follow.state')}</dt>
            <dd>{labelOf(locale, 'state', view.state)}{view.state === 'withheld' && view.withheldReason ? ` (${labelOf(locale, 'withheld', view.withheldReason)})` : ''}</dd>
          </dl>
          {view.awaitsConfirmationBy ? <p>{t(locale, view.awaitsConfirmationBy === 'email' ? 'follow.awaitEmail' : 'follow.awaitOfficer')}</p> : null}
          {view.isLeftOut ? <p>{t(locale, 'follow.leftOut')}</p> : null}
          {view.canResendLink ? <ResendHint locale={locale} code={view.receiptCode} /> : null}
          {view.publicText ? <><h3>{t(locale, 'follow.publicText')}</h3><p lang={lang}>{view.publicText}</p></> : null}
          {view.isLeftOut ? null : <h3>{t(locale, 'follow.answer')}</h3>}
          {view.isLeftOut ? null : view.answer ? (
            <div className="answer">
              <p><strong>{labelOf(locale, 'disposition', view.answer.disposition)}</strong></p>
              <p lang={lang}>{view.answer.explanation}</p>
            </div>
          ) : (
            <p>{t(locale, 'follow.noAnswer')}</p>
          )}
        </section>
      ) : null}
    </Layout>
  );
}

/** "No message received? Send the confirmation link again." (the resend form asks for the email too). */
function ResendHint({ locale, code }: { locale: Locale; code: string }) {
  const [before, after] = tAround(locale, 'receipt.resend', 'link');
  return (
    <p>
      {before}
      <a href={`/gop-y/gui-lai-xac-nhan?ma=${encodeURIComponent(code)}`}>{t(locale, 'receipt.resendLink')}</a>
      {after}
    </p>
  );
}
