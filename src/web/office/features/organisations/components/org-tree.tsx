import type { OrgNode } from '../api-types';
import { useI18n } from '../../../app/i18n-context';
import { Link, paths } from '../../../app/router';
import { ValidityText } from './validity-text';

/** How the <details> of the tree start: top level open, everything open, or everything closed. */
export type OpenMode = 'default' | 'all' | 'none';

/** Counts the nodes of a tree. */
export function countNodes(nodes: readonly OrgNode[]): number {
  return nodes.reduce((sum, n) => sum + 1 + countNodes(n.children), 0);
}

/** Link to a unit's page keeping the date being viewed. */
export function unitHref(id: string, at: string | null) {
  return paths.unit(id, at ?? undefined);
}

interface TreeProps {
  nodes: readonly OrgNode[];
  at: string;
  openMode: OpenMode;
  depth?: number;
  labelledBy?: string;
}

function TreeItem({ node, at, openMode, depth }: { node: OrgNode; at: string; openMode: OpenMode; depth: number }) {
  const { t } = useI18n();
  const children = node.children;
  const open = openMode === 'all' || (openMode === 'default' && depth === 0);
  return (
    <li className="org-tree__item">
      <div className="org-tree__row">
        <Link to={unitHref(node.id, at)} className="org-tree__name">
          {node.name}
        </Link>
        <span className="badge">{node.typeLabel}</span>
        <ValidityText className="org-tree__validity" from={node.validFrom} to={node.validTo} />
      </div>
      {children.length > 0 ? (
        <details className="org-tree__details" open={open}>
          <summary>{t('org.children', { count: countNodes(children) })}</summary>
          <OrgTree nodes={children} at={at} openMode={openMode} depth={depth + 1} />
        </details>
      ) : null}
    </li>
  );
}

/** The organisation as nested lists; each level below a unit collapses with <details>/<summary>. */
export function OrgTree({ nodes, at, openMode, depth = 0, labelledBy }: TreeProps) {
  return (
    <ul className={depth === 0 ? 'org-tree' : 'org-tree__children'} aria-labelledby={labelledBy}>
      {nodes.map((node) => (
        <TreeItem key={node.id} node={node} at={at} openMode={openMode} depth={depth} />
      ))}
    </ul>
  );
}
