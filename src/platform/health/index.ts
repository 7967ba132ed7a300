import fs from 'node:fs';
import path from 'node:path';
import { Type } from 'typebox';
import { pendingMigrations, type Database } from '../db';
import { filesDir } from '../files';
import type { App } from '../http';
import { RETRY_AFTER_SECONDS } from '../http';

export interface HealthOptions {
  database: Database;
  /** Readiness fails below this much free space where the database and the files live (default 200 MB). */
  minFreeDiskBytes?: number;
  /** Folders whose disk is checked (default: the file store, and the embedded database's folder). */
  dataPaths?: string[];
}

const DEFAULT_MIN_FREE = 200 * 1024 * 1024;
// a job waiting this long means no worker is taking jobs (mail delivery runs every few seconds)
const JOB_OVERDUE_MINUTES = 15;

/** The folders to watch for free space: the file store, and the embedded database's folder. */
function defaultDataPaths(database: Database): string[] {
  const paths = [filesDir()];
  if (database.url.startsWith('file:')) paths.push(path.resolve(database.url.slice('file:'.length)));
  return paths;
}

/** Free bytes on the disk holding `p` (its nearest existing parent); null when it cannot be read. */
function freeBytes(p: string): number | null {
  let dir = path.resolve(p);
  while (!fs.existsSync(dir) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  try {
    const s = fs.statfsSync(dir);
    return s.bavail * s.bsize;
  } catch {
    return null;
  }
}

/** True when the database takes a write: a temporary table written in a transaction that drops it on commit. */
async function canWrite(database: Database): Promise<boolean> {
  try {
    await database.rawTransaction(async (q) => {
      await q('create temporary table health_probe (x integer) on commit drop');
      await q('insert into health_probe values (1)');
    });
    return true;
  } catch {
    return false;
  }
}

/** Jobs due for longer than JOB_OVERDUE_MINUTES (null: the job tables are not there, no worker ever started). */
async function overdueJobs(database: Database): Promise<number | null> {
  try {
    const { rows } = await database.query<{ n: number }>(`select count(*)::int as n from pgboss.job where state in ('created', 'retry') and start_after < now() - make_interval(mins => $1)`, [JOB_OVERDUE_MINUTES]);
    return rows[0]?.n ?? 0;
  } catch {
    return null;
  }
}

const Ready = Type.Object({
  status: Type.Union([Type.Literal('ready'), Type.Literal('not-ready')]),
  database: Type.Union([Type.Literal('writable'), Type.Literal('not-writable')]),
  disk: Type.Object({ status: Type.Union([Type.Literal('ok'), Type.Literal('low')]), freeMb: Type.Union([Type.Integer(), Type.Null()]), minFreeMb: Type.Integer() }),
  jobs: Type.Object({ status: Type.Union([Type.Literal('ok'), Type.Literal('backlog'), Type.Literal('not-started')]), overdue: Type.Union([Type.Integer(), Type.Null()]) }),
});

/**
 * Health for people and load balancers. /api/health/live: the process answers (restart it when it does not).
 * /api/health/ready: it can serve (the database takes a write, the disk has room; 503 with Retry-After when not, so
 * a balancer sends traffic elsewhere). The job queue is reported but does not fail readiness: a stopped worker
 * delays mail, and taking every web process out of service for it would stop the portal too. /api/health stays as
 * it was (database and migrations) for the scripts and the README that use it.
 */
export async function healthRoutes(app: App, opts: HealthOptions): Promise<void> {
  const { database } = opts;
  const minFree = opts.minFreeDiskBytes ?? DEFAULT_MIN_FREE;
  const tags = ['Hệ thống'];

  app.get('/api/health', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'Tình trạng hệ thống',
      response: { 200: Type.Object({ status: Type.String(), database: Type.String(), migrations: Type.String() }), 503: Type.Object({ status: Type.String(), database: Type.String(), migrations: Type.String(), pending: Type.Array(Type.String()) }) },
    },
    handler: async (_request, reply) => {
      try {
        const pending = await pendingMigrations(database);
        if (pending.length) return reply.status(503).send({ status: 'degraded', database: database.kind, migrations: 'pending', pending });
        return { status: 'ok', database: database.kind, migrations: 'current' };
      } catch {
        return reply.status(503).send({ status: 'down', database: database.kind, migrations: 'unknown', pending: [] });
      }
    },
  });

  app.get('/api/health/live', {
    config: { access: 'public' },
    schema: { tags, summary: 'Tiến trình còn hoạt động (liveness)', response: { 200: Type.Object({ status: Type.Literal('ok') }) } },
    handler: async () => ({ status: 'ok' as const }),
  });

  app.get('/api/health/ready', {
    config: { access: 'public' },
    schema: { tags, summary: 'Sẵn sàng phục vụ (readiness): cơ sở dữ liệu ghi được, còn dung lượng đĩa, hàng đợi công việc', response: { 200: Ready, 503: Ready } },
    handler: async (_request, reply) => {
      const [writable, overdue] = await Promise.all([canWrite(database), overdueJobs(database)]);
      const frees = (opts.dataPaths ?? defaultDataPaths(database)).map(freeBytes).filter((f): f is number => f !== null);
      const free = frees.length ? Math.min(...frees) : null;
      const diskOk = free === null || free >= minFree;
      const body = {
        status: writable && diskOk ? ('ready' as const) : ('not-ready' as const),
        database: writable ? ('writable' as const) : ('not-writable' as const),
        disk: { status: diskOk ? ('ok' as const) : ('low' as const), freeMb: free === null ? null : Math.floor(free / 1024 / 1024), minFreeMb: Math.floor(minFree / 1024 / 1024) },
        jobs: { status: overdue === null ? ('not-started' as const) : overdue > 0 ? ('backlog' as const) : ('ok' as const), overdue },
      };
      if (body.status === 'ready') return body;
      return reply.status(503).header('retry-after', String(RETRY_AFTER_SECONDS)).send(body);
    },
  });
}
