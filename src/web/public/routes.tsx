import { Type } from 'typebox';
import type { App } from '../../platform/http';
import { isIsoDate, parseDateVi, todayVn } from '../../platform/text';
export { renderPortalError } from './frame';
import { portalHighlights } from '../../modules/consultation';
import { getDirectory, type Directory } from '../../modules/organisations';
import { portalAssets } from './assets';
import { consultationPortalRoutes } from './consultation-routes';
import { attributionCheckRoutes } from './attribution-check-routes';
import { spokespeoplePortalRoutes } from './spokespeople-routes';
import { pressConferencesPortalRoutes } from './press-conferences-routes';
import { networkPortalRoutes } from './network-routes';
import { productsPortalRoutes } from './products-routes';
import { crisisPortalRoutes } from './crisis-routes';
import { trainingPortalRoutes } from './training-routes';
import { frameOf, renderPage, sendHtml, sendPage } from './frame';
import { PageCache } from '../../platform/page-cache';
import { t } from './i18n';
import { labelOf } from './labels';
import { pageLocale } from './locale';
import { HomePage } from './pages/home';
import { OrgPage, type PublicOrgNode } from './pages/org';

/** Server-rendered public pages (no client JavaScript, in Vietnamese or English) and their stylesheets. */
export async function publicRoutes(app: App, opts: { publicUrl: string }): Promise<void> {
  await app.register(consultationPortalRoutes, opts);
  await app.register(attributionCheckRoutes, opts);
  await app.register(spokespeoplePortalRoutes, opts);
  await app.register(pressConferencesPortalRoutes, opts);
  await app.register(networkPortalRoutes, opts);
  await app.register(productsPortalRoutes, opts);
  await app.register(crisisPortalRoutes, opts);
  await app.register(trainingPortalRoutes, opts);
  const cookie = { secure: opts.publicUrl.startsWith('https:') };
  const homePages = new PageCache();
  // GET /assets/:name — the stylesheets under hashed names, compressed (assets.ts)
  portalAssets.register(app);

  app.get('/', {
    config: { access: 'public' },
    schema: { hide: true },
    handler: async (request, reply) => {
      const locale = pageLocale(request, reply, cookie);
      const today = todayVn();
      // rendered once per change of public content (a consultation opened, a report published) or 30 s
      const html = await homePages.get(`${locale}|${today}|${request.url}`, async () => {
        const dir = await getDirectory(app.db);
        const units = dir.resolver.unitsAt(today);
        const departmentCount = units.filter((u) => ['so', 'ban', 'van_phong', 'thanh_tra'].includes(u.type) && u.level === 'province').length;
        const highlights = await portalHighlights(app.db);
        return renderPage(<HomePage frame={frameOf(dir, '/', request.url)} locale={locale} data={{ today, unitCount: units.length, departmentCount, ...highlights }} />);
      });
      return sendHtml(reply, html);
    },
  });

  app.get('/co-cau-to-chuc', {
    config: { access: 'public' },
    schema: { hide: true, querystring: Type.Object({ ngay: Type.Optional(Type.String({ maxLength: 40 })) }) },
    handler: async (request, reply) => {
      const locale = pageLocale(request, reply, cookie);
      const dir = await getDirectory(app.db);
      const asked = request.query.ngay?.trim();
      // the form's field is typed dd/mm/yyyy where a browser has no date picker; links carry yyyy-mm-dd
      const day = asked ? (isIsoDate(asked) ? asked : parseDateVi(asked)) : null;
      const valid = Boolean(day);
      const at = day ?? todayVn();
      const dateError = asked && !valid ? t(locale, 'org.dateError', { date: asked }) : null;
      const toPublic = (n: ReturnType<Directory['resolver']['treeAt']>[number]): PublicOrgNode => ({
        id: n.unit.id,
        name: n.unit.name,
        typeLabel: labelOf(locale, 'unitType', n.unit.type) ?? n.unit.type,
        children: n.children.map(toPublic),
      });
      const nodes = dir.resolver.treeAt(at).map(toPublic);
      const count = dir.resolver.unitsAt(at).length;
      return sendPage(reply, <OrgPage frame={frameOf(dir, '/co-cau-to-chuc', request.url)} locale={locale} at={at} nodes={nodes} count={count} dateError={dateError} />, dateError ? 400 : 200);
    },
  });
}
