import type { ArticleView } from '../../../modules/policies';
import { contentLang, t, type Key, type Locale } from '../i18n';
import { Layout, type PortalFrame } from '../layout';

export interface CommentFormValues {
  commenterType: string;
  name: string;
  pseudonym: string;
  email: string;
  phone: string;
  stance: string;
  body: string;
  consentProcessing: boolean;
  consentContact: boolean;
}

export const EMPTY_VALUES: CommentFormValues = { commenterType: 'citizen', name: '', pseudonym: '', email: '', phone: '', stance: '', body: '', consentProcessing: false, consentContact: false };

// the fields an error can link to (an error about anything else, e.g. the article, is listed without a link)
const FIELDS = new Set(['commenterType', 'name', 'pseudonym', 'email', 'phone', 'stance', 'body', 'attachments', 'consent']);

const TYPES: readonly (readonly [string, Key])[] = [['citizen', 'form.type.citizen'], ['business', 'form.type.business'], ['organisation', 'form.type.organisation'], ['agency', 'form.type.agency']];
const STANCES: readonly (readonly [string, Key])[] = [['agree', 'form.stance.agree'], ['disagree', 'form.stance.disagree'], ['propose', 'form.stance.propose']];

/**
 * The comment form: plain HTML that posts without JavaScript. Every error of a submission comes back at once: a
 * summary at the top linking to each field, and each message next to its field (aria-invalid, aria-describedby),
 * with everything typed kept. The labels follow the locale; the validation messages come from the server in
 * Vietnamese and are marked so.
 */
