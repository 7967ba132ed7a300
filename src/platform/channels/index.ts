/** Outgoing channels behind one interface (email through the outbox, a signed generic webhook, the Zalo Official Account). */
export { CHANNEL_IDS, CHANNEL_LABELS, ChannelRefused, type ChannelAdapter, type ChannelId, type ChannelMessage, type ChannelRecipient, type SendOptions, type SendResult } from './types';
export { emailChannel, mailText } from './email';
export { webhookChannel, signBody, SIGNATURE_HEADER, TIMESTAMP_HEADER } from './webhook';
export { zaloChannel, zaloText, type ZaloOptions, type ZaloTokenStore, type ZaloTokens } from './zalo';
export { databaseZaloStore } from './credentials';
export { outgoingAddressProblem } from './address';
export { CHANNEL_SETTINGS, channelsConfigFromEnv, type ChannelsConfig } from './config';
export { channelCredentials } from './tables';
