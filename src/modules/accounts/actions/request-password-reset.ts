import { randomUUID } from 'node:crypto';
import { recordAudit } from '../../../platform/audit';
import type { DB } from '../../../platform/db';
import { AppError } from '../../../platform/errors';
import { enqueueMail } from '../../../platform/mail';
import { findUserByEmail, findUserByUsername, countRecentResetMails, countRecentResetRequests, insertResetRequest, insertResetToken } from '../repo';
import { expiryFrom, newToken, tokenHashOf } from '../sessions';
import { addressKey } from './sign-in';

/** How long a link works. A security setting, not a legal period, so it is not in the rules table. */
export const RESET_LINK_MINUTES = 60;
/** Requests from one address per hour, whatever account they name. */
export const MAX_REQUESTS_PER_ADDRESS = 5;
/** Mails to one account per hour: more requests get the same answer and no mail (no mail bombing). */
export const MAX_MAILS_PER_ACCOUNT = 3;

/** The one answer, whether or not the account exists, has an email, or was mailed. */
export const NEUTRAL_ANSWER = 'Nếu thông tin bạn nhập khớp với một tài khoản có địa chỉ thư điện tử, chúng tôi đã gửi tới địa chỉ đó một liên kết để đặt lại mật khẩu. Liên kết dùng được một lần trong 60 phút. Nếu không nhận được thư, hãy liên hệ quản trị viên.';

export interface RequestPasswordResetOptions {
  db: DB;
  /** What the person typed: their user name or their email. */
  identifier: string;
  ip: string;
  publicUrl: string;
  requestId?: string | null;
}

/**
 * "Quên mật khẩu?": mails a single-use link to the account's email when the user name or email names an enabled
 * account with an email. The caller shows NEUTRAL_ANSWER in every case, so the form tells nobody which accounts
 * exist. Throttled per address (429, the same whatever was typed) and per account (silently).
 */
export async function requestPasswordReset(opts: RequestPasswordResetOptions): Promise<void> {
  const address = addressKey(opts.ip);
  if ((await countRecentResetRequests(opts.db, address, 60)) >= MAX_REQUESTS_PER_ADDRESS) {
    throw new AppError('too-many', 'Bạn đã yêu cầu đặt lại mật khẩu quá nhiều lần từ địa chỉ mạng này. Vui lòng thử lại sau 1 giờ.', { retryAfterSeconds: 3600 });
  }
  const identifier = opts.identifier.trim().slice(0, 200);
  const user = identifier.includes('@') ? await findUserByEmail(opts.db, identifier) : await findUserByUsername(opts.db, identifier);
  await opts.db.transaction(async (tx) => {
    await insertResetRequest(tx, { id: randomUUID(), ip: address });
    if (!user || user.isDisabled || !user.email) return;
    if ((await countRecentResetMails(tx, user.id, 60)) >= MAX_MAILS_PER_ACCOUNT) return;
    const token = newToken();
    await insertResetToken(tx, { tokenHash: tokenHashOf(token), userId: user.id, expiresAt: expiryFrom(new Date(), RESET_LINK_MINUTES / 60) });
    // the token travels in the fragment: browsers do not send it to the server, so it never reaches access logs
    const link = `${opts.publicUrl.replace(/\/+$/, '')}/office/reset-password#${token}`;
    await enqueueMail(tx, {
      to: user.email,
      subject: 'Đặt lại mật khẩu Đồng Thuận',
      purpose: 'password-reset',
      text: [
        `Kính gửi ${user.displayName},`,
        '',
        `Có người (có thể là bạn) đã yêu cầu đặt lại mật khẩu cho tài khoản "${user.username}" trên hệ thống Đồng Thuận.`,
        `Để đặt mật khẩu mới, hãy mở liên kết sau trong vòng ${RESET_LINK_MINUTES} phút (liên kết chỉ dùng được một lần):`,
        '',
        link,
        '',
        'Sau khi đặt mật khẩu mới, mọi phiên đăng nhập của tài khoản sẽ kết thúc.',
        'Nếu bạn không yêu cầu, hãy bỏ qua thư này: mật khẩu hiện tại vẫn giữ nguyên.',
        '',
        'Hệ thống Đồng Thuận',
      ].join('\n'),
    });
    await recordAudit(tx, {
      actor: { kind: 'anonymous' },
      action: 'user.password-reset-mailed',
      subjectType: 'user',
      subjectId: user.id,
      after: { ip: opts.ip },
      requestId: opts.requestId,
    });
  });
}
