import { randomUUID } from 'node:crypto';
import Fastify, { LogController, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { isPlausibleDay } from './validation';
import cookie from '@fastify/cookie';
import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet, { type HelmetOptions } from 'helmet';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { ANONYMOUS, authorize, type Actor } from '../auth';
import type { DB } from '../db';
import { AppError, unauthenticated } from '../errors';
import { serializeError } from './error-serializer';
import { FORM_BODY_LIMIT, parseForm } from './form';
import { sendProblem, toAppError } from './problem';

/**
 * What a route requires: anyone, a signed-in user, or a named ability from a module's policy.ts. The ability is
 * checked before the body is read; a route that acts on one record also declares its `scope`, the rule its handler
 * applies to that record once loaded (and the permission matrix test holds it to):
 * - `'unit'`: the ability is checked on the record's unit (a draft's drafting unit, a task's unit), so the same role
 *   held in another unit is refused, unless the role reaches every unit (coordinators, administrators);
 * - `'own'`: only the person the record belongs to (a notification), whatever the role.
 */
export type Access = 'public' | 'session' | { ability: string; scope?: 'unit' | 'own' };

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
    /** Set when the request carried a valid session cookie; cookie-authenticated writes must echo it. */
    csrfToken: string | null;
    sessionTokenHash: string | null;
    /** Fields a handler adds to the request's one log line (e.g. the receipt of a comment); never personal data. */
    logNote: Record<string, string | number> | null;
  }
  interface FastifyInstance {
    db: DB;
    /** Every route with its declared access, for the permission test and the docs. */
    declaredRoutes: { method: string; url: string; access: Access }[];
  }
  interface FastifyContextConfig {
    access?: Access;
  }
}

export type App = FastifyInstance<
  import('node:http').Server,
  import('node:http').IncomingMessage,
  import('node:http').ServerResponse,
  import('fastify').FastifyBaseLogger,
  TypeBoxTypeProvider
>;

export interface SessionLookup {
  actor: Actor;
  csrfToken: string;
  tokenHash: string;
}

export interface HttpOptions {
  db: DB;
  logLevel: string;
  /** Finds the session behind a cookie value (null when unknown or expired). */
  lookupSession: (token: string, request: FastifyRequest) => Promise<SessionLookup | null>;
  /** Renders an HTML error page for non-API paths (the public portal). */
  renderHtmlError?: (status: number, title: string, request: ErrorPageRequest) => string;
  isProduction?: boolean;
  /** Peers trusted to give the client's address in X-Forwarded-For (Config.trustProxy). */
  trustProxy?: string;
  /**
   * Time allowed to receive a request's body once its headers arrived (default 120 s: a 20 MB upload over a slow
   * mobile link); then 408 and the connection is closed, so a body sent a byte at a time cannot hold a connection
   * open for ever. Headers have Node's own limit (headersTimeout, 60 s).
   */
  requestTimeoutMs?: number;
  /** Where the log goes (standard output when not given); tests pass a stream to read it. */
  logStream?: NodeJS.WritableStream;
}

/** What an error page reads of the request: its address (for the language link), query and cookies (the language). */
export interface ErrorPageRequest {
  url: string;
  query: unknown;
  cookies: { [name: string]: string | undefined };
}

export const SESSION_COOKIE = 'dt_session';
export const DEFAULT_REQUEST_TIMEOUT_MS = 120_000;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * Helmet's headers, worked out once. They are the same for every response (no CSP nonces), and building them per
 * request (as @fastify/helmet does) cost several per cent of a cheap request.
 */
function securityHeaders(options: HelmetOptions): [string, string][] {
  const headers = new Map<string, string>();
  const res = {
    setHeader: (name: string, value: unknown) => headers.set(name.toLowerCase(), String(value)),
    removeHeader: (name: string) => headers.delete(name.toLowerCase()),
  };
  helmet(options)({} as IncomingMessage, res as unknown as ServerResponse, () => undefined);
  return [...headers];
}

/**
 * One log line per request, written once it is answered, instead of Fastify's two (arrival and answer): at thousands of
 * comments a second the log is a cost of its own. The line gives the method, the path without its query string (a
 * confirmation link carries its token there), the status, the time and what the handler noted (`request.logNote`, a
 * comment's receipt); never the client's address, which is personal data.
 */
