import type { Executor } from '../../platform/db';
import { fold, formatDateVi, slugify, todayVn } from '../../platform/text';
import { currentRoundOfSlug, listPublicConsultations } from '../consultation';
import { getDirectory } from '../organisations';
import { findDraft, findDraftBySlug } from '../policies';
import { CHANNEL_LABELS, KIND_LABELS, LANGUAGE_LABELS, type Channel, type LanguageCode, type ProductKind } from './labels';
import { imageSize } from './image-size';
import { mediaOf, productPath, type Media } from './present';
import { readingTime } from './reading-time';
import { filesOf, findProductByRef, languagesOf, listProducts, type FileRow, type ProductRow } from './repo';
import type { PosterContent } from './poster';

type Bilingual = readonly [string, string];

/** A file as the portal serves it: by the product's path and the start of its hash (never an id). */
export interface PublicFile {
  href: string;
  fileName: string;
  mimeType: string;
  size: number;
  media: Media;
  storageKey: string;
  /** An image's own size (explicit width and height on the page). */
  size2d: { width: number; height: number } | null;
}

/** One product in the gallery: explicit public fields only (never who entered it, never an id). */
export interface PublicProductCard {
  refNo: number;
  path: string;
  title: string;
  kind: ProductKind;
  kindLabel: Bilingual;
  summary: string;
  unitName: string;
  policyTitle: string;
  policySlug: string;
  publishedOn: string | null;
  image: PublicFile | null;
  languages: { code: string; label: Bilingual }[];
}

export interface PublicProductPage extends PublicProductCard {
  body: string;
  externalUrl: string | null;
  /** The policy's consultation page on the portal exists (a round has opened). */
  hasPolicyPage: boolean;
  channels: Bilingual[];
  files: PublicFile[];
  readingTime: { words: number; label: string } | null;
  languageVersions: { code: string; label: Bilingual; title: string; summary: string; body: string; translator: string | null; files: PublicFile[] }[];
}

const publicFile = (path: string, f: FileRow): PublicFile => ({ href: `${path}/tep/${f.sha256.slice(0, 16)}`, fileName: f.fileName, mimeType: f.mimeType, size: f.size, media: mediaOf(f.mimeType), storageKey: f.storageKey, size2d: mediaOf(f.mimeType) === 'image' ? imageSize(f.storageKey) : null });

/** The gallery: published products filtered by kind, policy (its portal slug), language, and text without accents. */
export async function galleryOfProducts(db: Executor, f: { kind?: string; policySlug?: string; lang?: string; q?: string }): Promise<PublicProductCard[]> {
  const policy = f.policySlug ? await findDraftBySlug(db, f.policySlug) : null;
  if (f.policySlug && !policy) return [];
  const rows = await listProducts(db, { statuses: ['published'], kind: f.kind, policyId: policy?.id, lang: f.lang });
  const needle = f.q ? fold(f.q) : '';
  const [dir, languages, files] = await Promise.all([getDirectory(db), languagesOf(db, rows.map((r) => r.id)), filesOf(db, 'product', rows.map((r) => r.id))]);
  const cards: PublicProductCard[] = [];
  for (const r of rows) {
    const draft = await findDraft(db, r.policyId);
    if (!draft || draft.classification !== 'public') continue;
    const langs = languages.filter((l) => l.productId === r.id);
    // accent-insensitive search over the title, the summary and the translated titles
    if (needle && !fold([r.title, r.summary, draft.title, ...langs.map((l) => l.title)].join(' ')).includes(needle)) continue;
    const path = productPath(r, slugify);
    const image = files.find((x) => x.ownerId === r.id && mediaOf(x.mimeType) === 'image');
    cards.push({ ...card(r, path, dir.unit(r.unitId)?.name ?? '', draft), image: image ? publicFile(path, image) : null, languages: langs.map((l) => ({ code: l.lang, label: LANGUAGE_LABELS[l.lang as LanguageCode] ?? [l.lang, l.lang] })) });
  }
  return cards;
}

function card(r: ProductRow, path: string, unitName: string, draft: { title: string; slug: string }): Omit<PublicProductCard, 'image' | 'languages'> {
  return { refNo: r.refNo, path, title: r.title, kind: r.kind as ProductKind, kindLabel: KIND_LABELS[r.kind as ProductKind], summary: r.summary, unitName, policyTitle: draft.title, policySlug: draft.slug, publishedOn: r.publishedAt ? todayVn(new Date(r.publishedAt)) : null };
}

