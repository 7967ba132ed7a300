import { formatDate } from '../dates';
import { t, tAround, type Locale } from '../i18n';
import { Layout, siteNames, type PortalFrame } from '../layout';

export interface HomeData {
  today: string;
  unitCount: number;
  departmentCount: number;
}

/** The portal's front page: what the site is and what can be done here today. */
export function HomePage(props: { frame: PortalFrame; locale: Locale; data: HomeData }) {
  const { frame, locale, data } = props;
  const site = siteNames(locale, frame);
  const [beforeOrg, afterOrg] = tAround(locale, 'home.org', 'link');
  return (
    <Layout frame={frame} locale={locale} title={t(locale, 'home.title')}>
      <h1>{t(locale, 'home.heading', { province: site.provinceInline })}</h1>
      <p className="lead">{t(locale, 'home.lead', { authority: site.authority })}</p>
      <section aria-labelledby="co-quan">
        <h2 id="co-quan">{t(locale, 'home.unitsHeading')}</h2>
        <p>{t(locale, 'home.units', { date: formatDate(locale, data.today), units: data.unitCount, departments: data.departmentCount })}</p>
        <p>
          {beforeOrg}
          <a href="/co-cau-to-chuc">{t(locale, 'home.orgLink')}</a>
          {afterOrg}
        </p>
      </section>
    </Layout>
  );
}
