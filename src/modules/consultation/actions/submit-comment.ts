import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { now as clockNow } from '../../../platform/clock';
import { driverOf, runsInOwnThread, type DB } from '../../../platform/db';
import { AppError, notFound } from '../../../platform/errors';
import { safeFileName, storeFile, type StoredFile } from '../../../platform/files';
import { cleanText, phoneDigits, phoneProblem, todayVn } from '../../../platform/text';
import { redactPersonalData } from '../redact';
import { TtlCache } from '../../../platform/ttl-cache';
import { findDraft, findVersion, type DraftDocument } from '../../policies';
import { IntakeBatcher, newReceiptCode } from '../intake';
import { findRound, type CommentRow, type RoundRow } from '../repo';

export const COMMENTER_TYPES = ['citizen', 'business', 'organisation', 'agency'] as const;
export const STANCES = ['agree', 'disagree', 'propose'] as const;

export interface CommentInput {
  roundId: string;
  articleAnchor: string | null;
  commenterType: string;
  name: string;
  pseudonym?: string | null;
  email?: string | null;
  phone?: string | null;
  consent: { processing: boolean; contact: boolean; showName: boolean };
  stance: string;
  body: string;
  idempotencyKey: string;
  attachments?: { data: Uint8Array; fileName: string }[];
}

export interface SubmitContext {
  db: DB;
  clientIp: string;
  publicUrl: string;
  now?: Date;
}

const LIMITS = { perAddress: { max: 10, windowMs: 10 * 60_000 }, perIdentity: { max: 20, windowMs: 86_400_000 } };
const MAX_FILES = 3;
const MAX_FILE_BYTES = 5 * 1024 * 1024;
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

// Versions never change once uploaded, so their article anchors are cached for good; a round (whose dates could
// be corrected) is re-read after two seconds, by one request while the others use the value it replaces.
const anchorsByVersion = new Map<string, Set<string>>();
const roundCaches = new WeakMap<DB, TtlCache<string, { round: RoundRow; draftTitle: string } | null>>();
const batchers = new WeakMap<DB, IntakeBatcher>();

function roundCacheOf(db: DB): TtlCache<string, { round: RoundRow; draftTitle: string } | null> {
  let cache = roundCaches.get(db);
  if (!cache)
    roundCaches.set(
      db,
      (cache = new TtlCache(2000, async (roundId) => {
        const round = await findRound(db, roundId);
        return round ? { round, draftTitle: (await findDraft(db, round.draftId))?.title ?? '' } : null;
      })),
    );
  return cache;
}

async function roundInfo(db: DB, roundId: string): Promise<{ round: RoundRow; draftTitle: string; anchors: Set<string> } | null> {
  const hit = await roundCacheOf(db).get(roundId);
  if (!hit) return null;
  let anchors = anchorsByVersion.get(hit.round.versionId);
  if (!anchors) {
    const version = await findVersion(db, hit.round.versionId);
    anchors = new Set(((version?.structure as DraftDocument | undefined)?.articles ?? []).map((a) => a.anchor));
    anchorsByVersion.set(hit.round.versionId, anchors);
  }
  return { round: hit.round, draftTitle: hit.draftTitle, anchors };
}

/** Drops the cached round after it changed (e.g. closed), so intake sees it at once in this process. */
export function forgetRound(db: DB, roundId: string): void {
  roundCaches.get(db)?.delete(roundId);
}

/**
 * Takes a public comment: checks the round is open and the article exists, consent and contact; then the comment,
 * its receipt code, attachments, verification mail (outbox) and audit entry are committed (grouped with the
 * comments arriving at the same moment) before the receipt is returned. Rate limits are per address and per
 * email/phone. Sending the same form twice returns the first comment.
 */
