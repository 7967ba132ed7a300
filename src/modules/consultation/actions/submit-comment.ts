import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { ANONYMOUS } from '../../../platform/auth';
import { now as clockNow } from '../../../platform/clock';
import { recordAudit } from '../../../platform/audit';
import type { DB } from '../../../platform/db';
import { AppError, notFound } from '../../../platform/errors';
import { safeFileName, storedFiles, storeFile, type StoredFile } from '../../../platform/files';
import { enqueueMail } from '../../../platform/mail';
import { cleanText, todayVn } from '../../../platform/text';
import { findDraft, findVersion, type DraftDocument } from '../../policies';
import { countRecentByClient, countRecentByIdentity, findCommentByIdempotency, findRound, insertComment, type CommentRow } from '../repo';

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

const PER_ADDRESS_10_MIN = 10;
const PER_IDENTITY_DAY = 20;
const MAX_FILES = 3;
const MAX_FILE_BYTES = 5 * 1024 * 1024;
// Crockford base32 without look-alikes: a receipt code is read aloud on the phone.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function receiptCode(): string {
  const bytes = randomBytes(8);
  return `GY-${Array.from(bytes, (b) => ALPHABET[b % 32]).join('')}`;
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/** Field errors in Vietnamese; the form is shown again with them and with everything typed. */
function invalid(path: string, message: string): AppError {
  return new AppError('validation', message, { errors: [{ path, message }] });
}

/**
 * Takes a public comment: checks the round is open and the article exists, consent, contact, rate limits; the
 * comment, its receipt code, its attachments, the verification mail (outbox) and the audit entry are written in
 * one transaction before the receipt is shown. Sending the same form twice returns the first comment.
 */
