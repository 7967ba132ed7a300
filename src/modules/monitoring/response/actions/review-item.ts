import { authorize } from '../../../../platform/auth';
import { recordAudit } from '../../../../platform/audit';
import type { ActionContext } from '../../../../platform/context';
import { AppError, notFound } from '../../../../platform/errors';
import { cleanText } from '../../../../platform/text';
import { captureItem, insertEvidence, keepCapture, type PageFetcher } from '../evidence';
import { REFERABLE_VERDICTS, VERDICTS, type Verdict } from '../kinds';
import { insertFlag, insertReview, itemFacts } from '../repo-review';

const userOf = (ctx: ActionContext) => (ctx.actor.kind === 'user' ? ctx.actor.userId : null);

export interface ReviewInput {
  verdict: Verdict;
  note?: string | null;
  /** Capture the item as it is now with the verdict (default: yes for false, hostile and misleading items). */
  capture?: boolean;
}

export interface ReviewResult {
  reviewId: string;
  evidence: { id: string; sha256: string; method: 'fetched' | 'stored'; fetchError: string | null; capturedAt: string } | null;
}

/**
 * A reviewer's verdict on an item (accurate, misleading, false, hostile, not relevant) with a note; with it, by
 * default for the verdicts a referral may follow, the evidence captured at that moment (the page fetched again, or
 * the stored text) kept as a file with its SHA-256. The fetch happens before the transaction (it may take seconds);
 * the review, the evidence row and the audit entry are written together.
 */
export async function reviewItem(ctx: ActionContext & { fetcher: PageFetcher }, itemId: string, input: ReviewInput): Promise<ReviewResult> {
  authorize(ctx.actor, 'monitoring.review');
  if (!(VERDICTS as readonly string[]).includes(input.verdict)) throw new AppError('validation', 'Chọn kết luận xem xét.', { errors: [{ path: 'verdict', message: 'Chọn một kết luận.' }] });
  const [item] = await itemFacts(ctx.db, [itemId]);
  if (!item) throw notFound('tin');
  const note = input.note ? cleanText(input.note).slice(0, 4000) || null : null;
  if ((input.verdict === 'false' || input.verdict === 'hostile') && !note) throw new AppError('validation', 'Ghi rõ vì sao thông tin này sai sự thật hoặc xấu, độc.', { errors: [{ path: 'note', message: 'Vui lòng ghi chú căn cứ kết luận.' }] });
  const wantsCapture = input.capture ?? REFERABLE_VERDICTS.includes(input.verdict);
  const capture = wantsCapture ? await captureItem(ctx.fetcher, item) : null;
  const file = capture ? await keepCapture(capture) : null;
  const at = new Date();
  return ctx.db.transaction(async (tx) => {
    const reviewId = await insertReview(tx, { itemId, verdict: input.verdict, note, by: userOf(ctx), at });
    const evidenceId = capture && file ? await insertEvidence(tx, { itemId, reviewId, capture, file, by: userOf(ctx) }) : null;
    await recordAudit(tx, { actor: ctx.actor, action: 'monitoring.review', subjectType: 'monitoring_item', subjectId: itemId, after: { verdict: input.verdict, note, evidence: file ? file.sha256 : null }, requestId: ctx.requestId });
    return {
      reviewId,
      evidence: capture && file && evidenceId ? { id: evidenceId, sha256: file.sha256, method: capture.method, fetchError: capture.fetchError, capturedAt: capture.capturedAt.toISOString() } : null,
    };
  });
}

/** A new capture of an item's evidence, without a new verdict (a page that changed; a second capture is a new record). */
export async function captureEvidence(ctx: ActionContext & { fetcher: PageFetcher }, itemId: string): Promise<NonNullable<ReviewResult['evidence']>> {
  authorize(ctx.actor, 'monitoring.review');
  const [item] = await itemFacts(ctx.db, [itemId]);
  if (!item) throw notFound('tin');
  const capture = await captureItem(ctx.fetcher, item);
  const file = await keepCapture(capture);
  return ctx.db.transaction(async (tx) => {
    const id = await insertEvidence(tx, { itemId, reviewId: null, capture, file, by: userOf(ctx) });
    await recordAudit(tx, { actor: ctx.actor, action: 'monitoring.evidence.capture', subjectType: 'monitoring_item', subjectId: itemId, after: { evidence: file.sha256, method: capture.method }, requestId: ctx.requestId });
    return { id, sha256: file.sha256, method: capture.method, fetchError: capture.fetchError, capturedAt: capture.capturedAt.toISOString() };
  });
}

/**
 * Puts an item in the review queue ('review') or records that a crisis concerns it ('crisis'). The crises module
 * opens a crisis from an item through its own door and writes this flag itself; the office no longer asks for a
 * crisis flag alone (the API keeps accepting it).
 */
export async function flagItem(ctx: ActionContext, itemId: string, input: { kind: 'review' | 'crisis'; reason: string }): Promise<{ flagId: string }> {
  authorize(ctx.actor, 'monitoring.review');
  const [item] = await itemFacts(ctx.db, [itemId]);
  if (!item) throw notFound('tin');
  const reason = cleanText(input.reason ?? '').slice(0, 2000);
  if (!reason) throw new AppError('validation', 'Ghi lý do.', { errors: [{ path: 'reason', message: 'Vui lòng ghi lý do.' }] });
  return ctx.db.transaction(async (tx) => {
    const flagId = await insertFlag(tx, { itemId, kind: input.kind, reason, by: userOf(ctx) });
    await recordAudit(tx, { actor: ctx.actor, action: input.kind === 'crisis' ? 'monitoring.crisis.request' : 'monitoring.flag', subjectType: 'monitoring_item', subjectId: itemId, after: { reason }, requestId: ctx.requestId });
    return { flagId };
  });
}
