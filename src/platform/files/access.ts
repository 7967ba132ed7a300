import type { Actor } from '../auth';
import type { Executor } from '../db';

/** Whether `actor` may read the record that owns a stored file (a comment, a progress report, a round). */
export type FileOwnerReadCheck = (db: Executor, actor: Actor, ownerId: string) => Promise<boolean>;

const readChecks = new Map<string, FileOwnerReadCheck>();

/**
 * Registers who may download the files of one owner type; each module declares its own (a comment's attachments
 * follow the comment, a report's evidence follows the report). Called once per owner type at import time.
 */
export function defineFileOwner(ownerType: string, canRead: FileOwnerReadCheck): void {
  if (readChecks.has(ownerType)) throw new Error(`file owner ${ownerType} is declared twice`);
  readChecks.set(ownerType, canRead);
}

/**
 * True when `actor` may download a file of this owner. Deny by default: an owner type no module declared is never
 * served. The download route answers 404 either way, so a file id cannot be probed.
 */
export async function canReadFile(db: Executor, actor: Actor, file: { ownerType: string; ownerId: string }): Promise<boolean> {
  if (actor.kind === 'system') return true;
  const check = readChecks.get(file.ownerType);
  return check ? check(db, actor, file.ownerId) : false;
}
