import { ChannelRefused, isTimeout, timeoutReason, type ChannelAdapter, type ChannelMessage } from './types';

/** The tokens the Zalo OA API needs; the refresh token is single-use and replaced by every refresh. */
export interface ZaloTokens {
  accessToken: string | null;
  refreshToken: string | null;
}

/**
 * Where the tokens live (the database in the platform): `refresh` runs `exchange` while holding the stored row, so two
 * senders never spend the same single-use refresh token; when another sender already refreshed (the stored access
 * token differs from `stale`), it returns that token without calling Zalo.
 */
export interface ZaloTokenStore {
  load(): Promise<ZaloTokens>;
  refresh(stale: string | null, exchange: (refreshToken: string) => Promise<ZaloTokens & { expiresInSeconds: number | null }>): Promise<string>;
}

export interface ZaloOptions {
  /** https://openapi.zalo.me (ZALO_OA_API_BASE) */
  apiBase: string;
  /** https://oauth.zaloapp.com (ZALO_OA_OAUTH_BASE) */
  oauthBase: string;
  appId: string;
  secretKey: string;
  store: ZaloTokenStore;
}

/**
 * Error codes of the Official Account API (developers.zalo.me, "Mã lỗi"; read through third-party SDKs and the
 * vendors' tables, [M]): an invalid or expired access token is refreshed once; a request-rate or quota limit is
 * retried later; anything else (unknown or not following user, bad parameters, no permission) would fail the
 * same way again and is not retried.
 */
const TOKEN_ERRORS = new Set([-216, -124, -14014]);
const RATE_ERRORS = new Set([-32, -211, -240]);
const USER_ERRORS: Record<number, string> = {
  [-213]: 'Người nhận chưa quan tâm (follow) Zalo OA của tỉnh.',
  [-230]: 'Người nhận chưa tương tác với Zalo OA trong 7 ngày qua, OA không được nhắn tin tư vấn.',
  [-201]: 'Zalo từ chối: tham số không hợp lệ (mã người nhận sai?).',
};

/** Zalo's message body: the subject, the text, the public link and the read link, within its 2,000 characters. */
export function zaloText(message: ChannelMessage): string {
  const tail = [message.link ? `Xem thêm: ${message.link}` : null, message.readUrl ? `Xác nhận đã đọc: ${message.readUrl}` : null].filter(Boolean).join('\n');
  const room = 2000 - tail.length - message.subject.length - 4;
  const body = message.text.length > room ? `${message.text.slice(0, Math.max(0, room - 1))}…` : message.text;
  return [message.subject, body, tail].filter(Boolean).join('\n\n');
}

type ZaloAnswer = { error?: number; message?: string; data?: { message_id?: string } };

/**
 * The Zalo Official Account channel: POST {apiBase}/v3.0/oa/message/cs with the `access_token` header and
 * `{ recipient: { user_id }, message: { text } }`; the answer is `{ error: 0, message, data: { message_id } }`. An
 * expired token is refreshed at {oauthBase}/v4/oa/access_token (form: refresh_token, app_id,
 * grant_type=refresh_token; header secret_key) and the message sent once more.
 */
export function zaloChannel(opts: ZaloOptions): ChannelAdapter {
  const api = opts.apiBase.replace(/\/+$/, '');
  const oauth = opts.oauthBase.replace(/\/+$/, '');

  async function exchange(refreshToken: string, timeoutMs: number) {
    const res = await fetch(`${oauth}/v4/oa/access_token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', secret_key: opts.secretKey },
      body: new URLSearchParams({ refresh_token: refreshToken, app_id: opts.appId, grant_type: 'refresh_token' }).toString(),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const json = (await res.json().catch(() => ({}))) as { access_token?: string; refresh_token?: string; expires_in?: string | number; error?: number };
    if (!res.ok || !json.access_token || !json.refresh_token) throw new ChannelRefused(res.status >= 500 ? 'Máy chủ cấp mã truy cập Zalo đang lỗi.' : 'Zalo từ chối làm mới mã truy cập (refresh token hết hạn hoặc sai): cần cấp quyền lại cho ứng dụng.', res.status >= 500);
    return { accessToken: json.access_token, refreshToken: json.refresh_token, expiresInSeconds: json.expires_in === undefined ? null : Number(json.expires_in) };
  }

  async function post(accessToken: string, userId: string, text: string, timeoutMs: number): Promise<ZaloAnswer & { status: number }> {
    const res = await fetch(`${api}/v3.0/oa/message/cs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', access_token: accessToken },
      body: JSON.stringify({ recipient: { user_id: userId }, message: { text } }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const json = (await res.json().catch(() => ({}))) as ZaloAnswer;
    return { ...json, status: res.status };
  }

  return {
    id: 'zalo',
    async send(message, recipient, { timeoutMs }) {
      const text = zaloText(message);
      try {
        let { accessToken } = await opts.store.load();
        if (!accessToken) accessToken = await opts.store.refresh(null, (r) => exchange(r, timeoutMs));
        let answer = await post(accessToken, recipient.address, text, timeoutMs);
        if (answer.error !== undefined && TOKEN_ERRORS.has(answer.error)) {
          accessToken = await opts.store.refresh(accessToken, (r) => exchange(r, timeoutMs));
          answer = await post(accessToken, recipient.address, text, timeoutMs);
        }
        if (answer.status >= 500) return { ok: false, retryable: true, reason: `Máy chủ Zalo trả lời mã ${answer.status}.` };
        if (answer.error === 0) return { ok: true, providerId: answer.data?.message_id ?? null };
        const code = answer.error ?? answer.status;
        if (answer.error !== undefined && RATE_ERRORS.has(answer.error)) return { ok: false, retryable: true, reason: `Zalo báo vượt giới hạn gửi (mã ${code}); sẽ gửi lại sau.` };
        if (answer.error !== undefined && TOKEN_ERRORS.has(answer.error)) return { ok: false, retryable: false, reason: `Mã truy cập Zalo vẫn bị từ chối sau khi làm mới (mã ${code}): cần cấp quyền lại cho ứng dụng.` };
        return { ok: false, retryable: false, reason: (answer.error !== undefined ? USER_ERRORS[answer.error] : undefined) ?? `Zalo từ chối tin nhắn (mã ${code}).` };
      } catch (e) {
        if (e instanceof ChannelRefused) return { ok: false, retryable: e.retryable, reason: e.message };
        return { ok: false, retryable: true, reason: isTimeout(e) ? timeoutReason(timeoutMs) : 'Không kết nối được tới máy chủ Zalo.' };
      }
    },
  };
}
