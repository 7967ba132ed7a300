import { formatDate } from '../dates';
import { contentLang, t, type Locale } from '../i18n';
import { Layout, type PortalFrame } from '../layout';

export interface PublicOrgNode {
  id: string;
  name: string;
  typeLabel: string;
  children: PublicOrgNode[];
}

/** The public list of agencies as of a date, with a date form that works without JavaScript. */
export function OrgPage(props: { frame: PortalFrame; locale: Locale; at: string; nodes: PublicOrgNode[]; count: number; dateError: string | null }) {
  const { frame, locale, at, nodes } = props;
  return (
    <Layout frame={frame} locale={locale} title={t(locale, 'org.title')}>
      <h1>{t(locale, 'org.title')}</h1>
      <form method="get" action="/co-cau-to-chuc" className="inline-form">
        <label htmlFor="ngay">{t(locale, 'org.dateLabel')}</label>
        <input id="ngay" name="ngay" type="date" defaultValue={at} aria-describedby={props.dateError ? 'ngay-loi' : undefined} />
        <button type="submit">{t(locale, 'org.submit')}</button>
      </form>
      {props.dateError ? (
        <p id="ngay-loi" role="alert" className="form-error">
          {props.dateError}
        </p>
      ) : null}
      <p>{t(locale, 'org.count', { count: props.count, date: formatDate(locale, at) })}</p>
      <ul className="org-tree" lang={contentLang(locale)}>
        {nodes.map((n) => <OrgItem key={n.id} node={n} typeLang={locale === 'vi' ? undefined : locale} />)}
      </ul>
    </Layout>
  );
}

/** One unit: its name in Vietnamese (the list's language), its type in the page's language. */
function OrgItem({ node, typeLang }: { node: PublicOrgNode; typeLang: string | undefined }) {
  return (
    <li>
      <span className="org-tree__name">{node.name}</span>{' '}
      <span className="org-tree__type" lang={typeLang}>
        ({node.typeLabel})
      </span>
      {node.children.length ? <ul>{node.children.map((c) => <OrgItem key={c.id} node={c} typeLang={typeLang} />)}</ul> : null}
    </li>
  );
}
