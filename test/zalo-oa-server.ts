/**
 * A local HTTP server that implements the two Zalo Official Account endpoints the platform uses, with their
 * documented shapes, so the Zalo channel is tested without Zalo:
 *
 * - `POST /v3.0/oa/message/cs` (header `access_token`, JSON `{ recipient: { user_id }, message: { text } }`) answers
 *   `{ error: 0, message: "Success", data: { message_id, user_id } }`, or `{ error: -216, message }` for an unknown
 *   or expired access token, or `{ error: -213, … }` for a user id that does not follow the OA;
 * - `POST /v4/oa/access_token` (header `secret_key`, form `refresh_token`, `app_id`, `grant_type=refresh_token`)
 *   answers `{ access_token, refresh_token, expires_in: "90000" }` and, like Zalo, spends the refresh token it got
 *   (a second use answers `{ error: -14014, … }`).
 *
 * It records every call (`GET /__calls`, `DELETE /__calls` clears them) and can be told to misbehave for the next
 * calls (`POST /__fail` with `{ "kind": "expire" | "timeout" | "5xx" | "error", "code"?: -32, "times"?: 1 }`).
 * Listens on 127.0.0.1. As a command: `npx tsx test/zalo-oa-server.ts --port 4650 [--app-id 1234567890]
 * [--secret-key …] [--refresh-token …] [--followers 111,222] [--trust-earlier-tokens]` prints its URL on the first
 * line and serves until killed; without --followers every user id is taken as a follower. `--trust-earlier-tokens`
 * (journeys) also accepts tokens an earlier instance issued, since the platform keeps the rotated ones in its
 * database across the journeys of one run.
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';

export interface ZaloCall {
  path: string;
  /** The `access_token` header (send) or the `secret_key` header (refresh). */
  token: string | null;
  body: unknown;
  at: string;
}

export type ZaloFailure = { kind: 'expire' } | { kind: 'timeout'; ms?: number } | { kind: '5xx' } | { kind: 'error'; code: number };

export interface ZaloOaServer {
  url: string;
  port: number;
  appId: string;
  secretKey: string;
  /** The refresh token the server accepts next (rotated by every refresh). */
  refreshToken(): string;
  /** Issues a valid access token directly (as the OA admin page would), for tests that start from one. */
  issueAccessToken(): string;
  /** Makes every access token issued so far invalid (the next send answers -216). */
  expireAccessTokens(): void;
  /** The next `times` send calls misbehave. */
  failNext(failure: ZaloFailure, times?: number): void;
  calls(): ZaloCall[];
  clearCalls(): void;
  close(): Promise<void>;
}

const token = (prefix: string) => `${prefix}_${randomBytes(18).toString('base64url')}`;

