import type { Directory } from '../organisations';
import type { ParsedPlan } from './parser';

export interface NameResolution {
  written: string;
  status: 'unit' | 'group' | 'ambiguous' | 'unresolved';
  units: { id: string; name: string }[];
  group: { id: string; name: string } | null;
  /**
   * The plan was issued elsewhere and the name was read as this province's units (a group phrase, or a unit's name
   * such as "Sở Tư pháp"), which is what its issuer does not mean: it waits for a person's decision.
   */
  heldForIssuer: boolean;
}

/** Every distinct unit name written in a plan (tasks and responsibilities), in order of first appearance. */
export function writtenNames(plan: ParsedPlan): string[] {
  const seen = new Set<string>();
  for (const t of plan.tasks) for (const n of [...t.leads, ...t.coordinators]) seen.add(n);
  for (const r of plan.responsibilities) seen.add(r.unit);
  return [...seen];
}

/** Resolves each written name as of the plan's date through the organisation directory; never guesses. */
export function resolveNames(dir: Directory, names: string[], at: string): Omit<NameResolution, 'heldForIssuer'>[] {
  const ref = (id: string) => ({ id, name: dir.unit(id)?.name ?? id });
  return names.map((written) => {
    const r = dir.resolver.resolve(written, at);
    if (r.status === 'unit') return { written, status: 'unit', units: r.unitIds.map(ref), group: null };
    if (r.status === 'group') {
      const g = dir.snapshot.groups.find((x) => x.id === r.groupId);
      return { written, status: 'group', units: r.unitIds.map(ref), group: { id: r.groupId, name: g?.name ?? r.groupId } };
    }
    if (r.status === 'ambiguous') return { written, status: 'ambiguous', units: r.candidateIds.filter((id) => dir.unit(id)).map(ref), group: null };
    return { written, status: 'unresolved', units: [], group: null };
  });
}
