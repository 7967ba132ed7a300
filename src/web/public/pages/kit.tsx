import type { PublicDraftPage } from '../../../modules/consultation';
import { contentLang, t, type Locale } from '../i18n';

type KitData = NonNullable<PublicDraftPage['kit']>;

/** The English summary of a draft, shown first on English pages, with a note that the draft is in Vietnamese. */
export function EnglishIntro({ locale, kit }: { locale: Locale; kit: KitData | null }) {
  return (
    <>
      {kit?.englishSummary ? (
        <section lang="en" aria-labelledby="summary-en" className="summary-en">
          <h2 id="summary-en">{t(locale, 'draft.summaryEn')}</h2>
          <p>{kit.englishSummary}</p>
        </section>
      ) : null}
      <p className="note">{t(locale, 'draft.languageNote')}</p>
    </>
  );
}

/** The communication kit of a draft; its texts stay as written. On English pages the English summary is shown first instead. */
export function Kit({ kit, locale }: { kit: KitData; locale: Locale }) {
  const lang = contentLang(locale);
  return (
    <section aria-labelledby="tai-lieu" className="kit">
      <h2 id="tai-lieu">{t(locale, 'kit.heading')}</h2>
      {kit.mainContent ? (<><h3>{t(locale, 'kit.main')}</h3><p lang={lang}>{kit.mainContent}</p></>) : null}
      {kit.impacts ? (<><h3>{t(locale, 'kit.impacts')}</h3><p lang={lang}>{kit.impacts}</p></>) : null}
      {kit.reasons ? (<><h3>{t(locale, 'kit.reasons')}</h3><p lang={lang}>{kit.reasons}</p></>) : null}
      {kit.openQuestions.length ? (<><h3>{t(locale, 'kit.questions')}</h3><ul lang={lang}>{kit.openQuestions.map((q) => <li key={q}>{q}</li>)}</ul></>) : null}
      {kit.howToComment ? (<><h3>{t(locale, 'kit.howTo')}</h3><p lang={lang}>{kit.howToComment}</p></>) : null}
      {kit.qa.length ? (
        <>
          <h3>{t(locale, 'kit.qa')}</h3>
          <dl lang={lang}>{kit.qa.map((x) => (<div key={x.question}><dt>{x.question}</dt><dd>{x.answer}</dd></div>))}</dl>
        </>
      ) : null}
      {kit.englishSummary && locale === 'vi' ? (
        <section lang="en" aria-labelledby="summary-en">
          <h3 id="summary-en">{t(locale, 'draft.summaryEn')}</h3>
          <p>{kit.englishSummary}</p>
        </section>
      ) : null}
    </section>
  );
}
