import { createHmac } from 'node:crypto';
import { outgoingAddressProblem } from './address';
import { isTimeout, timeoutReason, type ChannelAdapter } from './types';

/** The signature a receiver recomputes: HMAC-SHA256 of "<timestamp>.<body>" with the group's secret, in hex. */
export function signBody(secret: string, timestamp: string, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

export const SIGNATURE_HEADER = 'x-dongthuan-signature';
export const TIMESTAMP_HEADER = 'x-dongthuan-timestamp';

/**
 * A generic webhook: the message's JSON payload POSTed, signed (`x-dongthuan-signature: sha256=<hex>` over the
 * timestamp header and the body, so a replayed body with a new timestamp fails). 2xx is sent; 5xx, 408, 429 and
 * timeouts are retried; other 4xx are not (the receiver refused this body and will refuse it again).
 */
export function webhookChannel(opts: { allowPrivateHosts: boolean; clock?: () => Date }): ChannelAdapter {
  return {
    id: 'webhook',
    async send(message, recipient, { timeoutMs }) {
      const problem = await outgoingAddressProblem(recipient.address, opts.allowPrivateHosts);
      if (problem) return { ok: false, retryable: false, reason: problem };
      const body = JSON.stringify(message.payload ?? { subject: message.subject, text: message.text, link: message.link });
      const timestamp = String(Math.floor((opts.clock?.() ?? new Date()).getTime() / 1000));
      try {
        const res = await fetch(recipient.address, {
          method: 'POST',
          redirect: 'manual',
          headers: { 'content-type': 'application/json; charset=utf-8', 'user-agent': 'DongThuan-Network/1', [TIMESTAMP_HEADER]: timestamp, [SIGNATURE_HEADER]: `sha256=${signBody(recipient.secret ?? '', timestamp, body)}` },
          body,
          signal: AbortSignal.timeout(timeoutMs),
        });
        const text = await res.text().catch(() => '');
        if (res.status >= 200 && res.status < 300) return { ok: true, providerId: res.headers.get('x-request-id') ?? (text.length <= 100 && /^[\w.-]+$/.test(text) ? text : null) };
        const retryable = res.status >= 500 || res.status === 408 || res.status === 429;
        return { ok: false, retryable, reason: `Máy nhận trả lời mã ${res.status}.` };
      } catch (e) {
        return { ok: false, retryable: true, reason: isTimeout(e) ? timeoutReason(timeoutMs) : 'Không kết nối được tới máy nhận.' };
      }
    },
  };
}