class OneLineLog extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    const url = request.url;
    const query = url.indexOf('?');
    const line = { method: request.method, path: query < 0 ? url : url.slice(0, query), status: reply.statusCode, ms: Math.round(reply.elapsedTime * 10) / 10, ...request.logNote };
    if (error) reply.log.error({ ...line, err: error }, 'request errored');
    else reply.log.info(line, 'request completed');
  }
}

/** True when a parsed body (JSON, form) holds a NUL character in a key or a string, however deeply nested. */
export function hasNulByte(body: unknown): boolean {
  // a walk with its own stack: a body nested 100,000 levels deep must not overflow the call stack
  const stack: unknown[] = [body];
  while (stack.length) {
    const value = stack.pop();
    if (typeof value === 'string') {
      if (value.includes('\0')) return true;
    } else if (value !== null && typeof value === 'object' && !Buffer.isBuffer(value)) {
      for (const [key, item] of Object.entries(value)) {
        if (key.includes('\0')) return true;
        stack.push(item);
      }
    }
  }
  return false;
}

// Query strings and path parameters arrive as text and are coerced ("limit=10" → 10); JSON bodies are not, so a
// wrong type in a body is refused instead of silently converted.
export function makeAjv(coerceTypes: boolean | 'array'): Ajv {
  // verbose: an error carries the value it refused, so an empty field is told "không được để trống", not its format
  const ajv = new Ajv({ allErrors: true, removeAdditional: false, useDefaults: true, coerceTypes, strict: false, verbose: true });
  addFormats.default(ajv);
  // a day of this platform's records: a real calendar day between 1900 and 2199 (9999-12-31 broke date arithmetic)
  ajv.addFormat('date', { type: 'string', validate: isPlausibleDay });
  return ajv;
}