export function CommentFormPage(props: { frame: PortalFrame; locale: Locale; slug: string; draftTitle: string; article: ArticleView | null; values: CommentFormValues; errors: { path: string; message: string }[]; formError: string | null; idempotencyKey: string }) {
  const { values, errors, locale } = props;
  const lang = contentLang(locale);
  const err = (path: string) => errors.find((e) => e.path === path)?.message;
  const invalid = (path: string) => (err(path) ? true : undefined);
  const described = (path: string, hint?: string) => [err(path) ? `${path}-loi` : '', hint ?? ''].filter(Boolean).join(' ') || undefined;
  const FieldError = ({ path }: { path: string }) => (err(path) ? <p id={`${path}-loi`} className="form-error" lang={lang}>{err(path)}</p> : null);
  const target = props.article ? `${props.article.label}${props.article.title ? `. ${props.article.title}` : ''}` : t(locale, 'common.wholeDraft');
  return (
    <Layout frame={props.frame} locale={locale} title={(errors.length || props.formError ? t(locale, 'form.errorTitlePrefix') : '') + t(locale, 'form.title', { target: props.article?.label ?? t(locale, 'form.titleDraft') })}>
      <p className="eyebrow" lang={lang}>
        <a href={`/gop-y/${props.slug}`}>{props.draftTitle}</a>
      </p>
      <h1>{t(locale, 'form.heading', { target })}</h1>
      {props.article ? (
        <blockquote className="article-quote" lang={lang}>
          {props.article.text ? <p>{props.article.text}</p> : null}
          {props.article.clauses.map((k) => (
            <p key={k.anchor}>{[k.text, ...k.points.map((p) => p.text)].join(' ')}</p>
          ))}
        </blockquote>
      ) : null}
      {errors.length || props.formError ? (
        <div role="alert" className="error-summary" aria-labelledby="loi-tieu-de">
          <h2 id="loi-tieu-de" lang={props.formError ? lang : undefined}>{props.formError ?? t(locale, 'form.errorSummary')}</h2>
          <ul lang={lang}>{errors.map((e) => <li key={e.path}>{FIELDS.has(e.path) ? <a href={`#${e.path}`}>{e.message}</a> : e.message}</li>)}</ul>
        </div>
      ) : null}
      {/* noValidate: the server checks every field and reports every problem at once, where a browser stops at the first */}
      <form method="post" action={`/gop-y/${props.slug}/y-kien`} encType="multipart/form-data" className="comment-form" noValidate>
        <input type="hidden" name="idempotencyKey" value={props.idempotencyKey} />
        <input type="hidden" name="dieu" value={props.article?.anchor ?? ''} />
        <fieldset id="commenterType" aria-invalid={invalid('commenterType')} aria-describedby={described('commenterType')}>
          <legend>{t(locale, 'form.as')}</legend>
          {TYPES.map(([v, label]) => (
            <label key={v} className="choice">
              <input type="radio" name="commenterType" value={v} defaultChecked={values.commenterType === v} /> {t(locale, label)}
            </label>
          ))}
        </fieldset>
        <FieldError path="commenterType" />
        <p className="field">
          <label htmlFor="name">{t(locale, 'form.name')}</label>
          <input id="name" name="name" autoComplete="name" required maxLength={200} defaultValue={values.name} aria-invalid={invalid('name')} aria-describedby={described('name')} />
        </p>
        <FieldError path="name" />
        <p className="field">
          <label htmlFor="pseudonym">{t(locale, 'form.pseudonym')}</label>
          <input id="pseudonym" name="pseudonym" maxLength={100} defaultValue={values.pseudonym} aria-invalid={invalid('pseudonym')} aria-describedby={described('pseudonym', 'pseudonym-goi-y')} />
          <span id="pseudonym-goi-y" className="hint">{t(locale, 'form.pseudonymHint')}</span>
        </p>
        <FieldError path="pseudonym" />
        <p className="field">
          <label htmlFor="email">{t(locale, 'form.email')}</label>
          <input id="email" name="email" type="email" autoComplete="email" maxLength={200} defaultValue={values.email} aria-invalid={invalid('email')} aria-describedby={described('email', 'lien-he-goi-y')} />
        </p>
        <FieldError path="email" />
        <p className="field">
          <label htmlFor="phone">{t(locale, 'form.phone')}</label>
          <input id="phone" name="phone" type="tel" autoComplete="tel" maxLength={20} defaultValue={values.phone} aria-invalid={invalid('phone')} aria-describedby={described('phone', 'lien-he-goi-y')} />
        </p>
        <FieldError path="phone" />
        <p id="lien-he-goi-y" className="hint">{t(locale, 'form.contactHint')}</p>
        <fieldset id="stance" aria-invalid={invalid('stance')} aria-describedby={described('stance')}>
          <legend>{t(locale, 'form.stance')}</legend>
          {STANCES.map(([v, label]) => (
            <label key={v} className="choice">
              <input type="radio" name="stance" value={v} defaultChecked={values.stance === v} required /> {t(locale, label)}
            </label>
          ))}
        </fieldset>
        <FieldError path="stance" />
        <p className="field">
          <label htmlFor="body">{t(locale, 'form.body')}</label>
          <textarea id="body" name="body" rows={8} required maxLength={10000} defaultValue={values.body} aria-invalid={invalid('body')} aria-describedby={described('body', 'body-goi-y')} />
          <span id="body-goi-y" className="hint">{t(locale, 'form.bodyHint')}</span>
        </p>
        <FieldError path="body" />
        <p className="field">
          <label htmlFor="attachments">{t(locale, 'form.attachments')}</label>
          <input id="attachments" name="attachments" type="file" multiple accept=".pdf,.docx,.png,.jpg,.jpeg,.gif,.webp" aria-invalid={invalid('attachments')} aria-describedby={described('attachments', 'tep-goi-y')} />
          <span id="tep-goi-y" className="hint">{t(locale, 'form.attachmentsHint')}</span>
        </p>
        <FieldError path="attachments" />
        <fieldset id="consent" aria-invalid={invalid('consent')} aria-describedby={described('consent')}>
          <legend>{t(locale, 'form.consent')}</legend>
          <label className="choice">
            <input type="checkbox" name="consentProcessing" value="1" defaultChecked={values.consentProcessing} /> {t(locale, 'form.consentProcessing')}
          </label>
          <label className="choice">
            <input type="checkbox" name="consentContact" value="1" defaultChecked={values.consentContact} /> {t(locale, 'form.consentContact')}
          </label>
        </fieldset>
        <FieldError path="consent" />
        <p>
          <button type="submit">{t(locale, 'form.submit')}</button>
        </p>
      </form>
    </Layout>
  );
}
