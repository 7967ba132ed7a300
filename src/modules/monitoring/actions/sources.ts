import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import { AppError, notFound } from '../../../platform/errors';
import type { PoliteFetcher } from '../../../platform/fetcher';
import { cleanText } from '../../../platform/text';
import { monitoringFetcher, probeUrl, type Probe } from '../fetch';
import { monitoringSources } from '../tables';

/** How often a source may be polled, in minutes (at least every 5 minutes, at most once a day). */
export const POLL_MINUTES = { min: 5, max: 1440, byDefault: 30 } as const;

const invalid = (path: string, message: string) => new AppError('validation', message, { errors: [{ path, message }] });
const userOf = (ctx: ActionContext) => (ctx.actor.kind === 'user' ? ctx.actor.userId : null);

function checkUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw invalid('url', 'Địa chỉ không hợp lệ: ghi đầy đủ, ví dụ https://baolaocai.vn/rss/thoi-su.rss.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw invalid('url', 'Chỉ theo dõi được địa chỉ http:// hoặc https://.');
  return url.toString();
}

/** Fetches an address now and says what it holds (the form's "Kiểm tra" button, and every new source). */
export async function probeSource(ctx: ActionContext, url: string, fetcher: PoliteFetcher = monitoringFetcher()): Promise<Probe> {
  authorize(ctx.actor, 'monitoring.manage');
  return probeUrl(checkUrl(url), fetcher);
}

export interface SourceInput {
  name?: string | null;
  kind: 'feed' | 'sitemap' | 'page';
  url: string;
  pollMinutes?: number;
}

/**
 * Adds a source after fetching it once: a feed address must hold a feed (a web page is refused with its feed links
 * named), a page address an article. The kind is corrected from what was found (a sitemap given as a feed).
 */
export async function createSource(ctx: ActionContext, input: SourceInput, fetcher: PoliteFetcher = monitoringFetcher()): Promise<{ id: string; probe: Probe }> {
  authorize(ctx.actor, 'monitoring.manage');
  const url = checkUrl(input.url);
  const poll = input.pollMinutes ?? POLL_MINUTES.byDefault;
  if (!Number.isInteger(poll) || poll < POLL_MINUTES.min || poll > POLL_MINUTES.max) throw invalid('pollMinutes', `Chu kỳ tải từ ${POLL_MINUTES.min} đến ${POLL_MINUTES.max} phút.`);
  const existing = await ctx.db.select({ id: monitoringSources.id }).from(monitoringSources).where(eq(monitoringSources.url, url));
  if (existing.length) throw new AppError('conflict', 'Nguồn với địa chỉ này đã có trong danh sách.');
  const probe = await probeUrl(url, fetcher);
  if (probe.kind === 'refused') throw invalid('url', `Không thêm được nguồn: ${probe.reason}`);
  let kind: 'feed' | 'sitemap' | 'page' = input.kind;
  if (input.kind === 'page') {
    if (probe.kind !== 'page' || !probe.hasArticle) throw invalid('url', probe.kind === 'feed' ? 'Địa chỉ này là một kênh tin: hãy chọn loại “Kênh tin”.' : 'Không tìm thấy nội dung bài viết trên trang này.');
  } else if (probe.kind === 'page') {
    throw invalid('url', probe.feedLinks.length ? `Địa chỉ này là một trang web, không phải kênh tin. Trang có kênh tin: ${probe.feedLinks.slice(0, 5).join(', ')}.` : 'Địa chỉ này là một trang web, không phải kênh tin, và trang không khai báo kênh tin nào.');
  } else {
    kind = probe.format === 'sitemap' ? 'sitemap' : 'feed';
  }
  const name = cleanText(input.name ?? '').slice(0, 200) || (probe.title ? cleanText(probe.title).slice(0, 200) : '') || new URL(url).hostname;
  const id = randomUUID();
  await ctx.db.transaction(async (tx) => {
    await tx.insert(monitoringSources).values({ id, name, kind, url, feedFormat: probe.kind === 'feed' ? probe.format : 'page', pollMinutes: poll, createdBy: userOf(ctx) });
    await recordAudit(tx, { actor: ctx.actor, action: 'monitoring.source.create', subjectType: 'monitoring_source', subjectId: id, after: { name, kind, url, pollMinutes: poll }, requestId: ctx.requestId });
  });
  return { id, probe };
}

/** Renames a source or changes how often it is polled. */
export async function updateSource(ctx: ActionContext, id: string, input: { name?: string; pollMinutes?: number }): Promise<void> {
  authorize(ctx.actor, 'monitoring.manage');
  const source = (await ctx.db.select().from(monitoringSources).where(eq(monitoringSources.id, id)))[0];
  if (!source) throw notFound('nguồn theo dõi');
  const name = input.name === undefined ? source.name : cleanText(input.name).slice(0, 200);
  if (!name) throw invalid('name', 'Ghi tên nguồn.');
  const poll = input.pollMinutes ?? source.pollMinutes;
  if (!Number.isInteger(poll) || poll < POLL_MINUTES.min || poll > POLL_MINUTES.max) throw invalid('pollMinutes', `Chu kỳ tải từ ${POLL_MINUTES.min} đến ${POLL_MINUTES.max} phút.`);
  await ctx.db.transaction(async (tx) => {
    await tx.update(monitoringSources).set({ name, pollMinutes: poll, updatedAt: new Date().toISOString() }).where(eq(monitoringSources.id, id));
    await recordAudit(tx, { actor: ctx.actor, action: 'monitoring.source.update', subjectType: 'monitoring_source', subjectId: id, before: { name: source.name, pollMinutes: source.pollMinutes }, after: { name, pollMinutes: poll }, requestId: ctx.requestId });
  });
}

/** Turns a source on (polled at once, its error count cleared) or off (with the officer's reason). */
export async function setSourceEnabled(ctx: ActionContext, id: string, enabled: boolean, reason?: string | null): Promise<void> {
  authorize(ctx.actor, 'monitoring.manage');
  const source = (await ctx.db.select().from(monitoringSources).where(eq(monitoringSources.id, id)))[0];
  if (!source) throw notFound('nguồn theo dõi');
  const why = reason ? cleanText(reason).slice(0, 500) || null : null;
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(monitoringSources)
      .set(enabled ? { enabled: true, disabledReason: null, errorStreak: 0, nextFetchAt: new Date().toISOString(), updatedAt: new Date().toISOString() } : { enabled: false, disabledReason: why ?? 'Tạm dừng theo yêu cầu của cán bộ.', updatedAt: new Date().toISOString() })
      .where(eq(monitoringSources.id, id));
    await recordAudit(tx, { actor: ctx.actor, action: enabled ? 'monitoring.source.enable' : 'monitoring.source.disable', subjectType: 'monitoring_source', subjectId: id, before: { enabled: source.enabled }, after: { enabled, reason: why }, requestId: ctx.requestId });
  });
}
