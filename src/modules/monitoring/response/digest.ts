import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { eq, sql } from 'drizzle-orm';
import type { DB, Executor } from '../../../platform/db';
import { renderOfficialDocx, type Block, type OfficialDocument } from '../../../platform/documents';
import { storeWrittenFile, tempFilePath } from '../../../platform/files';
import { enqueueMails, type MailMessage } from '../../../platform/mail';
import { addDays, formatDateVi, todayVn } from '../../../platform/text';
import { accountTables } from '../../accounts';
import { getDirectory, issuerOf } from '../../organisations';
import { SENTIMENT_LABELS, VERDICT_LABELS, type DigestFrequency, type Verdict } from './kinds';
import { itemTotals, topSources, topStories, topTerms, verdictCounts, volumeByDay, type Period } from './repo-dashboard';
import { monitoringDigestSubscriptions, monitoringDigests } from './tables';

export interface DigestContent {
  frequency: DigestFrequency;
  /** First and last day covered (Vietnam calendar, inclusive). */
  firstDay: string;
  lastDay: string;
  totals: { collected: number; relevant: number; negative: number };
  bySentiment: Record<string, number>;
  stories: { title: string; items: number; negative: number }[];
  sources: { name: string; items: number; negative: number }[];
  terms: { term: string; items: number; negative: number }[];
  verdicts: { verdict: string; n: number }[];
}

/** The period a digest made on `today` covers: yesterday (daily) or the seven days before (weekly), Vietnam days. */
export function digestPeriod(frequency: DigestFrequency, today: string): { firstDay: string; lastDay: string; period: Period } {
  const firstDay = addDays(today, frequency === 'daily' ? -1 : -7);
  const lastDay = addDays(today, -1);
  return { firstDay, lastDay, period: { from: `${firstDay}T00:00:00+07:00`, to: `${today}T00:00:00+07:00` } };
}

/** What a digest says: volume and sentiment, top stories, sources and watchlist terms, the items reviewed. */
export async function digestContent(db: Executor, frequency: DigestFrequency, today: string): Promise<DigestContent> {
  const { firstDay, lastDay, period } = digestPeriod(frequency, today);
  const [totals, days, stories, sources, terms, verdicts] = await Promise.all([itemTotals(db, period), volumeByDay(db, period), topStories(db, period, 5), topSources(db, period, 5), topTerms(db, period, 10), verdictCounts(db, period)]);
  const bySentiment: Record<string, number> = { positive: 0, neutral: 0, negative: 0 };
  for (const d of days) bySentiment[d.sentiment] = (bySentiment[d.sentiment] ?? 0) + d.n;
  return { frequency, firstDay, lastDay, totals, bySentiment, stories: stories.map(({ title, items, negative }) => ({ title, items, negative })), sources, terms, verdicts };
}

const vn = (n: number) => n.toLocaleString('vi-VN');
const periodText = (c: DigestContent) => (c.firstDay === c.lastDay ? `ngày ${formatDateVi(c.firstDay, 'short')}` : `từ ngày ${formatDateVi(c.firstDay, 'short')} đến ngày ${formatDateVi(c.lastDay, 'short')}`);
const title = (c: DigestContent) => `${c.frequency === 'daily' ? 'Bản tin dư luận hằng ngày' : 'Bản tin dư luận hằng tuần'} ${periodText(c)}`;

