import { authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import { demoOrg } from '../demo-data';
import { invalidateDirectory } from '../directory';
import { countUnits, insertSnapshot } from '../repo';
import type { OrgSnapshot } from '../types';

/** Loads an organisation snapshot (the demo province by default) into an empty directory; does nothing otherwise. */
export async function loadOrgSnapshot(ctx: ActionContext, snapshot: OrgSnapshot = demoOrg): Promise<{ loaded: boolean; units: number }> {
  authorize(ctx.actor, 'org.write');
  const loaded = await ctx.db.transaction(async (tx) => {
    if ((await countUnits(tx)) > 0) return false;
    await insertSnapshot(tx, snapshot);
    await recordAudit(tx, {
      actor: ctx.actor,
      action: 'org.load',
      subjectType: 'org_tree',
      after: { units: snapshot.units.length, groups: snapshot.groups.length, successions: snapshot.successions.length },
      requestId: ctx.requestId,
    });
    return true;
  });
  invalidateDirectory(ctx.db);
  return { loaded, units: snapshot.units.length };
}
