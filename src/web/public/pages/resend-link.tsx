import { t, type Locale } from '../i18n';
import { Layout, type PortalFrame } from '../layout';

export interface ResendValues {
  code: string;
  email: string;
}

/**
 * "Gửi lại liên kết xác nhận": the receipt code and the email the comment was sent with. After sending, the page
 * says the same thing whether or not they matched, so it never tells whether a code exists or which address it has.
 */
export function ResendLinkPage(props: { frame: PortalFrame; locale: Locale; values: ResendValues; errors: { path: string; message: string }[]; isDone: boolean; maxResends: number }) {
  const { locale, values, errors } = props;
  const err = (path: string) => errors.find((e) => e.path === path)?.message;
  const described = (path: string, hint?: string) => [err(path) ? `${path}-loi` : '', hint ?? ''].filter(Boolean).join(' ') || undefined;
  return (
    <Layout frame={props.frame} locale={locale} title={(errors.length ? t(locale, 'form.errorTitlePrefix') : '') + t(locale, 'resend.title')}>
      <h1>{t(locale, 'resend.title')}</h1>
      {props.isDone ? (
        <p id="da-gui" role="status" className="notice">
          {t(locale, 'resend.done', { max: props.maxResends })}
        </p>
      ) : null}
      <p>{t(locale, 'resend.intro')}</p>
      {errors.length ? (
        <div role="alert" className="error-summary" aria-labelledby="loi-tieu-de">
          <h2 id="loi-tieu-de">{t(locale, 'resend.errorSummary')}</h2>
          <ul>{errors.map((e) => <li key={e.path}><a href={`#${e.path}`}>{e.message}</a></li>)}</ul>
        </div>
      ) : null}
      <form method="post" action="/gop-y/gui-lai-xac-nhan" className="comment-form" noValidate>
        <p className="field">
          <label htmlFor="ma">{t(locale, 'resend.code')}</label>
          <input id="ma" name="ma" required maxLength={20} autoComplete="off" defaultValue={values.code} aria-invalid={err('ma') ? true : undefined} aria-describedby={described('ma', 'ma-goi-y')} />
          <span id="ma-goi-y" className="hint">{t(locale, 'resend.codeHint')}</span>
        </p>
        {err('ma') ? <p id="ma-loi" className="form-error">{err('ma')}</p> : null}
        <p className="field">
          <label htmlFor="email">{t(locale, 'resend.email')}</label>
          <input id="email" name="email" type="email" required maxLength={200} autoComplete="email" defaultValue={values.email} aria-invalid={err('email') ? true : undefined} aria-describedby={described('email')} />
        </p>
        {err('email') ? <p id="email-loi" className="form-error">{err('email')}</p> : null}
        <p>
          <button type="submit">{t(locale, 'resend.submit')}</button>
        </p>
      </form>
      <p>
        <a href="/gop-y/tra-cuu">{t(locale, 'follow.heading')}</a>
      </p>
    </Layout>
  );
}