export async function submitComment(ctx: SubmitContext, input: CommentInput): Promise<{ comment: CommentRow; isNew: boolean }> {
  const info = await roundInfo(ctx.db, input.roundId);
  if (!info) throw notFound('đợt lấy ý kiến');
  const { round } = info;
  const now = ctx.now ?? clockNow();
  const today = todayVn(now);
  if (today < round.opensOn) throw new AppError('conflict', 'Đợt lấy ý kiến này chưa bắt đầu.');
  if (today > round.closesOn || round.closedEarlyAt) throw new AppError('conflict', 'Đợt lấy ý kiến này đã kết thúc; không thể gửi thêm ý kiến.');
  // every field is checked, and every problem is reported at once (the form shows them all)
  const errors: { path: string; message: string }[] = [];
  const fail = (path: string, message: string) => errors.push({ path, message });
  if (input.articleAnchor && !info.anchors.has(input.articleAnchor)) fail('articleAnchor', 'Điều được góp ý không có trong dự thảo.');
  if (!(COMMENTER_TYPES as readonly string[]).includes(input.commenterType)) fail('commenterType', 'Chọn đối tượng góp ý.');
  const name = cleanText(input.name);
  if (!name) fail('name', 'Vui lòng nhập họ tên hoặc tên tổ chức.');
  else if (name.length > 200) fail('name', 'Họ tên quá dài (tối đa 200 ký tự).');
  const email = input.email?.trim().toLowerCase() || null;
  const phone = input.phone ? phoneDigits(input.phone) || null : null;
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) fail('email', 'Địa chỉ email không hợp lệ.');
  // a digit missing and the officer who must call to confirm a phone-only comment never reaches its author
  if (phone && phoneProblem(phone)) fail('phone', phoneProblem(phone)!);
  if (!email && !phone) fail('email', 'Vui lòng nhập email hoặc số điện thoại để cơ quan soạn thảo có thể liên hệ (không công khai).');
  if (!(STANCES as readonly string[]).includes(input.stance)) fail('stance', 'Chọn ý kiến: đồng ý, không đồng ý hoặc đề xuất sửa đổi.');
  // the display name is published as typed: it may not carry what the comment's text would have hidden
  const pseudonym = input.pseudonym ? cleanText(input.pseudonym).slice(0, 100) : '';
  if (pseudonym && redactPersonalData(pseudonym) !== pseudonym) fail('pseudonym', 'Tên hiển thị công khai không được chứa số điện thoại, email hay số giấy tờ tùy thân: tên này được đăng công khai.');
  const body = cleanText(input.body);
  if (!body) fail('body', 'Vui lòng nhập nội dung góp ý.');
  else if (body.length > 10_000) fail('body', 'Nội dung góp ý quá dài (tối đa 10.000 ký tự).');
  if ((input.attachments ?? []).length > MAX_FILES) fail('attachments', `Tối đa ${MAX_FILES} tệp đính kèm.`);
  if (!input.consent.processing) fail('consent', 'Bạn cần đồng ý cho cơ quan soạn thảo xử lý dữ liệu cá nhân để tiếp nhận góp ý.');
  if (errors.length) throw new AppError('validation', errors.length === 1 ? errors[0]!.message : `Có ${errors.length} mục cần sửa.`, { errors });
  const attachments = input.attachments ?? [];
  // files are checked and written before the comment; an orphan file is harmless, a half comment is not
  const files: (StoredFile & { fileName: string })[] = [];
  for (const f of attachments) files.push({ ...(await storeFile(f.data, { allowed: ['pdf', 'docx', 'png', 'jpeg', 'gif', 'webp'], maxBytes: MAX_FILE_BYTES })), fileName: safeFileName(f.fileName) });

  const verifyToken = email ? randomBytes(24).toString('base64url') : null;
  const row: CommentRow = {
    id: randomUUID(),
    roundId: round.id,
    receiptCode: newReceiptCode(),
    idempotencyKey: input.idempotencyKey,
    articleAnchor: input.articleAnchor,
    commenterType: input.commenterType,
    name,
    pseudonym: pseudonym || null,
    email,
    phone,
    consent: { processing: true, contact: input.consent.contact, showName: input.consent.showName },
    stance: input.stance,
    body,
    publicBody: null,
    // one rule for everyone: no comment counts before its commenter is confirmed (email link, or an officer)
    state: 'pending_verification',
    withheldReason: null,
    verifyTokenHash: verifyToken ? sha(verifyToken) : null,
    emailVerifiedAt: null,
    confirmedAt: null,
    confirmedVia: null,
    confirmedBy: null,
    confirmationReason: null,
    verifyResends: 0,
    verifyResentAt: null,
    clientKey: `ip:${sha(ctx.clientIp).slice(0, 32)}`,
    reportsCount: 0,
    createdAt: now.toISOString(),
    publishedAt: null,
    moderatedBy: null,
  };
  const mail =
    email && verifyToken
      ? (code: string) => ({
          to: email,
          purpose: 'comment.verify' as const,
          subject: `[Đồng Thuận] Xác nhận góp ý ${code}`,
          text: `Cảm ơn bạn đã góp ý dự thảo "${info.draftTitle}".\n\nMã biên nhận: ${code}\n\nVui lòng mở liên kết sau để xác nhận địa chỉ email (ý kiến chỉ được xem xét công bố sau khi xác nhận):\n${ctx.publicUrl}/gop-y/xac-nhan?ma=${verifyToken}\n\nTheo dõi ý kiến: ${ctx.publicUrl}/gop-y/tra-cuu?ma=${code}\n`,
        })
      : null;
  let batcher = batchers.get(ctx.db);
  if (!batcher) batchers.set(ctx.db, (batcher = new IntakeBatcher(ctx.db, LIMITS, { parallel: driverOf(ctx.db) === 'postgres' || runsInOwnThread(ctx.db) ? 2 : 1 })));
  return batcher.submit({ row, files, mail, identity: { email, phone } });
}

/**
 * Waits until this process's comment intake on `db` has answered what it holds and chained its audit entries: the
 * server's close waits for it, so the database is closed only after (consultation routes' onClose).
 */
export async function settleIntake(db: DB): Promise<void> {
  await batchers.get(db)?.settle();
}
