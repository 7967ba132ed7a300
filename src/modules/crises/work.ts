import { can, type Actor } from '../../platform/auth';
import type { Executor } from '../../platform/db';
import { currentMembers } from './actions/common';
import { getDirectory } from '../organisations';
import { headUnitsOf, isSecondApproval, mayApprove } from './actions/statements';
import { listCrises, membersOf, statementsOf, tasksOf, versionsOf } from './repo';

/** What waits for one person in the open crises, for their home page. */
export interface CrisisWork {
  /** Statements whose next approval step (spokesperson, head) this person may take now. */
  approvals: { crisisId: string; crisisTitle: string; statementTitle: string; step: 'spokesperson' | 'head' }[];
  /** Open tasks given to this person, or to one of their units. */
  tasks: { crisisId: string; crisisTitle: string; title: string; dueAt: string }[];
}

/** The statements waiting for this person's approval and their open tasks, in the open crises they may read. */
export async function crisisWorkOf(db: Executor, actor: Actor): Promise<CrisisWork> {
  const work: CrisisWork = { approvals: [], tasks: [] };
  if (actor.kind !== 'user') return work;
  const units = new Set(actor.roles.map((g) => g.unitId));
  const dir = await getDirectory(db);
  for (const crisis of await listCrises(db, { openOnly: true })) {
    const [members, statements, tasks] = await Promise.all([membersOf(db, crisis.id), statementsOf(db, crisis.id), tasksOf(db, crisis.id)]);
    const current = currentMembers(members);
    const versions = await versionsOf(db, statements.filter((s) => s.status !== 'withdrawn').map((s) => s.id));
    for (const s of statements) {
      const latest = versions.find((v) => v.statementId === s.id); // newest first
      const step = latest?.state === 'awaiting_spokesperson' ? 'spokesperson' : latest?.state === 'awaiting_head' ? 'head' : null;
      if (!latest || !step || latest.draftedBy === actor.userId || isSecondApproval(actor, latest) || !mayApprove(step, actor, current, headUnitsOf(dir, crisis.unitId))) continue;
      work.approvals.push({ crisisId: crisis.id, crisisTitle: crisis.title, statementTitle: latest.title, step });
    }
    // a task shows only where its crisis can be opened (a unit's officer reads its unit's crises, members theirs)
    const mayRead = can(actor, 'crises.read', { unitId: crisis.unitId, memberUserIds: current.map((m) => m.userId).filter((u): u is string => u !== null) });
    for (const t of mayRead ? tasks : []) {
      if (t.doneAt === null && (t.ownerUserId === actor.userId || (t.ownerUnitId !== null && units.has(t.ownerUnitId)))) {
        work.tasks.push({ crisisId: crisis.id, crisisTitle: crisis.title, title: t.title, dueAt: t.dueAt });
      }
    }
  }
  work.tasks.sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  return work;
}
