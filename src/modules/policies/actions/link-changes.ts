import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import { AppError, notFound } from '../../../platform/errors';
import type { DraftDocument } from '../draft';
import { changeLinksOf, findDraft, findVersion, insertChangeLinks } from '../repo';
import { versionChangeLinks } from '../tables';

/**
 * Records which comments caused the changes of a version, article by article (replacing the previous links), so
 * the synthesis and the diff show why each article changed.
 */
export async function linkVersionChanges(ctx: ActionContext, draftId: string, versionId: string, links: Record<string, string[]>): Promise<void> {
  const draft = await findDraft(ctx.db, draftId);
  if (!draft) throw notFound('dự thảo');
  authorize(ctx.actor, 'policies.write', { unitId: draft.draftingUnitId });
  const version = await findVersion(ctx.db, versionId);
  if (!version || version.draftId !== draftId) throw notFound('phiên bản');
  const anchors = new Set((version.structure as DraftDocument).articles.map((a) => a.anchor));
  const bad = Object.keys(links).find((a) => !anchors.has(a));
  if (bad) throw new AppError('validation', `Điều "${bad}" không có trong phiên bản này.`);
  await ctx.db.transaction(async (tx) => {
    const before = await changeLinksOf(tx, versionId);
    await tx.delete(versionChangeLinks).where(eq(versionChangeLinks.versionId, versionId));
    await insertChangeLinks(tx, Object.entries(links).flatMap(([articleAnchor, ids]) => [...new Set(ids)].map((commentId) => ({ id: randomUUID(), versionId, articleAnchor, commentId }))));
    await recordAudit(tx, { actor: ctx.actor, action: 'policy.version.links', subjectType: 'policy_draft', subjectId: draftId, before: { links: before.length }, after: { versionNo: version.versionNo, links }, requestId: ctx.requestId });
  });
}
