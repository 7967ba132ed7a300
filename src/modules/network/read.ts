import type { DB } from '../../platform/db';
import { findDeliveryByToken, markRead } from './repo';

/**
 * The recipient opened their read link and confirmed: records when (once; a second confirmation keeps the first
 * time). Returns null for an unknown token. No audit entry: the delivery row is the record, and the reader is
 * not signed in.
 */
export async function confirmRead(db: DB, token: string): Promise<{ readAt: string; isFirst: boolean } | null> {
  if (!/^[\w-]{20,64}$/.test(token)) return null;
  const first = await markRead(db, token);
  if (first) return { readAt: first.readAt!, isFirst: true };
  const row = await findDeliveryByToken(db, token);
  return row?.readAt ? { readAt: row.readAt, isFirst: false } : null;
}

/** Whether a read token exists, and whether it was already confirmed. */
export async function readTokenState(db: DB, token: string): Promise<{ readAt: string | null } | null> {
  if (!/^[\w-]{20,64}$/.test(token)) return null;
  const row = await findDeliveryByToken(db, token);
  return row ? { readAt: row.readAt } : null;
}
