import { randomUUID } from 'node:crypto';
import { now } from '../../../platform/clock';
import { authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import { bumpPublicContent } from '../../../platform/page-cache';
import type { ActionContext } from '../../../platform/context';
import type { Executor } from '../../../platform/db';
import fs from 'node:fs';
import { signerFor, writeOfficialDocx } from '../../../platform/documents';
import { AppError, notFound } from '../../../platform/errors';
import { storedFiles, storeWrittenFile, tempFilePath } from '../../../platform/files';
import { enqueueMail } from '../../../platform/mail';
import { todayVn } from '../../../platform/text';
import { getDirectory, issuingUnitAt } from '../../organisations';
import { findDraft, findVersion, type DraftDocument } from '../../policies';
import { buildSynthesis } from '../synthesis';
import { checkSigner, defaultSigner, type SignerInput } from '../synthesis-signer';
import { comments } from '../tables';
import { consulteesOf, countsByState, countUnanswered, findRound, publishApprovedAnswers, updateRound } from '../repo';
import { inArray } from 'drizzle-orm';

/** Why a round's synthesis cannot be published yet, in Vietnamese, or null when it can. */
export async function synthesisBlocker(db: Executor, roundId: string, today = todayVn()): Promise<string | null> {
  const round = await findRound(db, roundId);
  if (!round) return 'Không tìm thấy đợt lấy ý kiến.';
  if (today <= round.closesOn && !round.closedEarlyAt) return `Đợt lấy ý kiến kết thúc ngày ${round.closesOn.split('-').reverse().join('/')}; chỉ công bố báo cáo tổng hợp sau khi kết thúc.`;
  const pending = (await countsByState(db, [roundId])).find((c) => c.state === 'pending')?.n ?? 0;
  if (pending) return `Còn ${pending} ý kiến chưa được kiểm duyệt.`;
  const unanswered = await countUnanswered(db, [roundId]);
  if (unanswered) return `Còn ${unanswered} ý kiến chưa có câu trả lời được phê duyệt.`;
  return null;
}

/** The signer the office enters when publishing; empty: the head of the drafting unit in the directory. */
export interface PublishSynthesisInput {
  signer?: Partial<SignerInput> | null;
}

/**
 * Publishes the synthesis report of a closed round: renders the DOCX dated today and signed by the chosen signer
 * (default: the drafting unit's head; refused in Vietnamese when there is none and none is given), keeps it as a
 * file with its signer, publishes every approved answer and mails the commenters who agreed to be contacted, in
 * one transaction.
 */
export async function publishSynthesis(ctx: ActionContext & { publicUrl: string }, roundId: string, input: PublishSynthesisInput = {}): Promise<{ fileId: string }> {
  const round = await findRound(ctx.db, roundId);
  if (!round) throw notFound('đợt lấy ý kiến');
  const draft = await findDraft(ctx.db, round.draftId);
  authorize(ctx.actor, 'consultation.answer', { unitId: draft!.draftingUnitId });
  const blocker = await synthesisBlocker(ctx.db, roundId);
  if (blocker) throw new AppError('validation', blocker);
  if (round.synthesisPublishedAt) throw new AppError('conflict', 'Báo cáo tổng hợp của đợt này đã được công bố.');
  const date = todayVn();
  const dir = await getDirectory(ctx.db);
  const issuing = issuingUnitAt(dir, draft!.draftingUnitId, date);
  const chosen = checkSigner(input.signer, issuing ? await defaultSigner(ctx.db, issuing.id) : null);
  const printed = signerFor(chosen, issuing?.name ?? '');
  const signer = { name: printed.name, title: printed.title, authority: printed.authority ?? null };
  const version = await findVersion(ctx.db, round.versionId);
  const doc = await buildSynthesis(ctx.db, { draft: draft!, round, structure: version!.structure as DraftDocument, consultees: await consulteesOf(ctx.db, [roundId]), dir, date, signer });
  // written as a stream: a round may have 100,000 comments
  const tmp = tempFilePath();
  try {
    await writeOfficialDocx(doc, fs.createWriteStream(tmp));
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  const stored = await storeWrittenFile(tmp, 'docx');
  const fileId = randomUUID();
  await ctx.db.transaction(async (tx) => {
    await tx.insert(storedFiles).values({ id: fileId, ownerType: 'consultation_round', ownerId: roundId, fileName: `Bao-cao-tong-hop-${draft!.slug}.docx`, mimeType: stored.mimeType, size: stored.size, sha256: stored.sha256, storageKey: stored.storageKey });
    const answered = await publishApprovedAnswers(tx, roundId);
    await updateRound(tx, roundId, { synthesisPublishedAt: now().toISOString(), synthesisFileId: fileId, synthesisSigner: signer, synthesisDate: date });
    const recipients = answered.length ? await tx.select({ email: comments.email, receiptCode: comments.receiptCode, consent: comments.consent }).from(comments).where(inArray(comments.id, answered)) : [];
    let mailed = 0;
    for (const r of recipients) {
      if (!r.email || !r.consent.contact) continue;
      await enqueueMail(tx, {
        to: r.email,
        purpose: 'comment.answered',
        subject: `[Đồng Thuận] Ý kiến ${r.receiptCode} đã được trả lời`,
        text: `Cơ quan soạn thảo đã công bố báo cáo tổng hợp, tiếp thu, giải trình ý kiến đối với dự thảo "${draft!.title}".\n\nXem câu trả lời cho ý kiến của bạn: ${ctx.publicUrl}/gop-y/tra-cuu?ma=${r.receiptCode}\n`,
      });
      mailed++;
    }
    await recordAudit(tx, { actor: ctx.actor, action: 'consultation.synthesis.publish', subjectType: 'consultation_round', subjectId: roundId, after: { fileId, sha256: stored.sha256, date, signer, answersPublished: answered.length, mailed }, requestId: ctx.requestId });
  });
  bumpPublicContent();
  return { fileId };
}
