import type { Executor } from '../../platform/db';
import { STATEMENT_KIND_LABELS, type StatementKind } from './labels';
import { findPublishedStatement, findWithdrawnStatement, listPublishedStatements, type PublishedStatement } from './repo';
import { statementPath } from './view';

/** What the portal prints of a published statement: the approved text, never who drafted or approved it. */
export interface PortalStatement extends PublishedStatement {
  kindLabel: string;
  path: string;
}

const present = (s: PublishedStatement): PortalStatement => ({ ...s, publishedAt: new Date(s.publishedAt).toISOString(), nextUpdateAt: s.nextUpdateAt ? new Date(s.nextUpdateAt).toISOString() : null, kindLabel: STATEMENT_KIND_LABELS[s.kind as StatementKind], path: statementPath(s.publicNo, s.title) });

/** Published statements, newest first (withdrawn ones are gone from the portal). */
export async function statementsForPortal(db: Executor): Promise<PortalStatement[]> {
  return (await listPublishedStatements(db)).map(present);
}

/** One published statement by its number; null when there is none (or it was withdrawn). */
export async function statementForPortal(db: Executor, publicNo: number): Promise<PortalStatement | null> {
  const s = await findPublishedStatement(db, publicNo);
  return s ? present(s) : null;
}

/** A withdrawn statement's notice: the title, when and why it was withdrawn (its text is not shown any more). */
export async function withdrawnStatementForPortal(db: Executor, publicNo: number): Promise<{ publicNo: number; title: string; withdrawnAt: string; note: string } | null> {
  return findWithdrawnStatement(db, publicNo);
}