export async function submitComment(ctx: SubmitContext, input: CommentInput): Promise<{ comment: CommentRow; isNew: boolean }> {
  const round = await findRound(ctx.db, input.roundId);
  if (!round) throw notFound('đợt lấy ý kiến');
  const existing = await findCommentByIdempotency(ctx.db, round.id, input.idempotencyKey);
  if (existing) return { comment: existing, isNew: false };
  const today = todayVn(ctx.now);
  if (today < round.opensOn) throw new AppError('conflict', 'Đợt lấy ý kiến này chưa bắt đầu.');
  if (today > round.closesOn || round.closedEarlyAt) throw new AppError('conflict', 'Đợt lấy ý kiến này đã kết thúc; không thể gửi thêm ý kiến.');
  const version = await findVersion(ctx.db, round.versionId);
  const structure = version?.structure as DraftDocument | undefined;
  if (input.articleAnchor && !structure?.articles.some((a: { anchor: string }) => a.anchor === input.articleAnchor)) throw invalid('articleAnchor', 'Điều được góp ý không có trong dự thảo.');
  if (!(COMMENTER_TYPES as readonly string[]).includes(input.commenterType)) throw invalid('commenterType', 'Chọn đối tượng góp ý.');
  if (!(STANCES as readonly string[]).includes(input.stance)) throw invalid('stance', 'Chọn ý kiến: đồng ý, không đồng ý hoặc đề xuất sửa đổi.');
  const name = cleanText(input.name);
  if (!name) throw invalid('name', 'Vui lòng nhập họ tên hoặc tên tổ chức.');
  if (name.length > 200) throw invalid('name', 'Họ tên quá dài (tối đa 200 ký tự).');
  const body = cleanText(input.body);
  if (!body) throw invalid('body', 'Vui lòng nhập nội dung góp ý.');
  if (body.length > 10_000) throw invalid('body', 'Nội dung góp ý quá dài (tối đa 10.000 ký tự).');
  const email = input.email?.trim().toLowerCase() || null;
  const phone = input.phone?.replace(/[\s.()-]/g, '') || null;
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw invalid('email', 'Địa chỉ email không hợp lệ.');
  if (phone && !/^\+?\d{9,12}$/.test(phone)) throw invalid('phone', 'Số điện thoại không hợp lệ.');
  if (!email && !phone) throw invalid('email', 'Vui lòng nhập email hoặc số điện thoại để cơ quan soạn thảo có thể liên hệ (không công khai).');
  if (!input.consent.processing) throw invalid('consent', 'Bạn cần đồng ý cho cơ quan soạn thảo xử lý dữ liệu cá nhân để tiếp nhận góp ý.');
  const attachments = input.attachments ?? [];
  if (attachments.length > MAX_FILES) throw invalid('attachments', `Tối đa ${MAX_FILES} tệp đính kèm.`);

  const addressKey = `ip:${sha(ctx.clientIp).slice(0, 32)}`;
  const now = ctx.now ?? clockNow();
  if ((await countRecentByClient(ctx.db, [addressKey], new Date(now.getTime() - 10 * 60_000).toISOString())) >= PER_ADDRESS_10_MIN) {
    throw new AppError('too-many', 'Bạn đã gửi nhiều ý kiến trong thời gian ngắn. Vui lòng thử lại sau 10 phút.', { retryAfterSeconds: 600 });
  }
  if ((await countRecentByIdentity(ctx.db, email, phone, new Date(now.getTime() - 86_400_000).toISOString())) >= PER_IDENTITY_DAY) {
    throw new AppError('too-many', 'Email hoặc số điện thoại này đã gửi quá số ý kiến cho phép trong ngày. Vui lòng thử lại vào ngày mai.', { retryAfterSeconds: 3600 });
  }
  // files are checked and written before the transaction; an orphan file is harmless, a half comment is not
  const stored: (StoredFile & { fileName: string })[] = [];
  for (const f of attachments) stored.push({ ...(await storeFile(f.data, { allowed: ['pdf', 'docx', 'png', 'jpeg', 'gif', 'webp'], maxBytes: MAX_FILE_BYTES })), fileName: safeFileName(f.fileName) });

  const verifyToken = email ? randomBytes(24).toString('base64url') : null;
  const draft = await findDraft(ctx.db, round.draftId);
  const comment: CommentRow = {
    id: randomUUID(),
    roundId: round.id,
    receiptCode: receiptCode(),
    idempotencyKey: input.idempotencyKey,
    articleAnchor: input.articleAnchor,
    commenterType: input.commenterType,
    name,
    pseudonym: input.pseudonym ? cleanText(input.pseudonym).slice(0, 100) || null : null,
    email,
    phone,
    consent: { processing: true, contact: input.consent.contact, showName: input.consent.showName },
    stance: input.stance,
    body,
    publicBody: null,
    state: email ? 'pending_verification' : 'pending',
    withheldReason: null,
    verifyTokenHash: verifyToken ? sha(verifyToken) : null,
    emailVerifiedAt: null,
    clientKey: addressKey,
    reportsCount: 0,
    createdAt: now.toISOString(),
    publishedAt: null,
    moderatedBy: null,
  };
  try {
    await ctx.db.transaction(async (tx) => {
      await insertComment(tx, comment);
      for (const f of stored) {
        await tx.insert(storedFiles).values({ id: randomUUID(), ownerType: 'comment', ownerId: comment.id, fileName: f.fileName, mimeType: f.mimeType, size: f.size, sha256: f.sha256, storageKey: f.storageKey });
      }
      if (email && verifyToken) {
        await enqueueMail(tx, {
          to: email,
          purpose: 'comment.verify',
          subject: `[Đồng Thuận] Xác nhận góp ý ${comment.receiptCode}`,
          text: `Cảm ơn bạn đã góp ý dự thảo "${draft?.title ?? ''}".\n\nMã biên nhận: ${comment.receiptCode}\n\nVui lòng mở liên kết sau để xác nhận địa chỉ email (ý kiến chỉ được xem xét công bố sau khi xác nhận):\n${ctx.publicUrl}/gop-y/xac-nhan?ma=${verifyToken}\n\nTheo dõi ý kiến: ${ctx.publicUrl}/gop-y/tra-cuu?ma=${comment.receiptCode}\n`,
        });
      }
      await recordAudit(tx, { actor: ANONYMOUS, action: 'comment.submit', subjectType: 'comment', subjectId: comment.id, after: { roundId: round.id, receiptCode: comment.receiptCode, articleAnchor: comment.articleAnchor, stance: comment.stance, commenterType: comment.commenterType, attachments: stored.length } });
    });
  } catch (e) {
    // the same form sent twice at the same moment: the unique index keeps one, and both get its receipt
    const again = await findCommentByIdempotency(ctx.db, round.id, input.idempotencyKey);
    if (again) return { comment: again, isNew: false };
    throw e;
  }
  return { comment, isNew: true };
}
