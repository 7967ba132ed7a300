import fs from 'node:fs';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import { Type } from 'typebox';
import { advanceClockDays, isTestClockEnabled, resetClock } from './platform/clock';
import { bumpPublicContent } from './platform/page-cache';
import type { Config } from './platform/config';
import { todayVn } from './platform/text';
import type { Database } from './platform/db';
import { healthRoutes } from './platform/health';
import { compressApiResponses, createHttpApp, serveBuiltSpa, type App } from './platform/http';
import { accountRoutes, sessionLookup } from './modules/accounts';
import { organisationRoutes } from './modules/organisations';
import { planRoutes } from './modules/plans';
import { policyRoutes } from './modules/policies';
import { confirmationRoutes, consultationRoutes } from './modules/consultation';
import { notificationRoutes } from './modules/notifications';
import { pressAgencyRoutes, pressConferenceRoutes, pressRoutes } from './modules/press';
import { trainingRoutes } from './modules/training';
import { awarenessRoutes } from './modules/awareness';
import { commissionsRoutes } from './modules/commissions';
import { monitoringResponseRoutes, monitoringRoutes } from './modules/monitoring';
import { productRoutes } from './modules/products';
import { crisesRoutes } from './modules/crises';
import { networkRoutes } from './modules/network';
import { publicRoutes, renderPortalError } from './web/public/routes';
import { fromRoot } from './platform/root';
import { metricsRoute, observeRequests, type Scrape } from './platform/metrics';

export const OFFICE_DIST = fromRoot('dist/office');
export const STATIC_DIR = fromRoot('src/web/public/static');

/**
 * Composes the web process: platform HTTP layer, module routes, portal pages, the office SPA; with `metrics`, also
 * /metrics for a scraper presenting METRICS_TOKEN.
 */
export async function buildServer(config: Config, database: Database, options: { logStream?: NodeJS.WritableStream; minFreeDiskBytes?: number; metrics?: { token: string; scrape: Scrape } } = {}): Promise<App> {
  const app = await createHttpApp({
    logStream: options.logStream,
    db: database.db,
    logLevel: config.logLevel,
    isProduction: config.isProduction,
    trustProxy: config.trustProxy,
    lookupSession: sessionLookup(database.db, config.sessionTtlHours),
    renderHtmlError: (status, title, request) => renderPortalError(status, title, request),
  });
  observeRequests(app);
  if (options.metrics) metricsRoute(app, options.metrics);
  // Large API answers (a plan of 300 tasks × 60 units) compressed for slow networks.
  compressApiResponses(app);
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: 20 * 1024 * 1024, files: 10 } });

  await app.register(healthRoutes, { database, minFreeDiskBytes: options.minFreeDiskBytes });
  if (isTestClockEnabled()) {
    // only for end-to-end tests (ENABLE_TEST_CLOCK=1, never in production): lets a journey see a round close
    app.post('/api/test/clock', { config: { access: 'public' }, schema: { hide: true, body: Type.Object({ days: Type.Integer({ minimum: 1, maximum: 400 }) }) } }, async (request) => {
      advanceClockDays(request.body.days);
      bumpPublicContent();
      return { today: todayVn() };
    });
    app.delete('/api/test/clock', { config: { access: 'public' }, schema: { hide: true } }, async () => {
      resetClock();
      bumpPublicContent();
      return { today: todayVn() };
    });
  }
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true }, handler: async () => app.swagger() });

  await app.register(accountRoutes, { ttlHours: config.sessionTtlHours, secureCookies: config.publicUrl.startsWith('https:'), publicUrl: config.publicUrl });
  await app.register(organisationRoutes);
  await app.register(planRoutes);
  await app.register(policyRoutes, { publicUrl: config.publicUrl });
  await app.register(consultationRoutes, { publicUrl: config.publicUrl });
  await app.register(confirmationRoutes, { publicUrl: config.publicUrl });
  await app.register(notificationRoutes);
  await app.register(pressRoutes, { publicUrl: config.publicUrl });
  await app.register(commissionsRoutes);
  await app.register(pressAgencyRoutes);
  await app.register(pressConferenceRoutes, { publicUrl: config.publicUrl });
  await app.register(monitoringRoutes);
  await app.register(monitoringResponseRoutes);
  await app.register(productRoutes);
  await app.register(crisesRoutes, { publicUrl: config.publicUrl });
  await app.register(trainingRoutes, { publicUrl: config.publicUrl });
  await app.register(awarenessRoutes);
  await app.register(networkRoutes, { publicUrl: config.publicUrl });
  await app.register(publicRoutes, { publicUrl: config.publicUrl });

  await app.register(fastifyStatic, { root: STATIC_DIR, prefix: '/static/', decorateReply: false, maxAge: '1h' });
  if (fs.existsSync(OFFICE_DIST)) {
    // Pre-compressed (Brotli/gzip) build, hashed assets cached a year; the SPA owns every other /office/* path.
    await serveBuiltSpa(app, { root: OFFICE_DIST, prefix: '/office/' });
  }
  return app;
}
