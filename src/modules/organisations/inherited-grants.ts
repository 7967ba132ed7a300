import type { RoleGrant } from '../../platform/auth';
import type { Directory } from './directory';

/**
 * A person's grants on today's units, plus the same role on every closed unit whose work their unit carries
 * (marked `inheritedFrom`), so that a check on a 2024 record's unit ("officer of Sở TT&TT Yên Bái") admits the
 * officer of the unit that carries that work now. Grants on closed units stay as they are.
 */
export function expandGrants(dir: Directory, grants: RoleGrant[], at: string): RoleGrant[] {
  const out = [...grants];
  const seen = new Set(grants.map((g) => `${g.role}|${g.unitId}`));
  for (const g of grants) {
    for (const unitId of dir.carriers.inheritedBy(g.unitId, at)) {
      const key = `${g.role}|${unitId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ role: g.role, unitId, inheritedFrom: g.unitId });
    }
  }
  return out;
}