/** Starts the server; `followers` limits which user ids exist (all do when omitted). */
export async function startZaloOaServer(options: { port?: number; appId?: string; secretKey?: string; refreshToken?: string; followers?: string[]; trustEarlierTokens?: boolean } = {}): Promise<ZaloOaServer> {
  const appId = options.appId ?? '1234567890';
  const secretKey = options.secretKey ?? 'khoa-bi-mat-thu-nghiem';
  let currentRefresh = options.refreshToken ?? token('rt');
  const validAccess = new Set<string>();
  const spent = new Set<string>();
  const calls: ZaloCall[] = [];
  const failures: ZaloFailure[] = [];
  const followers = options.followers ? new Set(options.followers) : null;
  let messageSeq = 0;
  let expiredAll = false;

  const json = (res: http.ServerResponse, status: number, body: unknown) => res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
  const read = (req: http.IncomingMessage) =>
    new Promise<string>((resolve) => {
      let raw = '';
      req.setEncoding('utf8');
      req.on('data', (c: string) => (raw += c));
      req.on('end', () => resolve(raw));
    });

  const server = http.createServer((req, res) => {
    void (async () => {
      const path = (req.url ?? '/').split('?')[0]!;
      const raw = await read(req);
      if (path === '/__calls' && req.method === 'GET') return json(res, 200, calls);
      if (path === '/__calls' && req.method === 'DELETE') {
        calls.length = 0;
        return json(res, 200, { ok: true });
      }
      if (path === '/__fail' && req.method === 'POST') {
        const body = JSON.parse(raw || '{}') as ZaloFailure & { times?: number };
        for (let i = 0; i < (body.times ?? 1); i++) failures.push(body);
        return json(res, 200, { queued: failures.length });
      }
      if (path === '/v4/oa/access_token' && req.method === 'POST') {
        const form = new URLSearchParams(raw);
        calls.push({ path, token: (req.headers.secret_key as string | undefined) ?? null, body: Object.fromEntries(form), at: new Date().toISOString() });
        if (req.headers.secret_key !== secretKey || form.get('app_id') !== appId) return json(res, 200, { error: -14002, error_name: 'Invalid app', error_description: 'app_id or secret_key is wrong' });
        const given = form.get('refresh_token') ?? '';
        // a journey's server may be a new instance while the platform keeps the token an earlier one issued
        const isEarlier = options.trustEarlierTokens === true && given.startsWith('rt_') && !spent.has(given);
        if (form.get('grant_type') !== 'refresh_token' || (given !== currentRefresh && !isEarlier)) return json(res, 200, { error: -14014, error_name: 'Invalid refresh token', error_description: 'Refresh token is invalid or has been used' });
        const access = token('at');
        validAccess.add(access);
        spent.add(given);
        currentRefresh = token('rt');
        return json(res, 200, { access_token: access, refresh_token: currentRefresh, expires_in: '90000' });
      }
      if (path === '/v3.0/oa/message/cs' && req.method === 'POST') {
        const access = (req.headers.access_token as string | undefined) ?? null;
        let body: { recipient?: { user_id?: string }; message?: { text?: string } } = {};
        try {
          body = JSON.parse(raw) as typeof body;
        } catch {
          return json(res, 200, { error: -201, message: 'Parameters are invalid' });
        }
        calls.push({ path, token: access, body, at: new Date().toISOString() });
        const failure = failures.shift();
        if (failure?.kind === 'timeout') return void setTimeout(() => json(res, 200, { error: 0, message: 'Success (late)' }), failure.ms ?? 5000);
        if (failure?.kind === '5xx') return json(res, 502, { error: -1, message: 'Bad gateway' });
        if (failure?.kind === 'expire') {
          validAccess.clear();
          expiredAll = true;
        }
        if (failure?.kind === 'error') return json(res, 200, { error: failure.code, message: `Error ${failure.code}` });
        const isEarlierAccess = options.trustEarlierTokens === true && access !== null && access.startsWith('at_') && !expiredAll;
        if (!access || (!validAccess.has(access) && !isEarlierAccess)) return json(res, 200, { error: -216, message: 'Access token is invalid' });
        const userId = body.recipient?.user_id;
        if (!userId || typeof body.message?.text !== 'string' || body.message.text.length === 0) return json(res, 200, { error: -201, message: 'Parameters are invalid' });
        if (followers && !followers.has(userId)) return json(res, 200, { error: -213, message: 'User has not followed OA' });
        messageSeq++;
        return json(res, 200, { error: 0, message: 'Success', data: { message_id: `msg${String(messageSeq).padStart(6, '0')}`, user_id: userId } });
      }
      json(res, 404, { error: -404, message: 'Not found' });
    })();
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    appId,
    secretKey,
    refreshToken: () => currentRefresh,
    issueAccessToken: () => {
      const access = token('at');
      validAccess.add(access);
      return access;
    },
    expireAccessTokens: () => {
      validAccess.clear();
      expiredAll = true;
    },
    failNext: (failure, times = 1) => {
      for (let i = 0; i < times; i++) failures.push(failure);
    },
    calls: () => [...calls],
    clearCalls: () => void (calls.length = 0),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// Command line: `npx tsx test/zalo-oa-server.ts --port 4650 [--app-id …] [--secret-key …] [--refresh-token …] [--followers 1,2]`
if (process.argv[1] !== undefined && /zalo-oa-server\.[cm]?[tj]s$/.test(process.argv[1])) {
  const arg = (name: string): string | undefined => {
    const i = process.argv.indexOf(name);
    return i === -1 ? undefined : process.argv[i + 1];
  };
  startZaloOaServer({ port: Number(arg('--port') ?? 0), appId: arg('--app-id'), secretKey: arg('--secret-key'), refreshToken: arg('--refresh-token'), followers: arg('--followers')?.split(','), trustEarlierTokens: process.argv.includes('--trust-earlier-tokens') })
    .then((s) => {
      process.stdout.write(`${s.url}\n`);
      const stop = (): void => void s.close().then(() => process.exit(0));
      process.on('SIGTERM', stop);
      process.on('SIGINT', stop);
    })
    .catch((err: unknown) => {
      process.stderr.write(`zalo oa server: ${String(err)}\n`);
      process.exit(1);
    });
}
