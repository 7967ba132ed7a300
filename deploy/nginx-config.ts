import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * nginx configurations for the tests, generated from the site files in deploy/nginx/ so the tests exercise the
 * real files: the TLS site with a test certificate (deploy.test.ts, `nginx -t`) and a plain-HTTP site that includes
 * the same dong-thuan-locations.conf in front of the test's web processes (multi-node.test.ts).
 */
export const NGINX_DIR = path.resolve('deploy/nginx');
export const SITE_FILE = path.join(NGINX_DIR, 'dong-thuan.conf');
export const LOCATIONS_FILE = path.join(NGINX_DIR, 'dong-thuan-locations.conf');
/** Where the site expects deploy/nginx/ to be installed on the proxy machine. */
const INSTALLED_DIR = '/etc/nginx/dong-thuan';

/** How long nginx skips a web process after it failed (the site's `fail_timeout`), in seconds. */
export function failTimeoutSeconds(): number {
  const m = /^\s*server\s+\S+.*\bfail_timeout=(\d+)s/m.exec(fs.readFileSync(SITE_FILE, 'utf8'));
  if (!m) throw new Error(`${SITE_FILE}: the upstream's first server has no fail_timeout=Ns`);
  return Number(m[1]);
}

/** Debian's nginx (/usr/sbin/nginx), else one on PATH; null when there is none. */
export function findNginx(): string | null {
  const candidates = ['/usr/sbin/nginx', ...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean).map((d) => path.join(d, 'nginx'))];
  return candidates.find((c) => fs.existsSync(c)) ?? null;
}

/**
 * Writes dong-thuan-locations.conf into `prefix` as it would be installed, its folder (the maintenance page's root)
 * pointing at this repository's deploy/nginx/; returns the copy's path, for the site to include.
 */
function installLocations(prefix: string): string {
  const file = path.join(prefix, 'dong-thuan-locations.conf');
  fs.writeFileSync(file, fs.readFileSync(LOCATIONS_FILE, 'utf8').split(INSTALLED_DIR).join(NGINX_DIR));
  return file;
}

/**
 * The main nginx.conf of a test instance under `prefix`: pid, temp folders and logs there, so nginx runs as the
 * current user without touching /etc or /var. As root, the workers stay root (nginx's default would be nobody, who
 * cannot read the temp folders).
 */
export function mainConf(prefix: string, siteFile: string): string {
  const mimeTypes = fs.existsSync('/etc/nginx/mime.types') ? 'include /etc/nginx/mime.types;' : 'types { text/html html; }';
  const temps = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${path.join(prefix, `${t}_temp`)};`).join('\n');
  return `${os.userInfo().uid === 0 ? 'user root;\n' : ''}worker_processes 1;
pid ${path.join(prefix, 'nginx.pid')};
error_log ${path.join(prefix, 'error.log')} warn;
events { worker_connections 512; }
http {
  ${mimeTypes}
  default_type application/octet-stream;
${temps}
  access_log off;
  include ${siteFile};
}
`;
}

/** The TLS site as installed, with a test certificate and its logs under `prefix`. */
export function tlsSite(prefix: string, cert: { certFile: string; keyFile: string }): string {
  const locations = installLocations(prefix);
  return fs
    .readFileSync(SITE_FILE, 'utf8')
    .split(`${INSTALLED_DIR}/dong-thuan-locations.conf`)
    .join(locations)
    .replace(/ssl_certificate\s+\S+;/, `ssl_certificate ${cert.certFile};`)
    .replace(/ssl_certificate_key\s+\S+;/, `ssl_certificate_key ${cert.keyFile};`)
    .split('/var/log/nginx/dong-thuan/')
    .join(`${prefix}/`);
}

/**
 * A plain-HTTP site on 127.0.0.1:`port` in front of `backends`: the site file's upstream block (its server lines
 * replaced by the backends, each with the parameters the site gives its first server), its log format, and the
 * shared dong-thuan-locations.conf, included as the TLS site includes it.
 */
export function httpSite(prefix: string, port: number, backends: number[]): string {
  const site = fs.readFileSync(SITE_FILE, 'utf8').replace(/^\s*#.*$/gm, '');
  const upstream = /upstream\s+dong_thuan_web\s*\{([^}]*)\}/.exec(site);
  if (!upstream) throw new Error(`${SITE_FILE}: no upstream dong_thuan_web block`);
  const body = upstream[1]!;
  const firstServer = /^\s*server\s+\S+(.*);\s*$/m.exec(body);
  if (!firstServer) throw new Error(`${SITE_FILE}: the upstream lists no server`);
  const others = body.split('\n').filter((l) => l.trim() && !/^\s*server\s/.test(l));
  const servers = backends.map((b) => `    server 127.0.0.1:${b}${firstServer[1]};`);
  const logFormat = /log_format\s+dong_thuan[^;]*;/.exec(site);
  if (!logFormat) throw new Error(`${SITE_FILE}: no log_format dong_thuan`);
  return `upstream dong_thuan_web {
${[...servers, ...others].join('\n')}
}
${logFormat[0]}
server {
    listen 127.0.0.1:${port};
    server_name localhost;
    access_log ${path.join(prefix, 'access.log')} dong_thuan;
    include ${installLocations(prefix)};
}
`;
}
