import type { Database } from '../src/platform/db';
import { loadConfig } from '../src/platform/config';
import type { App } from '../src/platform/http';
import { buildServer } from '../src/server';
import '../src/bootstrap';

/** The real web app on a test database, silent, for app.inject() requests. */
export async function buildTestApp(database: Database): Promise<App> {
  const config = { ...loadConfig({ DATABASE_URL: 'memory:', LOG_LEVEL: 'silent' }), logLevel: 'silent' };
  const app = await buildServer(config, database);
  await app.ready();
  return app;
}

export interface Session {
  cookie: string;
  csrf: string;
}

/** Signs in through the API and returns the cookie and CSRF token to replay. */
export async function signInAs(app: App, username: string, password: string): Promise<Session> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/session', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'dt_session');
  return { cookie: `dt_session=${cookie!.value}`, csrf: res.json().csrfToken };
}

/** Headers for a cookie-authenticated request. */
export function auth(s: Session): Record<string, string> {
  return { cookie: s.cookie, 'x-csrf-token': s.csrf };
}

/** A multipart/form-data body for app.inject(). */
export function multipart(parts: { name: string; value?: string; fileName?: string; data?: Uint8Array; type?: string }[]): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----dt${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const p of parts) {
    chunks.push(Buffer.from(`--${boundary}\r\n`));
    if (p.data) {
      chunks.push(Buffer.from(`Content-Disposition: form-data; name="${p.name}"; filename="${p.fileName ?? 'file'}"\r\nContent-Type: ${p.type ?? 'application/octet-stream'}\r\n\r\n`));
      chunks.push(Buffer.from(p.data));
    } else {
      chunks.push(Buffer.from(`Content-Disposition: form-data; name="${p.name}"\r\n\r\n${p.value ?? ''}`));
    }
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