/** Builds the Fastify instance with the cross-cutting concerns; modules add their routes afterwards. */
export async function createHttpApp(opts: HttpOptions): Promise<App> {
  const security = securityHeaders({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
      },
    },
    strictTransportSecurity: opts.isProduction ? { maxAge: 31536000 } : false,
    crossOriginEmbedderPolicy: false,
  });
  /** Our error page (portal paths) or problem+json (the API), never Fastify's own answer. */
  const sendError = (request: FastifyRequest, reply: FastifyReply, appError: AppError, page: ErrorPageRequest) => {
    if (opts.renderHtmlError && !request.url.startsWith('/api') && appError.status !== 401) {
      const status = appError.code === 'unavailable' || appError.code === 'config' ? 500 : appError.status;
      if (appError.options.retryAfterSeconds) reply.header('retry-after', String(appError.options.retryAfterSeconds));
      try {
        return reply.status(status).type('text/html; charset=utf-8').send(opts.renderHtmlError(status, appError.message, page));
      } catch (err) {
        request.log.warn({ err }, 'error page failed, answering problem+json');
      }
    }
    return sendProblem(request, reply, appError);
  };
  const requestTimeoutMs = opts.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const app = Fastify({
    logger: opts.logLevel === 'silent' ? false : { level: opts.logLevel, redact: ['req.headers.cookie', 'req.headers.authorization'], serializers: { err: serializeError }, ...(opts.logStream ? { stream: opts.logStream } : {}) },
    bodyLimit: 1024 * 1024,
    // A request that reached this process while it stops (SIGTERM) is served, not answered 503: it is already here,
    // and nginx does not resend a POST. The process still accepts no new connection and exits once they are done.
    return503OnClosing: false,
    trustProxy: opts.trustProxy ?? 'loopback',
    requestIdHeader: false,
    logController: new OneLineLog(),
    // A URL Fastify cannot decode (`/%E0%A4%A`) is answered here, before any hook runs: with our security headers
    // and our error page or problem+json, not Fastify's bare JSON.
    frameworkErrors: (error, request, reply) => {
      for (const [name, value] of security) reply.raw.setHeader(name, value);
      reply.header('x-request-id', request.id);
      const appError = error.code === 'FST_ERR_ASYNC_CONSTRAINT' ? new AppError('unavailable', 'Đã xảy ra lỗi hệ thống. Vui lòng thử lại sau.') : new AppError('bad-request', 'Địa chỉ trang không hợp lệ.');
      // the request was never parsed (no query, no cookies): the page is rendered in the default language
      return sendError(request, reply, appError, { url: '/', query: {}, cookies: {} });
    },
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  const strictAjv = makeAjv(false);
  const coercingAjv = makeAjv('array');
  app.setValidatorCompiler(({ schema, httpPart }) => (httpPart === 'body' ? strictAjv : coercingAjv).compile(schema));

  app.decorate('db', opts.db);
  app.decorateRequest('actor', null as never);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('sessionTokenHash', null);
  app.decorateRequest('logNote', null);

  // Deny by default: an API route must declare its access or the process refuses to start. Routes added by
  // plugins (static files, the API docs page) serve public files only.
  app.decorate('declaredRoutes', []);
  app.addHook('onRoute', (route) => {
    const config = (route.config ?? {}) as { access?: Access };
    for (const method of [route.method].flat()) if (method !== 'HEAD') app.declaredRoutes.push({ method, url: route.url, access: config.access ?? 'public' });
    if (config.access !== undefined) return;
    if (route.url.startsWith('/api/v1')) throw new Error(`route ${route.method} ${route.url} declares no access`);
    route.config = { ...config, access: 'public' } as typeof route.config;
  });

  await app.register(cookie);
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'buffer', bodyLimit: FORM_BODY_LIMIT }, (_request, body, done) => done(null, parseForm(body as Buffer)));
  app.addHook('onRequest', (request, reply, done) => {
    for (const [name, value] of security) reply.raw.setHeader(name, value);
    // a NUL byte is never part of an address of ours, and PostgreSQL refuses it in text: refused before any route
    if (/%00|\0/i.test(request.url)) return done(new AppError('bad-request', 'Địa chỉ chứa ký tự không hợp lệ.'));
    done();
  });
  // Fastify leaves requestTimeout unlimited, and Node's own check never fires once Fastify listens for clientError
  // (seen on Node 20): the body gets its own deadline. A request without a body is complete on arrival.
  app.addHook('onRequest', (request, reply, done) => {
    const raw = request.raw;
    if (raw.complete) return done();
    const timer = setTimeout(() => {
      if (raw.complete || raw.destroyed) return;
      request.log.info({ received: raw.socket?.bytesRead }, 'request body too slow, connection closed');
      if (!reply.raw.headersSent) {
        const body = JSON.stringify({ type: 'https://dongthuan.gov.vn/problems/request-timeout', title: 'Dữ liệu gửi lên quá chậm nên máy chủ đã dừng nhận. Vui lòng gửi lại.', status: 408, requestId: String(request.id) });
        reply.raw.writeHead(408, { ...Object.fromEntries(security), 'content-type': 'application/problem+json; charset=utf-8', 'content-length': Buffer.byteLength(body), connection: 'close', 'x-request-id': String(request.id) });
        reply.raw.end(body, () => raw.socket?.destroy());
      } else raw.socket?.destroy?.();
    }, requestTimeoutMs);
    timer.unref();
    const stop = () => clearTimeout(timer);
    raw.once('close', stop);
    raw.once('end', stop);
    // answered before its body was read (a refusal at onRequest): the deadline has nothing left to guard
    reply.raw.once('finish', stop);
    done();
  });
  app.addHook('preValidation', (request, _reply, done) => {
    done(hasNulByte(request.body) ? new AppError('bad-request', 'Dữ liệu gửi lên chứa ký tự không hợp lệ (NUL).') : undefined);
  });
  app.addHook('onSend', (request, reply, payload, done) => {
    reply.header('x-request-id', request.id);
    done(null, payload);
  });

  // Set before the API docs plugin is registered: a plugin keeps the error handler of the moment it was registered,
  // and Fastify's own would answer the docs pages' errors in bare JSON.
  app.setErrorHandler(async (err, request, reply) => {
    const appError = toAppError(err);
    if (appError.status >= 500) request.log.error({ err }, 'request failed');
    if (appError.code === 'payload-too-large') await drainRefusedBody(request);
    // a 416 says which range the file has (RFC 9110 §15.5.17): @fastify/send puts it on the error, not the reply
    const range = appError.code === 'range-not-satisfiable' ? (err as { headers?: Record<string, unknown> }).headers?.['Content-Range'] : undefined;
    if (typeof range === 'string') reply.header('content-range', range);
    return sendError(request, reply, appError, request);
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Đồng Thuận API', version: '1.0.0', description: 'API của nền tảng truyền thông chính sách Đồng Thuận.' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } } },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  // A callback hook: a request without a session cookie (every portal page) is checked without a promise.
  app.addHook('onRequest', (request, _reply, done) => {
    request.actor = ANONYMOUS;
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return done(refusal(request));
    opts
      .lookupSession(token, request)
      .then((found) => {
        if (found) {
          request.actor = found.actor;
          request.csrfToken = found.csrfToken;
          request.sessionTokenHash = found.tokenHash;
        }
        return refusal(request);
      })
      .then(done, done);
  });

  app.setNotFoundHandler((request, reply) => sendError(request, reply, new AppError('not-found', 'Không tìm thấy trang hoặc tài nguyên yêu cầu.'), request));
  return app;
}

/**
 * Why a request is refused before its body is read (its route's access, the CSRF token of a session-backed write),
 * or undefined to let it through; the session, if any, is already on the request.
 */
function refusal(request: FastifyRequest): Error | undefined {
  // Access is checked before the body is parsed or validated, so a refused request learns nothing more.
  const access = request.routeOptions.config.access;
  if (!request.routeOptions.url) return undefined; // 404 handler
  if (access === undefined) return new AppError('forbidden', 'Tuyến này chưa khai báo quyền truy cập.');
  if (access === 'public') return undefined;
  if (request.actor.kind === 'anonymous') {
    return request.cookies[SESSION_COOKIE] ? unauthenticated('Phiên đăng nhập đã hết hạn hoặc không hợp lệ. Vui lòng đăng nhập lại.') : unauthenticated();
  }
  if (typeof access === 'object') {
    try {
      authorize(request.actor, access.ability);
    } catch (e) {
      return e as Error;
    }
  }
  // Public routes never act with the session's authority (a signed-in officer may still comment on the portal), so
  // only session-backed routes need the CSRF token.
  if (request.csrfToken && !SAFE_METHODS.has(request.method) && request.headers['x-csrf-token'] !== request.csrfToken) {
    return new AppError('csrf', 'Thiếu hoặc sai mã chống giả mạo yêu cầu (CSRF). Hãy tải lại trang và thử lại.');
  }
  return undefined;
}

/** How much of a refused body is read before answering: nginx's largest limit (deploy/nginx) with room to spare. */
const DRAIN_MAX_BYTES = 40 * 1024 * 1024;

/**
 * A body too large for its route is read to its end and dropped before the 413 is sent. Answering first and closing
 * the connection (as Fastify does after a refused body) resets it while the sender is still writing: nginx then logs
 * a broken pipe, shows that person its maintenance page and takes this healthy process out of rotation for a while,
 * so oversized posts sent on purpose could take every web process out. Bodies larger than DRAIN_MAX_BYTES (nginx
 * refuses those itself) and slow senders (10 s) are cut as before.
 */
async function drainRefusedBody(request: FastifyRequest): Promise<void> {
  const raw = request.raw;
  if (raw.complete || raw.readableEnded || raw.destroyed) return;
  const declared = Number(request.headers['content-length']);
  if (!(declared <= DRAIN_MAX_BYTES)) return;
  await new Promise<void>((resolve) => {
    let read = 0;
    const done = () => {
      clearTimeout(timer);
      raw.removeListener('data', onData);
      resolve();
    };
    const onData = (chunk: Buffer) => {
      read += chunk.length;
      if (read > DRAIN_MAX_BYTES) done();
    };
    const timer = setTimeout(done, 10_000);
    raw.on('data', onData);
    raw.once('end', done);
    raw.once('error', done);
    raw.once('close', done);
    raw.resume();
  });
}
