import { randomUUID } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import { authorize, systemActor, type Actor } from '../../../../platform/auth';
import { recordAudit } from '../../../../platform/audit';
import type { DB } from '../../../../platform/db';
import { evaluate, trainSentiment, type Sentiment, type SentimentModel } from '../../../../platform/sentiment';
import { activeSentimentModel } from '../../sentiment-model';
import { correctedItems } from '../repo-review';
import { monitoringSentimentModels } from '../tables';

const LABELS: readonly string[] = ['positive', 'neutral', 'negative'];
/** One correction in this many is held out to measure the retrained model on texts it did not learn from. */
const HOLD_OUT_EVERY = 10;

export interface RetrainResult {
  version: number | null;
  corrections: number;
  heldOut: number;
  /** Accuracy and macro-F1 on the held-out corrections, of the model in use before and of the new one. */
  before: { accuracy: number; macroF1: number } | null;
  after: { accuracy: number; macroF1: number } | null;
  skipped: string | null;
}

/**
 * Retrains the sentiment model from reviewers' corrections (items whose sentiment a reviewer set): trainSentiment
 * starting from the model in use, on nine corrections in ten; the tenth are held out and both models are measured on
 * them. The new version is stored and made active in one transaction (the ingestion pipeline picks it up within
 * its cache time); the old versions stay for the record. Nothing happens when no correction came since the last one.
 */
export async function retrainSentiment(ctx: { db: DB; actor: Actor; requestId?: string | null }, opts: { force?: boolean } = {}): Promise<RetrainResult> {
  authorize(ctx.actor, 'monitoring.manage');
  const corrections = (await correctedItems(ctx.db)).filter((c) => LABELS.includes(c.label)).map((c) => ({ ...c, label: c.label as Sentiment }));
  const [last] = await ctx.db.select({ version: monitoringSentimentModels.version, corrections: monitoringSentimentModels.corrections }).from(monitoringSentimentModels).orderBy(desc(monitoringSentimentModels.version)).limit(1);
  const empty = { version: null, corrections: corrections.length, heldOut: 0, before: null, after: null };
  if (corrections.length === 0) return { ...empty, skipped: 'Chưa có đánh giá cảm xúc nào được cán bộ sửa.' };
  if (!opts.force && last && last.corrections >= corrections.length) return { ...empty, version: last.version, skipped: 'Không có sửa đổi mới kể từ lần huấn luyện trước.' };
  const heldOut = corrections.filter((_, i) => i % HOLD_OUT_EVERY === HOLD_OUT_EVERY - 1);
  const training = corrections.filter((_, i) => i % HOLD_OUT_EVERY !== HOLD_OUT_EVERY - 1);
  const current = await activeSentimentModel(ctx.db, { fresh: true });
  const version = (last?.version ?? 0) + 1;
  const model: SentimentModel = { ...trainSentiment(training.map((c) => ({ text: c.text, label: c.label })), current.model), version };
  const measure = (m: SentimentModel) => {
    if (heldOut.length === 0) return null;
    const r = evaluate(m, heldOut.map((c) => ({ text: c.text, label: c.label })));
    return { accuracy: r.accuracy, macroF1: r.macroF1 };
  };
  const before = measure(current.model);
  const after = measure(model);
  await ctx.db.transaction(async (tx) => {
    await tx.update(monitoringSentimentModels).set({ active: false }).where(eq(monitoringSentimentModels.active, true));
    await tx.insert(monitoringSentimentModels).values({ id: randomUUID(), version, model, corrections: corrections.length, metrics: { heldOut: heldOut.length, before, after }, active: true, trainedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null });
    await recordAudit(tx, { actor: ctx.actor, action: 'monitoring.sentiment.retrain', subjectType: 'monitoring_sentiment_model', subjectId: String(version), after: { version, corrections: corrections.length, heldOut: heldOut.length, accuracyBefore: before?.accuracy ?? null, accuracyAfter: after?.accuracy ?? null }, requestId: ctx.requestId });
  });
  await activeSentimentModel(ctx.db, { fresh: true });
  return { version, corrections: corrections.length, heldOut: heldOut.length, before, after, skipped: null };
}

/** The hourly job: retrains when reviewers corrected items since the last version. */
export const retrainJob = (db: DB) => retrainSentiment({ db, actor: systemActor('huấn luyện lại mô hình cảm xúc') });

