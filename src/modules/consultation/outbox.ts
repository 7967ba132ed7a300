import { sql } from 'drizzle-orm';
import { hasRole, type Actor } from '../../platform/auth';
import type { Executor } from '../../platform/db';
import { listOutbox, type OutboxView } from '../../platform/mail';
import { getDirectory } from '../organisations';

/** The units a coordinator answers for: those of the coordinator grants and every unit below them in the tree. */
async function coordinatedUnits(db: Executor, actor: Actor): Promise<string[]> {
  if (actor.kind !== 'user') return [];
  const roots = actor.roles.filter((g) => g.role === 'coordinator').map((g) => g.unitId);
  if (roots.length === 0) return [];
  const children = new Map<string, string[]>();
  for (const u of (await getDirectory(db)).snapshot.units) if (u.parentId) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u.id]);
  const found = new Set<string>();
  const walk = (id: string) => {
    if (found.has(id)) return;
    found.add(id);
    for (const c of children.get(id) ?? []) walk(c);
  };
  roots.forEach(walk);
  return [...found];
}

/**
 * The outbox as `actor` may read it. An administrator reads every mail; a coordinator only the mails about the
 * units coordinated: to a user with a role there, to a person of the directory there, or to a citizen who commented
 * on a draft of such a unit. The mail carries no unit of its own, so its unit is found from its address. Bodies with
 * a one-time link are hidden from everyone (listOutbox).
 */
export async function outboxFor(db: Executor, actor: Actor, limit: number): Promise<OutboxView[]> {
  if (hasRole(actor, 'administrator')) return listOutbox(db, limit);
  const units = await coordinatedUnits(db, actor);
  if (units.length === 0) return [];
  const unitList = sql.join(units.map((u) => sql`${u}`), sql`, `);
  return listOutbox(db, limit, sql`(
    exists (select 1 from users u join user_roles r on r.user_id = u.id where lower(u.email) = lower(mail_outbox.to_address) and r.unit_id in (${unitList}))
    or exists (select 1 from people p where lower(p.email) = lower(mail_outbox.to_address) and p.unit_id in (${unitList}))
    or exists (select 1 from comments c join consultation_rounds cr on cr.id = c.round_id join policy_drafts d on d.id = cr.draft_id
               where c.email = mail_outbox.to_address and d.drafting_unit_id in (${unitList})))`);
}
