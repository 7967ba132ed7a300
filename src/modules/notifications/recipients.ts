import type { Executor } from '../../platform/db';
import type { Role } from '../../platform/auth';
import { getDirectory, type Directory } from '../organisations';
import { grantsOf } from './repo';

/**
 * The units whose grants cover work of `unitId` today: the unit itself and, when it was closed in a reform, the
 * units that carry its work now (a grant on the successor covers the predecessor's drafts and tasks, as the
 * actor's inherited grants do when the person is signed in).
 */
export function coveringUnits(dir: Directory, unitId: string, today: string): string[] {
  return [...new Set([unitId, ...dir.carriers.carriersOf(unitId, today).carrierIds])];
}

/** Users holding one of `roles` on a unit covering `unitId` (minus `except`, the person who caused the event). */
export async function recipientsOfUnit(db: Executor, unitId: string, roles: Role[], today: string, except: string | null): Promise<string[]> {
  const dir = await getDirectory(db);
  const grants = await grantsOf(db, roles, coveringUnits(dir, unitId, today));
  return [...new Set(grants.map((g) => g.userId))].filter((id) => id !== except);
}

/** Users holding one of `roles`, on any unit or on one of `unitIds` (accounts not disabled). */
export async function holdersOf(db: Executor, roles: Role[], unitIds?: string[]): Promise<string[]> {
  return [...new Set((await grantsOf(db, roles, unitIds)).map((g) => g.userId))];
}
