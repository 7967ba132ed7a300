import { formatDateVi } from '../../../platform/text';
import { Layout, type PortalFrame } from '../layout';

export interface PublicOrgNode {
  id: string;
  name: string;
  typeLabel: string;
  children: PublicOrgNode[];
}

/** The public list of agencies as of a date, with a date form that works without JavaScript. */
export function OrgPage(props: { frame: PortalFrame; at: string; nodes: PublicOrgNode[]; count: number; dateError: string | null }) {
  const { frame, at, nodes } = props;
  return (
    <Layout frame={frame} title="Cơ quan, đơn vị">
      <h1>Cơ quan, đơn vị</h1>
      <form method="get" action="/co-cau-to-chuc" className="inline-form">
        <label htmlFor="ngay">Xem tại ngày</label>
        <input id="ngay" name="ngay" type="date" defaultValue={at} aria-describedby={props.dateError ? 'ngay-loi' : undefined} />
        <button type="submit">Xem</button>
      </form>
      {props.dateError ? (
        <p id="ngay-loi" role="alert" className="form-error">
          {props.dateError}
        </p>
      ) : null}
      <p>
        {props.count} cơ quan, đơn vị tại {formatDateVi(at)}.
      </p>
      <ul className="org-tree">{nodes.map((n) => <OrgItem key={n.id} node={n} />)}</ul>
    </Layout>
  );
}

function OrgItem({ node }: { node: PublicOrgNode }) {
  return (
    <li>
      <span className="org-tree__name">{node.name}</span> <span className="org-tree__type">({node.typeLabel})</span>
      {node.children.length ? <ul>{node.children.map((c) => <OrgItem key={c.id} node={c} />)}</ul> : null}
    </li>
  );
}