/** The number at the start of a product's portal slug ("12-ten-san-pham" → 12), or null. */
export function refOfSlug(slug: string): number | null {
  const m = /^(\d{1,12})(?:-|$)/.exec(slug);
  return m ? Number(m[1]) : null;
}

/** A published product's page, or null (a draft or a withdrawn product is not on the portal). */
export async function publicProductPage(db: Executor, refNo: number): Promise<PublicProductPage | null> {
  const r = await findProductByRef(db, refNo);
  if (!r || r.status !== 'published') return null;
  const draft = await findDraft(db, r.policyId);
  if (!draft || draft.classification !== 'public') return null;
  const [dir, languages, files] = await Promise.all([getDirectory(db), languagesOf(db, [r.id]), filesOf(db, 'product', [r.id])]);
  const languageFiles = await filesOf(db, 'product_language', languages.map((l) => l.id));
  const path = productPath(r, slugify);
  const own = files.map((f) => publicFile(path, f));
  return {
    ...card(r, path, dir.unit(r.unitId)?.name ?? '', draft),
    image: own.find((f) => f.media === 'image') ?? null,
    languages: languages.map((l) => ({ code: l.lang, label: LANGUAGE_LABELS[l.lang as LanguageCode] ?? [l.lang, l.lang] })),
    body: r.body,
    externalUrl: r.externalUrl,
    hasPolicyPage: (await currentRoundOfSlug(db, draft.slug)) !== null,
    channels: r.channels.map((c) => CHANNEL_LABELS[c as Channel]).filter(Boolean),
    files: own,
    readingTime: r.kind === 'loudspeaker_script' && r.body ? readingTime(r.body) : null,
    languageVersions: languages.map((l) => ({ code: l.lang, label: LANGUAGE_LABELS[l.lang as LanguageCode] ?? [l.lang, l.lang], title: l.title, summary: l.summary, body: l.body, translator: l.translator, files: languageFiles.filter((f) => f.ownerId === l.id).map((f) => publicFile(path, f)) })),
  };
}

/** A file of a published product (or of one of its language versions) by the start of its hash. */
export async function publicProductFile(db: Executor, refNo: number, hash: string): Promise<PublicFile | null> {
  const page = await publicProductPage(db, refNo);
  if (!page) return null;
  return [...page.files, ...page.languageVersions.flatMap((l) => l.files)].find((f) => f.href.endsWith(`/tep/${hash}`)) ?? null;
}

/** The poster of a published product: its plain summary and a QR code to its portal page. */
export function productPoster(page: PublicProductPage, publicUrl: string): PosterContent {
  return { unitName: page.unitName, kindLine: `${page.kindLabel[0]} — ${page.policyTitle}`, title: page.title, summary: page.summary, callToAction: 'Xem đầy đủ, tải về và nghe, xem tại:', url: `${publicUrl.replace(/\/$/, '')}${page.path}` };
}

/** Drafts under consultation today (consultation door), each with the poster inviting comments. */
export async function consultationPosters(db: Executor, publicUrl: string): Promise<(PosterContent & { slug: string; closesOn: string })[]> {
  const open = (await listPublicConsultations(db)).filter((c) => c.status === 'open');
  const out: (PosterContent & { slug: string; closesOn: string })[] = [];
  for (const c of open) {
    const draft = await findDraftBySlug(db, c.slug);
    out.push({
      slug: c.slug,
      closesOn: c.closesOn,
      unitName: c.draftingUnitName,
      kindLine: `Dự thảo ${c.docTypeLabel.toLowerCase()} đang lấy ý kiến nhân dân`,
      title: c.title,
      summary: draft?.summary || 'Mời người dân, doanh nghiệp đọc toàn văn dự thảo và gửi ý kiến góp ý.',
      callToAction: `Mời góp ý đến hết ngày ${formatDateVi(c.closesOn, 'short')} tại:`,
      url: `${publicUrl.replace(/\/$/, '')}/gop-y/${c.slug}`,
    });
  }
  return out;
}
