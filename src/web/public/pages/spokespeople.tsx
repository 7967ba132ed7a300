import type { PortalSpokesperson, PortalUnitSpokespeople } from '../../../modules/press';
import { formatDate } from '../dates';
import { contentLang, type Locale } from '../i18n';
import { Layout, type PortalFrame } from '../layout';

/** The page's own texts (Vietnamese first); the names and titles of the people are never translated. */
const TEXTS = {
  vi: {
    title: 'Người phát ngôn',
    intro: 'Người phát ngôn và người được ủy quyền phát ngôn, cung cấp thông tin cho báo chí của các cơ quan hành chính nhà nước trong tỉnh tại {date} (Nghị định 09/2017/NĐ-CP).',
    empty: 'Chưa có người phát ngôn nào được công bố.',
    kind: { head: 'Người đứng đầu', spokesperson: 'Người phát ngôn', authorised: 'Người được ủy quyền phát ngôn' },
    phone: 'Điện thoại',
    email: 'Thư điện tử',
    scope: 'Nội dung được ủy quyền',
    until: 'Đến hết {date}',
  },
  en: {
    title: 'Spokespeople',
    intro: 'The spokespeople of the province’s state administrative agencies, and the people authorised to speak to the press, as of {date} (Decree 09/2017/NĐ-CP).',
    empty: 'No spokesperson has been announced yet.',
    kind: { head: 'Head of the agency', spokesperson: 'Spokesperson', authorised: 'Authorised to speak' },
    phone: 'Phone',
    email: 'Email',
    scope: 'Authorised for',
    until: 'Until {date}',
  },
} as const;

/** The spokespeople in force today, per unit with their work contacts; server-rendered, no JavaScript. */
export function SpokespeoplePage(props: { frame: PortalFrame; locale: Locale; today: string; units: PortalUnitSpokespeople[] }) {
  const { frame, locale, today, units } = props;
  const tx = TEXTS[locale];
  return (
    <Layout frame={frame} locale={locale} title={tx.title}>
      <h1>{tx.title}</h1>
      <p>{tx.intro.replace('{date}', formatDate(locale, today))}</p>
      {units.length === 0 ? <p>{tx.empty}</p> : null}
      {units.map((u) => (
        <section key={u.unitName} aria-labelledby={`dv-${slug(u.unitName)}`}>
          <h2 id={`dv-${slug(u.unitName)}`} lang={contentLang(locale)}>
            {u.unitName}
          </h2>
          <ul className="card-list">
            {u.people.map((p, i) => (
              <Person key={i} person={p} locale={locale} />
            ))}
          </ul>
        </section>
      ))}
    </Layout>
  );
}

function Person({ person, locale }: { person: PortalSpokesperson; locale: Locale }) {
  const tx = TEXTS[locale];
  const content = contentLang(locale);
  return (
    <li className="card">
      <h3 lang={content}>{person.personName}</h3>
      <p>
        <span>{tx.kind[person.kind]}</span> · <span lang={content}>{person.title}</span>
      </p>
      {person.scope ? (
        <p>
          {tx.scope}: <span lang={content}>{person.scope}</span>
        </p>
      ) : null}
      {person.phone ? (
        <p>
          {tx.phone}: <a href={`tel:${person.phone.replace(/[^\d+]/g, '')}`}>{person.phone}</a>
        </p>
      ) : null}
      {person.email ? (
        <p>
          {tx.email}: <a href={`mailto:${person.email}`}>{person.email}</a>
        </p>
      ) : null}
      {person.validTo ? <p>{tx.until.replace('{date}', formatDate(locale, person.validTo))}</p> : null}
    </li>
  );
}

// an anchor for the unit's heading, from its name (never an internal id on a public page)
const slug = (name: string) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
