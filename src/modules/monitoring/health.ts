/**
 * Source health over time (`monitoring-health`, hourly): a source whose last week brought far fewer items than its
 * usual week is flagged (Media Cloud watched stories per week for the same reason: feeds go quiet without failing),
 * and irrelevant items past their keeping time are removed.
 */
import { sql } from 'drizzle-orm';
import { jsonParam, rowsOf, type DB } from '../../platform/db';
import { deliver } from '../notifications';

/** A week with fewer items than this share of the usual week (mean of the three weeks before) is a drop. */
export const VOLUME_DROP_RATIO = 0.3;
/** A usual week below this many items is too small to tell a drop from chance. */
export const VOLUME_DROP_MIN_USUAL = 10;
/**
 * Items no watchlist matched are kept this many days (the volume figures and a watchlist added later can still use
 * them), then deleted unless a reviewer touched them. Relevant items are kept.
 */
export const IRRELEVANT_KEEP_DAYS = 30;

export interface HealthRun {
  dropped: number;
  recovered: number;
  purged: number;
}

/** Flags sources whose weekly volume dropped (once per drop: `volume_alerted_at`), clears recovered ones, purges old irrelevant items. */
export async function checkSourceHealth(db: DB, publicUrl: string): Promise<HealthRun> {
  const rows = rowsOf<{ id: string; name: string; last_week: number; usual: number; alerted: boolean }>(
    await db.execute(sql`select s.id, s.name, s.volume_alerted_at is not null as alerted,
        (select count(*) from monitoring_items i where i.source_id = s.id and i.ingested_at > now() - interval '7 days')::int as last_week,
        ((select count(*) from monitoring_items i where i.source_id = s.id and i.ingested_at > now() - interval '28 days' and i.ingested_at <= now() - interval '7 days') / 3.0)::float8 as usual
      from monitoring_sources s where s.enabled and s.kind <> 'import' and s.created_at < now() - interval '14 days'`),
  );
  const dropped: string[] = rows.filter((r) => !r.alerted && r.usual >= VOLUME_DROP_MIN_USUAL && r.last_week < r.usual * VOLUME_DROP_RATIO).map((r) => r.id);
  const recovered = rows.filter((r) => r.alerted && r.last_week >= r.usual * VOLUME_DROP_RATIO).map((r) => r.id);
  if (dropped.length) {
    await db.transaction(async (tx) => {
      await tx.execute(sql`update monitoring_sources set volume_alerted_at = now() where id in (select jsonb_array_elements_text(${jsonParam(dropped)}::jsonb))`);
      // the coordinators hear of it once per drop (the flag above), through the notifications module's door
      const coordinators = rowsOf<{ user_id: string }>(await tx.execute(sql`select distinct r.user_id from user_roles r join users u on u.id = r.user_id where r.role = 'coordinator' and not u.is_disabled`));
      const pending = rows
        .filter((r) => dropped.includes(r.id))
        .flatMap((r) =>
          coordinators.map((c) => ({ userId: c.user_id, kind: 'monitoring_source', subjectKey: `monitoring_source:${r.id}`, dedupeKey: `monitoring_source:${r.id}:${new Date().toISOString().slice(0, 10)}`, params: { sourceName: r.name, lastWeek: r.last_week, usual: Math.round(r.usual) }, link: '/office/monitoring/sources', count: 1 })),
        );
      await deliver(tx, pending, publicUrl);
    });
  }
  if (recovered.length) await db.execute(sql`update monitoring_sources set volume_alerted_at = null where id in (select jsonb_array_elements_text(${jsonParam(recovered)}::jsonb))`);
  const purged = rowsOf<{ n: number }>(
    await db.execute(sql`with d as (delete from monitoring_items i where not i.relevant and i.sentiment_by is null and i.ingested_at < now() - make_interval(days => ${IRRELEVANT_KEEP_DAYS})
        and not exists (select 1 from monitoring_flags f where f.item_id = i.id) and not exists (select 1 from monitoring_reviews r where r.item_id = i.id)
        and not exists (select 1 from monitoring_evidence e where e.item_id = i.id) and not exists (select 1 from monitoring_takedowns t where t.item_id = i.id)
      returning 1) select count(*)::int as n from d`),
  )[0]!.n;
  return { dropped: dropped.length, recovered: recovered.length, purged };
}