/** The digest's lines as plain text (the mail). */
export function digestText(c: DigestContent): string {
  const lines = [
    `${title(c)}`,
    '',
    `Tin, bài thu thập: ${vn(c.totals.collected)}; liên quan: ${vn(c.totals.relevant)}; tiêu cực: ${vn(c.totals.negative)}.`,
    `Sắc thái tin liên quan: ${Object.entries(c.bySentiment).map(([k, n]) => `${(SENTIMENT_LABELS[k] ?? k).toLowerCase()} ${n}`).join(', ')}.`,
  ];
  if (c.stories.length) lines.push('', 'Sự việc được nói đến nhiều:', ...c.stories.map((s, i) => `${i + 1}. ${s.title} (${s.items} tin, ${s.negative} tiêu cực)`));
  if (c.sources.length) lines.push('', 'Nguồn đăng nhiều:', ...c.sources.map((s) => `- ${s.name}: ${s.items} tin (${s.negative} tiêu cực)`));
  if (c.terms.length) lines.push('', 'Từ khoá theo dõi xuất hiện nhiều:', ...c.terms.map((t) => `- ${t.term}: ${t.items} tin`));
  lines.push('', c.verdicts.length ? `Tin đã xem xét: ${c.verdicts.map((v) => `${(VERDICT_LABELS[v.verdict as Verdict] ?? 'khác').toLowerCase()} ${v.n}`).join('; ')}.` : 'Không có tin nào được xem xét trong kỳ.');
  return lines.join('\n');
}

/** The digest as a short NĐ 30 report (the office downloads it; the mail carries the text). */
export async function digestDocument(db: Executor, c: DigestContent): Promise<OfficialDocument> {
  const dir = await getDirectory(db);
  const today = addDays(c.lastDay, 1);
  const province = dir.snapshot.units.find((u) => u.type === 'ubnd_tinh' && u.validFrom <= today && (u.validTo === null || today < u.validTo));
  const table = (head: string[], rows: (string | number)[][], widths: number[]): Block => ({ type: 'table', columns: head.map((t, i) => ({ title: t, widthPct: widths[i]!, align: i === 0 ? 'left' : 'center' })), rows });
  const body: Block[] = [
    { type: 'heading', level: 1, text: 'I. TÌNH HÌNH CHUNG' },
    { type: 'paragraph', text: `Trong kỳ (${periodText(c)}), hệ thống thu thập ${vn(c.totals.collected)} tin, bài; ${vn(c.totals.relevant)} tin, bài liên quan đến tỉnh và các chính sách của tỉnh, trong đó ${vn(c.totals.negative)} tin mang sắc thái tiêu cực.` },
    table(['Sắc thái', 'Số tin'], Object.entries(c.bySentiment).map(([k, n]) => [SENTIMENT_LABELS[k] ?? k, n]), [70, 30]),
    { type: 'heading', level: 1, text: 'II. SỰ VIỆC, NGUỒN VÀ TỪ KHOÁ NỔI BẬT' },
    c.stories.length ? table(['Sự việc', 'Số tin', 'Tiêu cực'], c.stories.map((s) => [s.title, s.items, s.negative]), [64, 18, 18]) : { type: 'paragraph', text: 'Không có sự việc nổi bật.', italic: true },
    c.sources.length ? table(['Nguồn', 'Số tin', 'Tiêu cực'], c.sources.map((s) => [s.name, s.items, s.negative]), [64, 18, 18]) : { type: 'paragraph', text: 'Không có nguồn nào đăng tin liên quan.', italic: true },
    c.terms.length ? table(['Từ khoá theo dõi', 'Số tin', 'Tiêu cực'], c.terms.map((t) => [t.term, t.items, t.negative]), [64, 18, 18]) : { type: 'paragraph', text: 'Không có từ khoá theo dõi nào xuất hiện.', italic: true },
    { type: 'heading', level: 1, text: 'III. XEM XÉT THÔNG TIN' },
    c.verdicts.length ? table(['Kết luận', 'Số tin'], c.verdicts.map((v) => [VERDICT_LABELS[v.verdict as Verdict] ?? 'Khác', v.n]), [70, 30]) : { type: 'paragraph', text: 'Không có tin nào được xem xét trong kỳ.', italic: true },
  ];
  return {
    issuer: province ? issuerOf(dir, province, today) : { parentName: null, name: 'BỘ PHẬN THEO DÕI DƯ LUẬN' },
    number: null,
    numberSuffix: '/BT',
    place: province?.place ?? '',
    date: today,
    kind: 'BẢN TIN',
    subject: `Tình hình dư luận trên báo chí, mạng xã hội ${periodText(c)}`,
    body,
    recipients: ['Lãnh đạo (để báo cáo)', 'Lưu: VT'],
    signer: null,
  };
}

