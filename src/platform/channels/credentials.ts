import { eq, sql } from 'drizzle-orm';
import type { DB } from '../db';
import { channelCredentials } from './tables';
import { ChannelRefused } from './types';
import type { ZaloTokenStore } from './zalo';

/**
 * The Zalo OA tokens kept in `channel_credentials`. `seedRefreshToken` (ZALO_OA_REFRESH_TOKEN) is used only while the
 * database holds none: after the first refresh the database keeps the rotated token.
 */
export function databaseZaloStore(db: DB, seedRefreshToken: string | null): ZaloTokenStore {
  const channel = 'zalo';
  const read = async (tx: Pick<DB, 'select'>, lock: boolean) => {
    const q = tx.select({ accessToken: channelCredentials.accessToken, refreshToken: channelCredentials.refreshToken }).from(channelCredentials).where(eq(channelCredentials.channel, channel)).limit(1);
    return (await (lock ? q.for('update') : q))[0] ?? null;
  };
  return {
    async load() {
      const row = await read(db, false);
      return { accessToken: row?.accessToken ?? null, refreshToken: row?.refreshToken ?? seedRefreshToken };
    },
    async refresh(stale, exchange) {
      await db.insert(channelCredentials).values({ channel, refreshToken: seedRefreshToken }).onConflictDoNothing();
      return db.transaction(async (tx) => {
        const row = await read(tx, true);
        if (row?.accessToken && row.accessToken !== stale) return row.accessToken;
        const refreshToken = row?.refreshToken ?? seedRefreshToken;
        if (!refreshToken) throw new ChannelRefused('Chưa có mã làm mới (refresh token) của Zalo OA: cần cấp quyền cho ứng dụng (ZALO_OA_REFRESH_TOKEN).', false);
        const next = await exchange(refreshToken);
        const expires = next.expiresInSeconds ? sql`now() + make_interval(secs => ${next.expiresInSeconds}::double precision)` : null;
        await tx.update(channelCredentials).set({ accessToken: next.accessToken, refreshToken: next.refreshToken, accessExpiresAt: expires, updatedAt: sql`now()` }).where(eq(channelCredentials.channel, channel));
        return next.accessToken!;
      });
    },
  };
}
