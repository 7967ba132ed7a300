import type { PublicConsultation } from '../../../modules/consultation';
import { formatDate } from '../dates';
import { contentLang, t, tAround, type Locale } from '../i18n';
import { Layout, siteNames, type PortalFrame } from '../layout';

export interface HomeData {
  today: string;
  unitCount: number;
  departmentCount: number;
  /** Consultations open now, closing soonest first. */
  open: PublicConsultation[];
  openCount: number;
  /** Synthesis reports published lately, newest first. */
  syntheses: PublicConsultation[];
}

/**
 * The portal's front page. It leads with what a visitor can act on: the consultations open now (closing soonest
 * first, with the days left) and the synthesis reports just published; then how to follow a comment and the
 * agencies of the province. No script, a few kilobytes.
 */
export function HomePage(props: { frame: PortalFrame; locale: Locale; data: HomeData }) {
  const { frame, locale, data } = props;
  const site = siteNames(locale, frame);
  const lang = contentLang(locale);
  const short = (iso: string) => formatDate(locale, iso, 'short');
  const [beforeOrg, afterOrg] = tAround(locale, 'home.org', 'link');
  const [beforeFollow, afterFollow] = tAround(locale, 'home.follow', 'link');
  return (
    <Layout frame={frame} locale={locale} title={t(locale, 'home.title')}>
      <h1>{t(locale, 'home.heading', { province: site.provinceInline })}</h1>
      <p className="lead">{t(locale, 'home.lead', { authority: site.authority })}</p>
      <section aria-labelledby="dang-lay-y-kien">
        <h2 id="dang-lay-y-kien">{t(locale, 'home.openHeading')}</h2>
        {data.open.length === 0 ? <p>{t(locale, 'home.openEmpty')}</p> : null}
        <ul className="card-list">
          {data.open.map((c) => (
            <li key={c.slug} className="card">
              <h3 lang={lang}>
                <a href={`/gop-y/${c.slug}`}>{c.title}</a>
              </h3>
              <p lang={lang}>{c.draftingUnitName}</p>
              <p>
                <strong>
                  {t(locale, 'home.closes', { date: short(c.closesOn) })}
                  {c.daysLeft !== null && c.daysLeft <= 1 ? t(locale, 'home.lastDay') : t(locale, 'home.daysLeft', { n: c.daysLeft ?? 0 })}
                </strong>
              </p>
            </li>
          ))}
        </ul>
        <p>
          <a href="/gop-y">{t(locale, 'home.allOpen', { n: data.openCount })}</a>
        </p>
      </section>
      {data.syntheses.length ? (
        <section aria-labelledby="bao-cao-moi">
          <h2 id="bao-cao-moi">{t(locale, 'home.synthesesHeading')}</h2>
          <ul className="card-list">
            {data.syntheses.map((c) => (
              <li key={c.slug} className="card">
                <h3 lang={lang}>
                  <a href={`/gop-y/${c.slug}`}>{c.title}</a>
                </h3>
                <p>
                  {t(locale, 'home.synthesisOn', { date: short(c.synthesisPublishedOn!) })}
                  <a href={c.synthesisFileUrl!}>{t(locale, 'home.synthesisDocx')}</a>
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="tra-cuu">
        <h2 id="tra-cuu">{t(locale, 'home.followHeading')}</h2>
        <p>
          {beforeFollow}
          <a href="/gop-y/tra-cuu">{t(locale, 'home.followLink')}</a>
          {afterFollow}
        </p>
      </section>
      <section aria-labelledby="co-quan">
        <h2 id="co-quan">{t(locale, 'home.unitsHeading')}</h2>
        <p>{t(locale, 'home.units', { date: short(data.today), units: data.unitCount, departments: data.departmentCount })}</p>
        <p>
          {beforeOrg}
          <a href="/co-cau-to-chuc">{t(locale, 'home.orgLink')}</a>
          {afterOrg}
        </p>
      </section>
    </Layout>
  );
}