/**
 * Makes the digest of the period ending today once (unique per frequency and period): the DOCX kept in the file
 * store and the text mailed through the outbox to each subscriber with an address. A second run sends nothing.
 */
export async function sendMonitoringDigest(db: DB, frequency: DigestFrequency, now = new Date()): Promise<{ made: number; mails: number }> {
  const today = todayVn(now);
  const c = await digestContent(db, frequency, today);
  const { period } = digestPeriod(frequency, today);
  const exists = await db.select({ id: monitoringDigests.id }).from(monitoringDigests).where(sql`${monitoringDigests.frequency} = ${frequency} and ${monitoringDigests.periodStart} = ${period.from}::timestamptz`);
  if (exists.length) return { made: 0, mails: 0 };
  const tmp = tempFilePath();
  fs.writeFileSync(tmp, await renderOfficialDocx(await digestDocument(db, c)));
  const file = await storeWrittenFile(tmp, 'docx');
  const subscribers = await db
    .select({ email: accountTables.users.email })
    .from(monitoringDigestSubscriptions)
    .innerJoin(accountTables.users, eq(accountTables.users.id, monitoringDigestSubscriptions.userId))
    .where(sql`${monitoringDigestSubscriptions.frequency} = ${frequency} and ${accountTables.users.isDisabled} = false and ${accountTables.users.email} is not null`);
  const text = digestText(c);
  const mails: MailMessage[] = subscribers.map((s) => ({ to: s.email!, purpose: `monitoring.digest.${frequency}`, subject: `[Đồng Thuận] ${title(c)}`, text: `${text}\n\nBản tin đầy đủ (DOCX) tải tại trang Theo dõi dư luận > Tổng quan.\n` }));
  const id = randomUUID();
  const made = await db.transaction(async (tx) => {
    const inserted = await tx.insert(monitoringDigests).values({ id, frequency, periodStart: period.from, periodEnd: period.to, docxFileId: id, mails: mails.length }).onConflictDoNothing().returning({ id: monitoringDigests.id });
    if (inserted.length === 0) return false;
    await tx.execute(sql`insert into stored_files (id, owner_type, owner_id, file_name, mime_type, size, sha256, storage_key)
      values (${id}, 'monitoring_digest', ${id}, ${`ban-tin-du-luan-${frequency === 'daily' ? 'ngay' : 'tuan'}-${c.lastDay}.docx`}, ${file.mimeType}, ${file.size}, ${file.sha256}, ${file.storageKey})`);
    await enqueueMails(tx, mails);
    return true;
  });
  return made ? { made: 1, mails: mails.length } : { made: 0, mails: 0 };
}

/** Subscribes or unsubscribes a person to a digest. */
export async function setDigestSubscription(db: Executor, userId: string, frequency: DigestFrequency, on: boolean): Promise<void> {
  if (on) await db.insert(monitoringDigestSubscriptions).values({ userId, frequency }).onConflictDoNothing();
  else await db.delete(monitoringDigestSubscriptions).where(sql`${monitoringDigestSubscriptions.userId} = ${userId} and ${monitoringDigestSubscriptions.frequency} = ${frequency}`);
}

export async function subscriptionsOf(db: Executor, userId: string): Promise<DigestFrequency[]> {
  const rows = await db.select({ f: monitoringDigestSubscriptions.frequency }).from(monitoringDigestSubscriptions).where(eq(monitoringDigestSubscriptions.userId, userId));
  return rows.map((r) => r.f as DigestFrequency);
}

