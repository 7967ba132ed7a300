import { createHash, randomUUID } from 'node:crypto';
import { authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import { bumpPublicContent } from '../../../platform/page-cache';
import type { ActionContext } from '../../../platform/context';
import { AppError, notFound } from '../../../platform/errors';
import { cleanText } from '../../../platform/text';
import { DraftParseError, parseDraftFile, type DraftDocument } from '../draft';
import { findDraft, insertChangeLinks, insertVersion, nextVersionNo, versionsOf } from '../repo';

/**
 * Adds a version of the draft text, parsed into chapters, articles, clauses and points. Links from changed
 * articles to the comments that caused them are kept with the version (issue 4 §8).
 */
export async function uploadVersion(
  ctx: ActionContext,
  draftId: string,
  file: { data: Uint8Array; fileName: string },
  opts: { changeNote?: string | null; links?: Record<string, string[]> } = {},
): Promise<{ id: string; versionNo: number; structure: DraftDocument }> {
  const draft = await findDraft(ctx.db, draftId);
  if (!draft) throw notFound('dự thảo');
  authorize(ctx.actor, 'policies.write', { unitId: draft.draftingUnitId });
  let structure: DraftDocument;
  try {
    structure = await parseDraftFile(file.data, file.fileName);
  } catch (e) {
    if (e instanceof DraftParseError) throw new AppError(e.code === 'unsupported-type' ? 'unsupported-media-type' : 'validation', e.messageVi);
    throw e;
  }
  const sha256 = createHash('sha256').update(file.data).digest('hex');
  const anchors = new Set(structure.articles.map((a) => a.anchor));
  const links = Object.entries(opts.links ?? {});
  const badAnchor = links.find(([anchor]) => !anchors.has(anchor));
  if (badAnchor) throw new AppError('validation', `Điều "${badAnchor[0]}" không có trong phiên bản mới.`);
  const id = randomUUID();
  return ctx.db.transaction(async (tx) => {
    const previous = await versionsOf(tx, draftId);
    if (previous.some((v) => v.sha256 === sha256)) throw new AppError('conflict', 'Tệp này trùng với một phiên bản đã tải lên.');
    const versionNo = await nextVersionNo(tx, draftId);
    await insertVersion(tx, { id, draftId, versionNo, fileName: file.fileName, sha256, structure, changeNote: opts.changeNote ? cleanText(opts.changeNote) : null, createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null });
    await insertChangeLinks(tx, links.flatMap(([articleAnchor, commentIds]) => commentIds.map((commentId) => ({ id: randomUUID(), versionId: id, articleAnchor, commentId }))));
    await recordAudit(tx, { actor: ctx.actor, action: 'policy.version', subjectType: 'policy_draft', subjectId: draftId, after: { versionNo, fileName: file.fileName, sha256, articles: structure.articles.length, links: links.length }, requestId: ctx.requestId });
    bumpPublicContent();
    return { id, versionNo, structure };
  });
}
