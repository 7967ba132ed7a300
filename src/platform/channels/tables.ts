import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The rotating credentials of an external channel (the Zalo OA access and refresh tokens): Zalo issues a new refresh
 * token with every refresh and the old one stops working, so they live in the database, not in the environment.
 * Never logged, never sent to a page.
 */
export const channelCredentials = pgTable('channel_credentials', {
  channel: text('channel').primaryKey(),
  accessToken: text('access_token'),
  refreshToken: text('refresh_token'),
  accessExpiresAt: timestamp('access_expires_at', { withTimezone: true, mode: 'string' }),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});
