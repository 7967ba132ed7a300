import type { ArticleView } from '../../../modules/policies';
import type { PublicComment } from '../../../modules/consultation';
import { contentLang, t, type Locale } from '../i18n';
import { Layout, type PortalFrame } from '../layout';
import { CommentItem, FlagNotice } from './comment-item';

/** Every published comment on one article of a draft, or on the draft as a whole (no `article`). */
export function PublishedCommentsPage(props: { frame: PortalFrame; locale: Locale; slug: string; draftTitle: string; article: ArticleView | undefined; comments: PublicComment[]; flagged: boolean }) {
  const { locale, article, comments } = props;
  const here = `/gop-y/${props.slug}/y-kien-da-cong-bo?dieu=${article ? article.anchor : 'chung'}`;
  return (
    <Layout frame={props.frame} locale={locale} title={t(locale, 'published.title')}>
      <p className="eyebrow" lang={contentLang(locale)}>
        <a href={`/gop-y/${props.slug}`}>{props.draftTitle}</a>
      </p>
      <h1>{t(locale, 'published.heading', { target: article ? article.label : t(locale, 'common.wholeDraft'), n: comments.length })}</h1>
      {props.flagged ? <FlagNotice locale={locale} /> : null}
      <ul className="comments">{comments.map((c) => <CommentItem key={c.id} c={c} locale={locale} returnTo={here} />)}</ul>
    </Layout>
  );
}
