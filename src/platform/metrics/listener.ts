import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppError } from '../errors';
import type { Scrape } from './http';

export interface MetricsListener {
  port: number;
  close(): Promise<void>;
}

/**
 * The separate metrics port (METRICS_PORT on METRICS_HOST, loopback by default): `GET /metrics` and nothing else.
 * A plain node:http server, apart from the public app, so a scraper never goes through the portal's hooks, and the
 * port can be left closed to the outside by the firewall rather than by a secret.
 */
export async function startMetricsListener(options: { port: number; host: string; scrape: Scrape; onError?: (err: unknown) => void }): Promise<MetricsListener> {
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (path !== '/metrics' || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Chỉ có GET /metrics ở cổng này.\n');
      return;
    }
    options.scrape().then(
      ({ contentType, body }) => {
        res.writeHead(200, { 'content-type': contentType, 'cache-control': 'no-store', 'content-length': Buffer.byteLength(body) });
        res.end(req.method === 'HEAD' ? undefined : body);
      },
      (err: unknown) => {
        options.onError?.(err);
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('Không thu thập được số liệu; xem nhật ký máy chủ.\n');
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(new AppError('config', `Không mở được cổng số liệu METRICS_PORT=${options.port} tại METRICS_HOST=${options.host}: ${err.code === 'EADDRINUSE' ? 'cổng đã có chương trình khác dùng' : err.message}. Chọn cổng khác hoặc bỏ METRICS_PORT.`)),
    );
    server.listen(options.port, options.host, () => {
      server.removeAllListeners('error');
      server.on('error', (err) => options.onError?.(err));
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // a scraper keeps its connection open between scrapes
      }),
  };
}
