import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors';
import { httpRequestDuration } from './registry';

const STATUS_CLASSES = ['1xx', '2xx', '3xx', '4xx', '5xx'];

/**
 * Times every answer by its route pattern (`/gop-y/:slug/y-kien`, never the address asked for, which may carry an
 * id or a receipt code), method and status class. One hook and one histogram observation per request; Fastify
 * already measures the time from the request's arrival (reply.elapsedTime).
 */
export function observeRequests(app: FastifyInstance): void {
  app.addHook('onResponse', (request, reply, done) => {
    httpRequestDuration.observe(
      { method: request.method, route: request.routeOptions.url ?? 'unmatched', status_class: STATUS_CLASSES[Math.floor(reply.statusCode / 100) - 1] ?? 'other' },
      reply.elapsedTime / 1000,
    );
    done();
  });
}

/** The exposition text and its content type, from this process or (several web processes) from all of them. */
export type Scrape = () => Promise<{ contentType: string; body: string }>;

/**
 * `GET /metrics` on the public port for a scraper that presents `Authorization: Bearer <METRICS_TOKEN>`; anyone
 * else gets 401. Registered only when a token is configured: without one the route does not exist (404).
 */
export function metricsRoute(app: FastifyInstance, options: { token: string; scrape: Scrape }): void {
  const expected = Buffer.from(`Bearer ${options.token}`);
  app.get('/metrics', { config: { access: 'public' }, schema: { hide: true } }, async (request, reply) => {
    const given = Buffer.from(request.headers.authorization ?? '');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      reply.header('www-authenticate', 'Bearer realm="metrics"');
      throw new AppError('unauthenticated', 'Cần mã số liệu (Authorization: Bearer METRICS_TOKEN) để đọc /metrics.');
    }
    const { contentType, body } = await options.scrape();
    return reply.header('cache-control', 'no-store').type(contentType).send(body);
  });
}
