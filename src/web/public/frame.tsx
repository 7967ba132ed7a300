import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactElement } from 'react';
import type { FastifyReply } from 'fastify';
import { todayVn } from '../../platform/text';
import type { Directory } from '../../modules/organisations';
import { t } from './i18n';
import type { PortalFrame } from './layout';
import { localeOf, type LocaleSource } from './locale';
import { ErrorPage } from './pages/error';

type Site = Pick<PortalFrame, 'provinceName' | 'authorityName' | 'place'>;

// The site's names as last read from the directory, for error pages rendered without it. Only the public names
// of the province are kept here: never anything of a request.
let lastSite: Site = { provinceName: t('vi', 'site.provinceUnknown'), authorityName: t('vi', 'site.authorityUnknown'), place: null };

/**
 * The portal header as of today: the province's People's Committee valid now names the site. `path` is the
 * navigation entry of the page, `url` the page's own path and query (for the language link).
 */
export function frameOf(dir: Directory, path: string, url: string): PortalFrame {
  const ubnd = dir.resolver.unitsAt(todayVn()).find((u) => u.type === 'ubnd_tinh');
  const place = ubnd?.place || null;
  lastSite = {
    provinceName: place ? t('vi', 'site.province', { place }) : t('vi', 'site.provinceUnknown'),
    authorityName: ubnd?.name ?? t('vi', 'site.authorityUnknown'),
    place,
  };
  return { ...lastSite, currentPath: path, url };
}

/** Renders a page as a complete HTML document. The page depends on the locale cookie, so caches must vary on it. */
export function sendPage(reply: FastifyReply, element: ReactElement, status = 200): FastifyReply {
  return sendHtml(reply, renderPage(element), status);
}

/** A page rendered to a complete HTML document (for the page cache). */
export function renderPage(element: ReactElement): string {
  return '<!doctype html>' + renderToStaticMarkup(element);
}

/** Sends an already rendered document. */
export function sendHtml(reply: FastifyReply, html: string, status = 200): FastifyReply {
  return reply.status(status).type('text/html; charset=utf-8').header('cache-control', 'no-cache').header('vary', 'Cookie').send(html);
}

/**
 * The HTML error page used by the HTTP layer for non-API paths. Given the request, the page follows its locale
 * (query or cookie) and its language link keeps its URL; without it, the page is Vietnamese.
 */
export function renderPortalError(status: number, message: string, request?: LocaleSource & { url: string }): string {
  const locale = request ? localeOf(request) : 'vi';
  const frame: PortalFrame = { ...lastSite, currentPath: '', url: request?.url ?? '/' };
  return '<!doctype html>' + renderToStaticMarkup(<ErrorPage frame={frame} locale={locale} status={status} message={message} />);
}
