import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { startZaloOaServer, type ZaloOaServer } from '../../../test/zalo-oa-server';
import { describeEachDriver } from '../../../test/db';
import { databaseZaloStore, zaloChannel, zaloText, type ChannelMessage, type ZaloTokenStore, type ZaloTokens } from '.';

const MESSAGE: ChannelMessage = { subject: 'Thông tin chính sách', text: 'Đề nghị các đầu mối chia sẻ.', link: 'http://cong.example.vn/chinh-sach/1', readUrl: 'http://cong.example.vn/xac-nhan/abc' };

/** Tokens in memory, refreshed under no lock (one sender in these tests). */
function memoryStore(initial: ZaloTokens): ZaloTokenStore & { tokens: ZaloTokens } {
  const store = {
    tokens: { ...initial },
    load: async () => ({ ...store.tokens }),
    refresh: async (stale: string | null, exchange: (r: string) => Promise<ZaloTokens & { expiresInSeconds: number | null }>) => {
      if (store.tokens.accessToken && store.tokens.accessToken !== stale) return store.tokens.accessToken;
      const next = await exchange(store.tokens.refreshToken!);
      store.tokens = { accessToken: next.accessToken, refreshToken: next.refreshToken };
      return next.accessToken!;
    },
  };
  return store;
}

describe('the Zalo OA channel, against the local Zalo server', () => {
  let zalo: ZaloOaServer;
  beforeAll(async () => {
    zalo = await startZaloOaServer({ followers: ['1001', '1002'] });
  });
  afterAll(() => zalo.close());
  afterEach(() => zalo.clearCalls());

  const adapter = (store: ZaloTokenStore) => zaloChannel({ apiBase: zalo.url, oauthBase: zalo.url, appId: zalo.appId, secretKey: zalo.secretKey, store });

  it('sends the documented body with the access_token header and returns the message id', async () => {
    const store = memoryStore({ accessToken: zalo.issueAccessToken(), refreshToken: zalo.refreshToken() });
    const r = await adapter(store).send(MESSAGE, { address: '1001' }, { timeoutMs: 2000 });
    expect(r).toEqual({ ok: true, providerId: expect.stringMatching(/^msg\d+$/) });
    const [call] = zalo.calls();
    expect(call).toMatchObject({ path: '/v3.0/oa/message/cs', token: store.tokens.accessToken, body: { recipient: { user_id: '1001' }, message: { text: zaloText(MESSAGE) } } });
    expect(zaloText(MESSAGE)).toContain('Xác nhận đã đọc: http://cong.example.vn/xac-nhan/abc');
  });

  it('refreshes an expired access token with the refresh token (spent and replaced) and sends once more', async () => {
    const oldRefresh = zalo.refreshToken();
    const store = memoryStore({ accessToken: zalo.issueAccessToken(), refreshToken: oldRefresh });
    zalo.expireAccessTokens();
    const r = await adapter(store).send(MESSAGE, { address: '1002' }, { timeoutMs: 2000 });
    expect(r.ok).toBe(true);
    expect(zalo.calls().map((c) => c.path)).toEqual(['/v3.0/oa/message/cs', '/v4/oa/access_token', '/v3.0/oa/message/cs']);
    expect(zalo.calls()[1]).toMatchObject({ token: zalo.secretKey, body: { refresh_token: oldRefresh, app_id: zalo.appId, grant_type: 'refresh_token' } });
    expect(store.tokens.refreshToken).toBe(zalo.refreshToken());
    expect(store.tokens.refreshToken).not.toBe(oldRefresh);
  });

  it('does not retry a user who does not follow the OA, and says why', async () => {
    const store = memoryStore({ accessToken: zalo.issueAccessToken(), refreshToken: zalo.refreshToken() });
    expect(await adapter(store).send(MESSAGE, { address: '9999' }, { timeoutMs: 2000 })).toEqual({ ok: false, retryable: false, reason: 'Người nhận chưa quan tâm (follow) Zalo OA của tỉnh.' });
  });

  it('retries later on a rate limit, a 5xx and a timeout', async () => {
    const store = memoryStore({ accessToken: zalo.issueAccessToken(), refreshToken: zalo.refreshToken() });
    zalo.failNext({ kind: 'error', code: -32 });
    expect(await adapter(store).send(MESSAGE, { address: '1001' }, { timeoutMs: 2000 })).toMatchObject({ ok: false, retryable: true, reason: expect.stringMatching(/vượt giới hạn/) });
    zalo.failNext({ kind: '5xx' });
    expect(await adapter(store).send(MESSAGE, { address: '1001' }, { timeoutMs: 2000 })).toMatchObject({ ok: false, retryable: true, reason: 'Máy chủ Zalo trả lời mã 502.' });
    zalo.failNext({ kind: 'timeout', ms: 1500 });
    expect(await adapter(store).send(MESSAGE, { address: '1001' }, { timeoutMs: 300 })).toMatchObject({ ok: false, retryable: true, reason: expect.stringMatching(/Không nhận được trả lời trong 0,3 giây/) });
  });

  it('stops at a refused refresh token (needs the app to be authorised again), without retrying', async () => {
    const store = memoryStore({ accessToken: null, refreshToken: 'rt_da-dung-roi' });
    expect(await adapter(store).send(MESSAGE, { address: '1001' }, { timeoutMs: 2000 })).toMatchObject({ ok: false, retryable: false, reason: expect.stringMatching(/cấp quyền lại/) });
  });
});

describeEachDriver('the Zalo OA tokens in the database', (getDb) => {
  let zalo: ZaloOaServer;
  beforeAll(async () => {
    zalo = await startZaloOaServer();
  });
  afterAll(() => zalo.close());

  it('starts from the configured refresh token once, then keeps the rotated one (never the seed again)', async () => {
    const seed = zalo.refreshToken();
    const store = databaseZaloStore(getDb().db, seed);
    const adapter = zaloChannel({ apiBase: zalo.url, oauthBase: zalo.url, appId: zalo.appId, secretKey: zalo.secretKey, store });
    expect((await adapter.send(MESSAGE, { address: '42' }, { timeoutMs: 2000 })).ok).toBe(true);
    const row = ((await getDb().db.execute(sql`select access_token, refresh_token, access_expires_at from channel_credentials where channel = 'zalo'`)) as { rows: { access_token: string; refresh_token: string; access_expires_at: string | null }[] }).rows[0]!;
    expect(row.refresh_token).toBe(zalo.refreshToken());
    expect(row.refresh_token).not.toBe(seed);
    expect(row.access_expires_at).not.toBeNull();
    zalo.expireAccessTokens();
    // a second store built from the same (now spent) seed reads the database's token, so the refresh still works
    const again = zaloChannel({ apiBase: zalo.url, oauthBase: zalo.url, appId: zalo.appId, secretKey: zalo.secretKey, store: databaseZaloStore(getDb().db, seed) });
    expect((await again.send(MESSAGE, { address: '42' }, { timeoutMs: 2000 })).ok).toBe(true);
    expect(zalo.calls().filter((c) => c.path === '/v4/oa/access_token').map((c) => (c.body as { refresh_token: string }).refresh_token)).toEqual([seed, row.refresh_token]);
  });
});
