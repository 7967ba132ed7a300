import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../platform/db';
import { DEFAULT_MODEL, type SentimentModel } from '../../platform/sentiment';

/** The model scoring new items: the version the response side activated after retraining, else the shipped one. */
export interface ActiveModel {
  model: SentimentModel;
  /** Stored on each item so a reviewer can tell which model scored it ('default' for the shipped one). */
  name: string;
}

const cache = new WeakMap<object, { at: number; value: Promise<ActiveModel> }>();
/** A retrained model reaches the pipeline within this long (one small read per interval, not per batch). */
const MODEL_TTL_MS = 15_000;

async function readActive(db: Executor): Promise<ActiveModel> {
  // the table belongs to the response side (migration 0024, monitoring_sentiment_models): one active row at most
  const rows = rowsOf<{ version: number; model: SentimentModel }>(await db.execute(sql`select version, model from monitoring_sentiment_models where active limit 1`));
  const row = rows[0];
  return row ? { model: row.model, name: `v${row.version}` } : { model: DEFAULT_MODEL, name: 'default' };
}

/** The active sentiment model (cached briefly; `fresh` reads it again, e.g. right after activating a new version). */
export function activeSentimentModel(db: Executor, opts: { fresh?: boolean } = {}): Promise<ActiveModel> {
  const hit = cache.get(db);
  if (!opts.fresh && hit && performance.now() - hit.at < MODEL_TTL_MS) return hit.value;
  const value = readActive(db);
  cache.set(db, { at: performance.now(), value });
  value.catch(() => cache.delete(db));
  return value;
}
