import { recordAudit } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import { deleteSession } from '../repo';

/** Ends the current session. Signing out twice is harmless. */
export async function signOut(ctx: ActionContext, tokenHash: string | null): Promise<void> {
  if (!tokenHash || ctx.actor.kind !== 'user') return;
  const userId = ctx.actor.userId;
  await ctx.db.transaction(async (tx) => {
    const n = await deleteSession(tx, tokenHash);
    if (n > 0) await recordAudit(tx, { actor: ctx.actor, action: 'session.sign-out', subjectType: 'user', subjectId: userId, requestId: ctx.requestId });
  });
}
