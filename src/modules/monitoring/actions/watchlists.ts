import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import type { Executor } from '../../../platform/db';
import { AppError, notFound } from '../../../platform/errors';
import { cleanText, isIsoDate } from '../../../platform/text';
import { checkWatchName, parseQuery } from '../../../platform/text-query';
import { WATCHLIST_KINDS, type WatchlistKind } from '../labels';
import { monitoringWatchlists, monitoringWatchTerms, type WatchNameRow } from '../tables';
import { forgetWatchlists } from '../watch';

export interface TermInput {
  label: string;
  names: WatchNameRow[];
  validFrom?: string | null;
  validTo?: string | null;
  note?: string | null;
}

export interface WatchlistInput {
  name: string;
  kind: WatchlistKind;
  query?: string | null;
  enabled?: boolean;
  terms?: TermInput[];
}

/** Terms per watchlist (a list of every commune of a province is about 150). */
export const MAX_TERMS = 2_000;

const invalid = (path: string, message: string) => new AppError('validation', message, { errors: [{ path, message }] });

/** A saved query checked as the officer types: the parse error with its position, or the terms it looks for. */
export function checkQuery(query: string): { ok: true; terms: string[] } | { ok: false; message: string; at: number } {
  const r = parseQuery(query);
  return r.ok ? { ok: true, terms: r.terms } : { ok: false, message: r.message, at: r.at };
}

interface CleanList {
  name: string;
  kind: WatchlistKind;
  query: string | null;
  enabled: boolean;
  terms: { label: string; names: WatchNameRow[]; validFrom: string | null; validTo: string | null; note: string | null }[];
}

function cleanInput(input: WatchlistInput): CleanList {
  const name = cleanText(input.name ?? '').slice(0, 200);
  if (!name) throw invalid('name', 'Ghi tên danh sách.');
  if (!(WATCHLIST_KINDS as readonly string[]).includes(input.kind)) throw invalid('kind', 'Chọn loại danh sách.');
  if (input.kind === 'query') {
    const query = cleanText(input.query ?? '');
    const r = parseQuery(query);
    if (!r.ok) throw invalid('query', r.message);
    return { name, kind: input.kind, query, enabled: input.enabled ?? true, terms: [] };
  }
  const terms = (input.terms ?? []).map((t, i) => {
    const label = cleanText(t.label ?? '').slice(0, 200);
    if (!label) throw invalid(`terms.${i}.label`, `Mục thứ ${i + 1}: ghi tên mục.`);
    const names = (t.names ?? [])
      .map((n) => (typeof n === 'string' ? cleanText(n) : { ...n, name: cleanText(n.name) }))
      .filter((n) => (typeof n === 'string' ? n : n.name));
    if (!names.length) throw invalid(`terms.${i}.names`, `Mục “${label}”: ghi ít nhất một tên để tìm.`);
    for (const n of names) {
      const problem = checkWatchName(n);
      if (problem) throw invalid(`terms.${i}.names`, `Mục “${label}”: ${problem}`);
    }
    const validFrom = t.validFrom || null;
    const validTo = t.validTo || null;
    if (validFrom && !isIsoDate(validFrom)) throw invalid(`terms.${i}.validFrom`, `Mục “${label}”: ngày bắt đầu không hợp lệ.`);
    if (validTo && !isIsoDate(validTo)) throw invalid(`terms.${i}.validTo`, `Mục “${label}”: ngày kết thúc không hợp lệ.`);
    if (validFrom && validTo && validFrom >= validTo) throw invalid(`terms.${i}.validTo`, `Mục “${label}”: ngày kết thúc phải sau ngày bắt đầu.`);
    return { label, names, validFrom, validTo, note: t.note ? cleanText(t.note).slice(0, 500) || null : null };
  });
  if (terms.length > MAX_TERMS) throw invalid('terms', `Một danh sách có tối đa ${MAX_TERMS} mục.`);
  return { name, kind: input.kind, query: null, enabled: input.enabled ?? true, terms };
}

async function writeTerms(tx: Executor, watchlistId: string, terms: CleanList['terms']): Promise<void> {
  await tx.delete(monitoringWatchTerms).where(eq(monitoringWatchTerms.watchlistId, watchlistId));
  if (terms.length) await tx.insert(monitoringWatchTerms).values(terms.map((t, position) => ({ id: randomUUID(), watchlistId, position, ...t })));
}

/** Adds a watchlist (terms with names and validity dates, or one saved query). New items are matched against it. */
export async function createWatchlist(ctx: ActionContext, input: WatchlistInput): Promise<{ id: string }> {
  authorize(ctx.actor, 'monitoring.manage');
  const list = cleanInput(input);
  const id = randomUUID();
  await ctx.db.transaction(async (tx) => {
    await tx.insert(monitoringWatchlists).values({ id, name: list.name, kind: list.kind, query: list.query, enabled: list.enabled, createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null });
    await writeTerms(tx, id, list.terms);
    await recordAudit(tx, { actor: ctx.actor, action: 'monitoring.watchlist.create', subjectType: 'monitoring_watchlist', subjectId: id, after: { name: list.name, kind: list.kind, query: list.query, terms: list.terms.length }, requestId: ctx.requestId });
  });
  forgetWatchlists(ctx.db);
  return { id };
}

/** Replaces a watchlist's name, query or terms (items already stored keep their matches; new items use the new list). */
export async function updateWatchlist(ctx: ActionContext, id: string, input: WatchlistInput): Promise<void> {
  authorize(ctx.actor, 'monitoring.manage');
  const before = (await ctx.db.select().from(monitoringWatchlists).where(eq(monitoringWatchlists.id, id)))[0];
  if (!before) throw notFound('danh sách theo dõi');
  const list = cleanInput({ ...input, kind: before.kind as WatchlistKind });
  const oldTerms = await ctx.db.select({ id: monitoringWatchTerms.id }).from(monitoringWatchTerms).where(eq(monitoringWatchTerms.watchlistId, id));
  await ctx.db.transaction(async (tx) => {
    await tx.update(monitoringWatchlists).set({ name: list.name, query: list.query, enabled: list.enabled, updatedAt: new Date().toISOString() }).where(eq(monitoringWatchlists.id, id));
    await writeTerms(tx, id, list.terms);
    await recordAudit(tx, { actor: ctx.actor, action: 'monitoring.watchlist.update', subjectType: 'monitoring_watchlist', subjectId: id, before: { name: before.name, query: before.query, enabled: before.enabled, terms: oldTerms.length }, after: { name: list.name, query: list.query, enabled: list.enabled, terms: list.terms.length }, requestId: ctx.requestId });
  });
  forgetWatchlists(ctx.db);
}

/** Deletes a watchlist and its terms (stored items keep the matches they had). */
export async function deleteWatchlist(ctx: ActionContext, id: string): Promise<void> {
  authorize(ctx.actor, 'monitoring.manage');
  const before = (await ctx.db.select().from(monitoringWatchlists).where(eq(monitoringWatchlists.id, id)))[0];
  if (!before) throw notFound('danh sách theo dõi');
  await ctx.db.transaction(async (tx) => {
    await tx.delete(monitoringWatchlists).where(eq(monitoringWatchlists.id, id));
    await recordAudit(tx, { actor: ctx.actor, action: 'monitoring.watchlist.delete', subjectType: 'monitoring_watchlist', subjectId: id, before: { name: before.name, kind: before.kind }, requestId: ctx.requestId });
  });
  forgetWatchlists(ctx.db);
}
