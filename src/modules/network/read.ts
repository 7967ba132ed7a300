import type { DB } from '../../platform/db';
import { findBroadcast, findDeliveryByToken, markRead } from './repo';

const TOKEN = /^[\w-]{20,64}$/;

/**
 * The recipient confirmed from their read link: records when (once; a second confirmation keeps the first time).
 * Returns null for an unknown token. No audit entry: the delivery row is the record, and the reader is not signed in.
 */
export async function confirmRead(db: DB, token: string): Promise<{ readAt: string; isFirst: boolean; subject: string } | null> {
  if (!TOKEN.test(token)) return null;
  const first = await markRead(db, token);
  const row = first ?? (await findDeliveryByToken(db, token));
  if (!row?.readAt) return null;
  const b = await findBroadcast(db, row.broadcastId);
  return { readAt: row.readAt, isFirst: first !== null, subject: b?.subject ?? '' };
}

/** What the read page shows before the button: the message's subject and whether it was already confirmed. */
export async function readTokenState(db: DB, token: string): Promise<{ readAt: string | null; subject: string } | null> {
  if (!TOKEN.test(token)) return null;
  const row = await findDeliveryByToken(db, token);
  if (!row) return null;
  const b = await findBroadcast(db, row.broadcastId);
  return { readAt: row.readAt, subject: b?.subject ?? '' };
}
