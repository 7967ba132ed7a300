import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactElement } from 'react';
import type { FastifyReply } from 'fastify';
import { todayVn } from '../../platform/text';
import type { Directory } from '../../modules/organisations';
import type { PortalFrame } from './layout';
import { ErrorPage } from './pages/error';

let lastFrame: PortalFrame = { provinceName: 'Tỉnh', authorityName: 'Ủy ban nhân dân tỉnh', currentPath: '/' };

/** The portal header as of today: the province's People's Committee valid now names the site. */
export function frameOf(dir: Directory, path: string): PortalFrame {
  const ubnd = dir.resolver.unitsAt(todayVn()).find((u) => u.type === 'ubnd_tinh');
  lastFrame = {
    provinceName: ubnd?.place ? `Tỉnh ${ubnd.place}` : 'Tỉnh',
    authorityName: ubnd?.name ?? 'Ủy ban nhân dân tỉnh',
    currentPath: path,
  };
  return lastFrame;
}

/** Renders a page as a complete HTML document. */
export function sendPage(reply: FastifyReply, element: ReactElement, status = 200): FastifyReply {
  return reply
    .status(status)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-cache')
    .send('<!doctype html>' + renderToStaticMarkup(element));
}

/** The HTML error page used by the HTTP layer for non-API paths. */
export function renderPortalError(status: number, message: string): string {
  return '<!doctype html>' + renderToStaticMarkup(<ErrorPage frame={lastFrame} status={status} message={message} />);
}
