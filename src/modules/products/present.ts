import type { Directory } from '../organisations';
import { CHANNEL_LABELS, KIND_LABELS, LANGUAGE_LABELS, MEASURE_LABELS, STATUS_LABELS, type Channel, type LanguageCode, type Measure, type ProductKind, type ProductStatus } from './labels';
import { readingTime } from './reading-time';
import type { FileRow, LanguageRow, ProductRow, ProductVersionRow, ReachRow } from './repo';
import { daysBetween } from './schedule';

const vi = <K extends string>(labels: Record<K, readonly [string, string]>, code: string) => labels[code as K]?.[0] ?? code;

export type Media = 'image' | 'video' | 'audio' | 'document';
/** How a file is shown: <img>, <video>, <audio> or a download. */
export const mediaOf = (mimeType: string): Media => (mimeType.startsWith('image/') ? 'image' : mimeType.startsWith('video/') ? 'video' : mimeType.startsWith('audio/') ? 'audio' : 'document');

/** The portal path of a product: its number and a readable slug of its title (never its id). */
export const productPath = (p: Pick<ProductRow, 'refNo' | 'title'>, slugify: (s: string) => string) => `/san-pham-truyen-thong/${p.refNo}-${slugify(p.title).slice(0, 80)}`;

export function presentFile(f: FileRow, productId: string) {
  return { id: f.id, fileName: f.fileName, mimeType: f.mimeType, size: f.size, media: mediaOf(f.mimeType), href: `/api/v1/products/${productId}/files/${f.id}` };
}

export function presentSummary(r: ProductRow, ctx: { dir: Directory; policyTitle: string; languages: LanguageRow[] }) {
  return {
    id: r.id,
    refNo: r.refNo,
    kind: r.kind,
    kindLabel: vi(KIND_LABELS, r.kind),
    title: r.title,
    policy: { id: r.policyId, title: ctx.policyTitle },
    unitName: ctx.dir.unit(r.unitId)?.name ?? '',
    status: r.status,
    statusLabel: vi(STATUS_LABELS, r.status as ProductStatus),
    version: r.version,
    publishedAt: r.publishedAt,
    languages: ctx.languages.map((l) => ({ code: l.lang, label: vi(LANGUAGE_LABELS, l.lang as LanguageCode) })),
  };
}

/**
 * Scheduled broadcasts of a loudspeaker script: slots a day × days × communes (0 while the schedule is incomplete);
 * within `period` only when given (a year's report counts that year's broadcasts, not the schedule's later ones).
 */
export function scheduledBroadcasts(r: Pick<ProductRow, 'broadcastFrom' | 'broadcastTo' | 'slotsPerDay' | 'communes'>, period?: { from: string; to: string }): number {
  if (!r.broadcastFrom || !r.broadcastTo || !r.slotsPerDay) return 0;
  const from = period && period.from > r.broadcastFrom ? period.from : r.broadcastFrom;
  const to = period && period.to < r.broadcastTo ? period.to : r.broadcastTo;
  if (to < from) return 0;
  return r.slotsPerDay * daysBetween(from, to) * Math.max(r.communes.length, 1);
}

/** Reach totals: the latest measure of each (channel, measure), since a later count includes the earlier one. */
export function latestReach(rows: ReachRow[]): ReachRow[] {
  const seen = new Map<string, ReachRow>();
  for (const r of rows) {
    const key = `${r.productId}|${r.channel}|${r.measure}`;
    const prev = seen.get(key);
    if (!prev || prev.measuredOn < r.measuredOn || (prev.measuredOn === r.measuredOn && prev.createdAt < r.createdAt)) seen.set(key, r);
  }
  return [...seen.values()];
}

export interface DetailContext {
  dir: Directory;
  policyTitle: string;
  roundLabel: string | null;
  task: { id: string; title: string } | null;
  languages: LanguageRow[];
  files: FileRow[];
  languageFiles: FileRow[];
  reach: ReachRow[];
  versions: ProductVersionRow[];
  userNames: Map<string, string>;
  portalPath: string | null;
  abilities: { canEdit: boolean; canPublish: boolean; canWithdraw: boolean };
}

export function presentDetail(r: ProductRow, ctx: DetailContext) {
  const isScript = r.kind === 'loudspeaker_script';
  return {
    ...presentSummary(r, ctx),
    unitId: r.unitId,
    summary: r.summary,
    body: r.body,
    externalUrl: r.externalUrl,
    channels: r.channels.map((c) => ({ code: c, label: vi(CHANNEL_LABELS, c as Channel) })),
    round: r.roundId && ctx.roundLabel ? { id: r.roundId, label: ctx.roundLabel } : null,
    task: ctx.task,
    readingTime: r.body ? readingTime(r.body) : null,
    broadcast: isScript
      ? { from: r.broadcastFrom, to: r.broadcastTo, slotsPerDay: r.slotsPerDay, communes: r.communes.map((id) => ctx.dir.unit(id)?.name ?? ''), communeIds: r.communes, communesAsOf: r.communesAsOf, scheduled: scheduledBroadcasts(r) }
      : null,
    files: ctx.files.map((f) => presentFile(f, r.id)),
    languageVersions: ctx.languages.map((l) => ({ lang: l.lang, label: vi(LANGUAGE_LABELS, l.lang as LanguageCode), title: l.title, summary: l.summary, body: l.body, translator: l.translator, files: ctx.languageFiles.filter((f) => f.ownerId === l.id).map((f) => presentFile(f, r.id)) })),
    reach: ctx.reach.map((x) => ({ channel: x.channel, channelLabel: vi(CHANNEL_LABELS, x.channel as Channel), measure: x.measure, measureLabel: vi(MEASURE_LABELS, x.measure as Measure), value: x.value, measuredOn: x.measuredOn })),
    reachTotals: latestReach(ctx.reach).map((x) => ({ channelLabel: vi(CHANNEL_LABELS, x.channel as Channel), measureLabel: vi(MEASURE_LABELS, x.measure as Measure), value: x.value })),
    versions: ctx.versions.map((v) => ({ version: v.version, at: v.createdAt, byName: v.createdBy ? (ctx.userNames.get(v.createdBy) ?? null) : null, title: v.snapshot.title, summary: v.snapshot.summary, body: v.snapshot.body })),
    withdrawReason: r.withdrawReason,
    portalPath: ctx.portalPath,
    posterPath: r.status === 'published' && ctx.portalPath ? `${ctx.portalPath}/ap-phich.docx` : null,
    scriptPath: isScript ? `/api/v1/products/${r.id}/script.docx` : null,
    abilities: ctx.abilities,
  };
}

export const kindLabel = (kind: string) => vi(KIND_LABELS, kind as ProductKind);
