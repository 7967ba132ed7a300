import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db';
import { KIND_LABELS, type ProductKind } from './labels';
import { productItems } from './tables';

/** A product as another module links to it (an awareness activity's products): its number, title and kind, never its text. */
export interface ProductChoice {
  id: string;
  refNo: number;
  title: string;
  kindLabel: string;
  /** Withdrawn since it was linked: still named, marked so. */
  isWithdrawn: boolean;
}

/** How many products a picker offers: the newest published ones, those of the given policy first. */
const MAX_CHOICES = 200;

const columns = { id: productItems.id, refNo: productItems.refNo, title: productItems.title, kind: productItems.kind, status: productItems.status };
const toChoice = (r: { id: string; refNo: number; title: string; kind: string; status: string }): ProductChoice => ({
  id: r.id, refNo: r.refNo, title: r.title, kindLabel: KIND_LABELS[r.kind as ProductKind]?.[0] ?? '', isWithdrawn: r.status === 'withdrawn',
});

/** The published products another module may link to, those about `policyId` first, then the newest. */
export async function productChoices(db: Executor, opts: { policyId: string | null }): Promise<ProductChoice[]> {
  const first = opts.policyId ? sql`(${productItems.policyId} = ${opts.policyId}) desc` : sql`1`;
  const rows = await db.select(columns).from(productItems).where(eq(productItems.status, 'published')).orderBy(first, desc(productItems.publishedAt), desc(productItems.refNo)).limit(MAX_CHOICES);
  return rows.map(toChoice);
}

/** The linked products by id, in the order given (an id that is not a product is left out). */
export async function productsByIdsForLinks(db: Executor, ids: string[]): Promise<ProductChoice[]> {
  if (ids.length === 0) return [];
  const rows = await db.select(columns).from(productItems).where(inArray(productItems.id, [...new Set(ids)]));
  const byId = new Map(rows.map((r) => [r.id, toChoice(r)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Which of `ids` are published products (those a new link may name). */
export async function publishedProductIds(db: Executor, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.select({ id: productItems.id }).from(productItems).where(and(inArray(productItems.id, ids), eq(productItems.status, 'published')));
  return new Set(rows.map((r) => r.id));
}
