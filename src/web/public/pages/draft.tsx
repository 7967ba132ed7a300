import type { PublicDraftPage } from '../../../modules/consultation';
import { contentLang, t, type Locale } from '../i18n';
import { labelOf } from '../labels';
import { Layout, type PortalFrame } from '../layout';
import { CommentItem, FlagNotice } from './comment-item';
import { RoundStatus } from './round-status';
import { EnglishIntro, Kit } from './kit';

const PER_ARTICLE = 5;

/**
 * The public page of a draft: the kit, every article with its comments and a link to comment on it. The draft's
 * own texts stay as written; an English page shows the English summary first and marks the Vietnamese parts.
 */
export function DraftPage(props: { frame: PortalFrame; locale: Locale; page: PublicDraftPage; flagged?: boolean }) {
  const { page, locale } = props;
  const lang = contentLang(locale);
  const round = page.round!;
  const isOpen = round.status === 'open';
  const here = `/gop-y/${page.slug}`;
  const byArticle = (anchor: string | null) => page.comments.filter((c) => c.articleAnchor === anchor);
  return (
    <Layout frame={props.frame} locale={locale} title={page.title}>
      <p className="eyebrow">
        {labelOf(locale, 'docType', page.docType) ?? page.docTypeLabel} · <span lang={lang}>{page.draftingUnitName}</span>
      </p>
      <h1 lang={lang}>{page.title}</h1>
      {props.flagged ? <FlagNotice locale={locale} /> : null}
      <RoundStatus round={round} locale={locale} />
      {locale !== 'vi' ? <EnglishIntro locale={locale} kit={page.kit} /> : null}
      {page.summary ? <p className="lead" lang={lang}>{page.summary}</p> : null}
      {page.kit ? <Kit kit={page.kit} locale={locale} /> : null}
      <nav aria-label={t(locale, 'draft.tocLabel')} className="toc">
        <h2>{t(locale, 'draft.toc')}</h2>
        <ol lang={lang}>
          {page.articles.map((a) => (
            <li key={a.anchor}>
              <a href={`#${a.anchor}`}>
                {a.label}
                {a.title ? `. ${a.title}` : ''}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <h2>{t(locale, 'draft.content')}</h2>
      {page.articles.map((a) => {
        const list = byArticle(a.anchor);
        return (
          <section key={a.anchor} id={a.anchor} className="article" aria-labelledby={`${a.anchor}-h`}>
            <h3 id={`${a.anchor}-h`} lang={lang}>
              {a.label}
              {a.title ? `. ${a.title}` : ''}
            </h3>
            {a.text ? <p lang={lang}>{a.text}</p> : null}
            {a.clauses.map((k) => (
              <div key={k.anchor} id={k.anchor} className="clause" lang={lang}>
                <p>{k.text}</p>
                {k.points.map((p) => (
                  <p key={p.anchor} id={p.anchor} className="point">
                    {p.text}
                  </p>
                ))}
              </div>
            ))}
            <p className="article__actions">
              {isOpen ? <a href={`/gop-y/${page.slug}/y-kien?dieu=${a.anchor}`}>{t(locale, 'draft.commentOn', { article: a.label })}</a> : null}
              {list.length ? t(locale, 'draft.publishedCount', { n: list.length }) : ''}
            </p>
            {list.length ? (
              <ul className="comments" aria-label={t(locale, 'draft.commentsOn', { article: a.label })}>
                {list.slice(-PER_ARTICLE).map((c) => <CommentItem key={c.id} c={c} locale={locale} returnTo={here} />)}
              </ul>
            ) : null}
            {list.length > PER_ARTICLE ? <p><a href={`/gop-y/${page.slug}/y-kien-da-cong-bo?dieu=${a.anchor}`}>{t(locale, 'draft.seeAll', { n: list.length, article: a.label })}</a></p> : null}
          </section>
        );
      })}
      <section aria-labelledby="gop-y-chung">
        <h2 id="gop-y-chung">{t(locale, 'draft.generalHeading')}</h2>
        {isOpen ? <p><a href={`/gop-y/${page.slug}/y-kien`}>{t(locale, 'draft.generalLink')}</a></p> : <p>{t(locale, round.status === 'scheduled' ? 'closed.scheduledTitle' : 'draft.notOpen')}</p>}
        <ul className="comments">{byArticle(null).slice(-10).map((c) => <CommentItem key={c.id} c={c} locale={locale} returnTo={here} />)}</ul>
        {byArticle(null).length > 10 ? <p><a href={`/gop-y/${page.slug}/y-kien-da-cong-bo?dieu=chung`}>{t(locale, 'draft.seeAllGeneral')}</a></p> : null}
      </section>
      {page.withheld.length ? (
        <p className="muted">{t(locale, 'draft.withheld', { list: page.withheld.map((w) => `${labelOf(locale, 'withheld', w.reason) ?? w.reason}: ${w.n}`).join('; ') })}</p>
      ) : null}
    </Layout>
  );
}
