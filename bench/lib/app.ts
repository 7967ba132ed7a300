import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { bootstrapData } from '../../src/bootstrap';
import { loadConfig, wantsPgliteThread } from '../../src/platform/config';
import { openDatabase, type Database } from '../../src/platform/db';
import type { App } from '../../src/platform/http';
import { buildServer } from '../../src/server';

export const ADMIN_PASSWORD = 'Quan-tri-bench-2024';

export type Driver = 'pglite' | 'postgres';

/** A running app on a fresh database, listening on 127.0.0.1, with its own teardown. */
export interface BenchApp {
  driver: Driver;
  database: Database;
  app: App;
  baseUrl: string;
  /** The server's log level (LOG_LEVEL, info by default as in production). */
  logLevel: string;
  /** Where the data lives, passwords redacted (a temp dir or a throwaway PostgreSQL database). */
  where: string;
  /** The database URL itself (password included), for a child process of the benchmark; never print it. */
  dataUrl: string;
  /** Stops the server and closes the database but keeps the data, so another process can open it; idempotent. */
  stop(): Promise<void>;
  /** Stops (if still running) and deletes the data: the temp dir or the throwaway database. */
  close(): Promise<void>;
}

/** A fresh, migrated, empty database on the driver (a temp dir or a throwaway PostgreSQL database) and its dropper. */
export async function freshDatabase(driver: Driver, postgresUrl: string | null): Promise<{ database: Database; where: string; url: string; drop: () => Promise<void> }> {
  if (driver === 'pglite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dt-bench-'));
    const drop = async () => fs.rmSync(dir, { recursive: true, force: true });
    try {
      // as the server opens it (main.ts): PGlite in its own thread unless PGLITE_THREAD=false
      const database = await openDatabase(`file:${dir}/pglite`, { thread: wantsPgliteThread() });
      return { database, where: `file:${dir}/pglite`, url: `file:${dir}/pglite`, drop };
    } catch (e) {
      await drop();
      throw e;
    }
  }
  if (!postgresUrl) throw new Error('no PostgreSQL URL');
  // Imported lazily: test/db.ts pulls in vitest, which a PGlite-only run does not need.
  const { createTestDatabase } = await import('../../test/db');
  const created = await createTestDatabase(postgresUrl);
  try {
    const database = await openDatabase(created.url);
    const url = new URL(created.url);
    url.password = url.password ? '***' : '';
    return { database, where: url.toString(), url: created.url, drop: created.drop };
  } catch (e) {
    await created.drop().catch(() => undefined);
    throw e;
  }
}

/** Opens a fresh database on the driver, loads the demo tree and admin, and starts the real server on a free port. */
export async function startBenchApp(driver: Driver, postgresUrl: string | null): Promise<BenchApp> {
  const { database, where, url, drop } = await freshDatabase(driver, postgresUrl);
  let app: App | undefined;
  // The server logs as in production (LOG_LEVEL, info by default: one line per request), each line written to a file
  // as it comes, as pino writes the standard output that systemd appends to /var/log/dong-thuan (deploy/systemd).
  const logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dt-bench-log-'));
  const logFd = fs.openSync(path.join(logDir, 'web.log'), 'a');
  const closeLog = () => {
    fs.closeSync(logFd);
    fs.rmSync(logDir, { recursive: true, force: true });
  };
  const config = loadConfig({ DATABASE_URL: 'memory:', LOG_LEVEL: process.env.LOG_LEVEL ?? '' });
  try {
    await bootstrapData(database, ADMIN_PASSWORD);
    app = await buildServer(config, database, { logStream: { write: (line: string) => fs.writeSync(logFd, line) } as unknown as NodeJS.WritableStream });
    await app.listen({ port: 0, host: '127.0.0.1' });
  } catch (e) {
    await app?.close().catch(() => undefined);
    await database.close().catch(() => undefined);
    await drop().catch(() => undefined);
    closeLog();
    throw e;
  }
  const { port } = app.server.address() as AddressInfo;
  const running = app;
  let stopped: Promise<void> | null = null;
  const stop = () =>
    (stopped ??= (async () => {
      await running.close();
      await database.close();
      closeLog();
    })());
  return {
    driver,
    database,
    app: running,
    logLevel: config.logLevel,
    baseUrl: `http://127.0.0.1:${port}`,
    where,
    dataUrl: url,
    stop,
    close: async () => {
      try {
        await stop();
      } finally {
        await drop();
      }
    },
  };
}

/** Signs in as the bench admin through the API and returns the `dt_session=…` cookie header. */
export async function signIn(baseUrl: string): Promise<string> {
  const res = await fetch(new URL('/api/v1/session', baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => c.startsWith('dt_session='));
  if (!cookie) throw new Error('sign-in answered 200 but set no dt_session cookie');
  return cookie;
}

/** Fetches a path once and fails with the status and body start unless it answers 200. */
export async function fetchOk(baseUrl: string, urlPath: string, headers: Record<string, string> = {}): Promise<string> {
  const res = await fetch(new URL(urlPath, baseUrl), { headers });
  const body = await res.text();
  if (res.status !== 200) throw new Error(`GET ${urlPath} answered ${res.status}: ${body.slice(0, 200)}`);
  return body;
}
