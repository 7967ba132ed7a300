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
