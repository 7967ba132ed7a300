import type { PublicConsultation } from '../../../modules/consultation';
import { formatDate } from '../dates';
import { contentLang, t, type Key, type Locale } from '../i18n';
import { labelOf } from '../labels';
import { Layout, type PortalFrame } from '../layout';
import { FlagNotice } from './comment-item';

const STATUS: Record<PublicConsultation['status'], Key> = { open: 'status.open', closed: 'status.closed', scheduled: 'status.scheduled' };

/** The list of consultations with an accent-insensitive search that works without JavaScript. */
export function ConsultationsPage(props: { frame: PortalFrame; locale: Locale; q: string; items: PublicConsultation[]; flagged?: boolean }) {
  const { locale } = props;
  const open = props.items.filter((i) => i.status === 'open');
  const closed = props.items.filter((i) => i.status !== 'open');
  return (
    <Layout frame={props.frame} locale={locale} title={t(locale, 'list.title')}>
      <h1>{t(locale, 'list.heading')}</h1>
      {props.flagged ? <FlagNotice locale={locale} /> : null}
      <p>{t(locale, 'list.intro')}</p>
      <form method="get" action="/gop-y" role="search" className="inline-form">
        <label htmlFor="q">{t(locale, 'list.searchLabel')}</label>
        <input id="q" name="q" type="search" defaultValue={props.q} />
        <button type="submit">{t(locale, 'list.searchButton')}</button>
      </form>
      <p>
        <a href="/gop-y/feed.atom">{t(locale, 'list.atom')}</a> · <a href="/du-lieu-mo/y-kien.json">{t(locale, 'list.openJson')}</a> · <a href="/du-lieu-mo/y-kien.csv">{t(locale, 'list.openCsv')}</a>
      </p>
      <List locale={locale} title={t(locale, 'list.open')} id="dang-mo" items={open} empty={t(locale, props.q ? 'list.openEmptySearch' : 'list.openEmpty')} />
      <List locale={locale} title={t(locale, 'list.closed')} id="da-dong" items={closed} empty={t(locale, 'list.closedEmpty')} />
    </Layout>
  );
}

function List(props: { locale: Locale; title: string; id: string; items: PublicConsultation[]; empty: string }) {
  const { locale } = props;
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      {props.items.length === 0 ? <p>{props.empty}</p> : null}
      <ul className="card-list">
        {props.items.map((i) => (
          <li key={i.slug} className="card">
            <h3 lang={contentLang(locale)}>
              <a href={`/gop-y/${i.slug}`}>{i.title}</a>
            </h3>
            <p>
              {labelOf(locale, 'docType', i.docType) ?? i.docTypeLabel} · <span lang={contentLang(locale)}>{i.draftingUnitName}</span>
            </p>
            <p>
              <span className={`badge badge--${i.status}`}>{t(locale, STATUS[i.status])}</span> {t(locale, 'list.period', { from: formatDate(locale, i.opensOn, 'short'), to: formatDate(locale, i.closesOn, 'short') })}
              {i.daysLeft === null ? '' : i.daysLeft <= 1 ? t(locale, 'list.lastDay') : t(locale, 'list.daysLeft', { n: i.daysLeft })}
              {i.hasSynthesis ? t(locale, 'list.hasSynthesis') : ''}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
