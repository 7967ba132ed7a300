/** The ways a broadcast reaches people; labels are what the office shows. */
export const CHANNEL_IDS = ['email', 'zalo', 'webhook'] as const;
export type ChannelId = (typeof CHANNEL_IDS)[number];

export const CHANNEL_LABELS: Record<ChannelId, string> = {
  email: 'Thư điện tử',
  zalo: 'Zalo OA',
  webhook: 'Webhook (hệ thống khác)',
};

/** What a channel sends: plain text, a public link and the recipient's own read-confirmation link. */
export interface ChannelMessage {
  subject: string;
  text: string;
  link: string | null;
  readUrl: string | null;
  /** The JSON a webhook posts (no personal data); other channels ignore it. */
  payload?: Record<string, unknown>;
}

/** Where it goes: an email address, a Zalo OA follower's user id, or a webhook URL with its signing secret. */
export interface ChannelRecipient {
  address: string;
  secret?: string;
}

/** The outcome of one attempt; `reason` is in Vietnamese, for the delivery log, with no personal data. */
export type SendResult = { ok: true; providerId: string | null } | { ok: false; retryable: boolean; reason: string };

export interface SendOptions {
  /** The time budget of the attempt; past it the attempt is a retryable failure. */
  timeoutMs: number;
}

/** One channel behind the common interface (email through the outbox, a generic webhook, the Zalo Official Account). */
export interface ChannelAdapter {
  id: ChannelId;
  send(message: ChannelMessage, recipient: ChannelRecipient, options: SendOptions): Promise<SendResult>;
}

/** The reason when a request did not answer within its budget. */
export const timeoutReason = (ms: number) => `Không nhận được trả lời trong ${(ms / 1000).toLocaleString('vi-VN')} giây.`;

export const isTimeout = (e: unknown) => e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError');

/** A refusal that is not a network error, with whether waiting could help (a channel without credentials cannot). */
export class ChannelRefused extends Error {
  constructor(message: string, readonly retryable: boolean) {
    super(message);
  }
}
