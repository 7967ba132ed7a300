import type { Actor } from './auth';
import type { DB } from './db';

/** What every action receives besides its own options: the database, who acts, and the request id for the audit. */
export interface ActionContext {
  db: DB;
  actor: Actor;
  requestId?: string | null;
}
