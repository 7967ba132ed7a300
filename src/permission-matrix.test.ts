import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth, multipart, signInAs, type Session } from '../test/app';
import { buildUser } from '../test/factories';
import { sampleOf, type JsonSchema } from '../test/openapi-sample';
import { buildProvinceRecords, type ProvinceRecords } from '../test/province';
import { can, ROLES, type Actor } from './platform/auth';
import type { Database } from './platform/db';
import type { Access, App } from './platform/http';
import { openMigratedMemory } from '../test/db';

/**
 * The role × route × unit matrix (issue 11). Every operation of /api/openapi.json is tried on the records of a
 * province built through the API — by an anonymous visitor, and by each role held in the unit the record belongs to
 * and in an unrelated unit (Sở Công Thương). What each cell must get comes from what the route declares next to
 * itself (`access` and its `scope`, see Access in platform/http/app.ts) and the modules' rules in policy.ts:
 * - refused: 401 for an anonymous visitor, 403 for a user (or 404 on a scoped record, which hides that it exists);
 * - allowed: anything but 401, 403 and 5xx (a 400 for a sample body or a 409 for a record's state is an answer).
 * Reads run first, then every refused write, then the allowed writes, so a write that changes a record (closing a
 * round, publishing a report) cannot change what a later cell sees.
 *
 * One driver: who may do what is decided above the database, and the province takes long to build.
 */

type Cell = { who: string; status: number; expected: 'allowed' | 'refused' };
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface Operation {
  method: Method;
  /** Fastify's form of the path, as in app.declaredRoutes. */
  route: string;
  access: Access;
  body: JsonSchema | null;
}

/** A record a route may be tried on: the address with its ids, the unit it belongs to, and the rule its kind uses. */
interface Probe {
  url: string;
  unitId: string | null;
  /** The ability the handler checks on this kind of record when it differs from the route's (a download route serves files of several owners). */
  ability?: string;
  /** What the record is, where a route serves several kinds. */
  label?: string;
}

const OTHER_UNIT = 'lc-so-ct';
const SAMPLE_TEXT = fs.readFileSync('test/fixtures/drafts/du-thao-nq-ho-tro-v1.txt');
/** Not tried here: signing in and out change the matrix's own sessions (the fuzz test covers them). */
const SKIPPED = new Set(['POST /api/v1/session', 'DELETE /api/v1/session']);
/** Writes that end a record's working life run last, so earlier writes still find it open. */
const LAST = ['/stage', '/close', '/synthesis/publish', '/roles', '/password'];

describe('the role × route × unit matrix, generated from the OpenAPI document', () => {
  let database: Database;
  let app: App;
  let records: ProvinceRecords;
  let notificationId: string;
  let personId: string;
  let targetUserId: string;
  const sessions = new Map<string, { session: Session; actor: Actor }>();
  const cells: Cell[] = [];
  const failures: string[] = [];

  beforeAll(async () => {
    database = await openMigratedMemory();
    ({ app, records } = await buildProvinceRecords(database));
    for (const unitId of [records.draftingUnitId, records.reportingUnitId, OTHER_UNIT]) {
      for (const role of ROLES) {
        const u = await buildUser(database, { role, unitId });
        sessions.set(`${role}@${unitId}`, {
          session: await signInAs(app, u.username, u.password),
          actor: { kind: 'user', userId: u.id, name: u.username, roles: [{ role, unitId }] },
        });
      }
    }
    targetUserId = (await buildUser(database, { role: 'viewer', unitId: OTHER_UNIT })).id;
    const admin = sessions.get(`administrator@${OTHER_UNIT}`)!.session;
    const person = await app.inject({ method: 'POST', url: '/api/v1/people', headers: auth(admin), payload: { fullName: 'Nguyễn Văn Thử', unitId: records.draftingUnitId, title: 'Chuyên viên' } });
    if (person.statusCode !== 201) throw new Error(`person: ${person.statusCode} ${person.body}`);
    personId = person.json().id;
    // the drafting officer's notification, as the notifications job writes one
    notificationId = 'matrix-notification';
    await database.db.execute(sql`insert into notifications (id, user_id, kind, subject_key, link) values (${notificationId}, ${records.officerId}, 'comments.new', ${`round:${records.roundId}`}, '/office')`);
  }, 240_000);

  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  /** The records a route is tried on: one per kind its address names, with the unit that kind belongs to. */
  function probesOf(route: string): Probe[] {
    const ids: Record<string, [string, string | null]> = {
      users: [targetUserId, null],
      units: [records.draftingUnitId, null],
      people: [personId, records.draftingUnitId],
      plans: [records.planId, null],
      tasks: [records.taskId, records.reportingUnitId],
      reports: [records.reportId, records.reportingUnitId],
      policies: [records.draftId, records.draftingUnitId],
      rounds: [records.roundId, records.draftingUnitId],
      comments: [records.commentId, records.draftingUnitId],
      consultees: [records.consulteeId, records.draftingUnitId],
      notifications: [notificationId, null],
      inquiries: [records.inquiryId, records.draftingUnitId],
      products: [records.productId, records.draftingUnitId],
      commissions: [records.commissionId, records.draftingUnitId],
      conferences: [records.conferenceId, records.draftingUnitId],
      'focal-points': [records.focalPointId, records.draftingUnitId],
    };
    const named: Record<string, string> = { versionId: records.versionId, templateId: records.templateId, effectiveOn: '2026-06-01', code: 'I-06' };
    if (route === '/api/v1/files/:id') {
      return [
        // evidence is read wherever its report is: by every officer (plans/file-access.ts)
        { url: `/api/v1/files/${records.evidenceFileId}`, unitId: records.reportingUnitId, ability: 'plans.read', label: 'evidence of a report' },
        // a citizen's attachment only by those who work on the comments of the drafting unit (consultation/file-access.ts)
        { url: `/api/v1/files/${records.attachmentFileId}`, unitId: records.draftingUnitId, ability: 'consultation.review', label: 'a citizen’s attachment' },
      ];
    }
    // a route that names no record acts on what its body names: the drafting unit (see bodyOf)
    let unitId: string | null = route.includes(':id') ? null : records.draftingUnitId;
    const segments = route.split('/').map((segment, i, all) => {
      if (!segment.startsWith(':')) return segment;
      const param = segment.slice(1);
      if (param !== 'id') return named[param] ?? 'khong-ton-tai';
      const kind = ids[all[i - 1]!];
      if (!kind) return 'khong-ton-tai';
      unitId = kind[1];
      return kind[0];
    });
    return [{ url: segments.join('/'), unitId }];
  }

  /** A body the route's schema accepts, naming the province's records where a field asks for one. */
  function bodyOf(op: Operation, probe: Probe): { payload?: unknown; headers: Record<string, string> } {
    if (op.method === 'GET' || op.method === 'DELETE') return { headers: {} };
    if (!op.body) {
      const form = multipart([{ name: 'file', fileName: 'du-thao.txt', data: SAMPLE_TEXT, type: 'text/plain' }]);
      return { payload: form.payload, headers: form.headers };
    }
    const unit = probe.unitId ?? records.draftingUnitId;
    const hint = (path: string): unknown => {
      const key = path.split('.').at(-1) ?? '';
      if (key === 'unitId' || key === 'draftingUnitId') return unit;
      if (key === 'versionId') return records.versionId;
      if (key === 'userId') return records.officerId;
      if (path === 'commentIds') return [records.commentId];
      if (key === 'period') return '2024-Y';
      if (key === 'opensOn') return '2026-12-01';
      if (key === 'closesOn') return '2027-01-15';
      return undefined;
    };
    return { payload: sampleOf(op.body, hint), headers: {} };
  }

  function expectationOf(op: Operation, probe: Probe, actor: Actor | null): 'allowed' | 'refused' {
    const access = op.access;
    if (access === 'public') return 'allowed';
    if (!actor) return 'refused';
    if (access === 'session') return 'allowed';
    if (!can(actor, access.ability)) return 'refused';
    if (access.scope === 'own') return 'refused'; // the matrix's people own none of the province's records
    if (access.scope === 'unit') {
      if (!probe.unitId) throw new Error(`${op.method} ${op.route} is scoped to a unit, but the matrix knows no unit for ${probe.url}`);
      return can(actor, probe.ability ?? access.ability, { unitId: probe.unitId }) ? 'allowed' : 'refused';
    }
    return 'allowed';
  }

  async function tryCell(op: Operation, probe: Probe, who: string, session: Session | null, actor: Actor | null): Promise<void> {
    const expected = expectationOf(op, probe, actor);
    const body = bodyOf(op, probe);
    const res = await app.inject({ method: op.method, url: probe.url, headers: { ...(session ? auth(session) : {}), ...body.headers }, payload: body.payload as string | undefined });
    const status = res.statusCode;
    cells.push({ who, status, expected });
    const scoped = typeof op.access === 'object' && op.access.scope !== undefined;
    const refusal = actor ? (scoped ? [403, 404] : [403]) : [401];
    const ok = status < 500 && (expected === 'refused' ? refusal.includes(status) : ![401, 403].includes(status));
    if (!ok) failures.push(`${who} ${op.method} ${probe.url.replace(/[0-9a-f-]{36}/g, ':id')} (${op.route}) → ${status}, expected ${expected}${status >= 400 ? `: ${res.body.slice(0, 160)}` : ''}`);
  }

  /**
   * docs/permissions.md is the matrix as people read it: who gets each route, in the record's unit and in another.
   * It is written from the same expectations the cells are held to, and this fails when it is out of date
   * (`UPDATE_PERMISSIONS=1 npx vitest run src/permission-matrix.test.ts` rewrites it).
   */
  async function checkRecordedMatrix(rows: { op: Operation; probe: Probe }[]): Promise<void> {
    const rolesWith = (op: Operation, probe: Probe, unitId: string) =>
      ROLES.filter((role) => expectationOf(op, probe, { kind: 'user', userId: 'x', name: 'x', roles: [{ role, unitId }] }) === 'allowed').join(', ') || '—';
    const lines = rows
      .sort((a, b) => a.op.route.localeCompare(b.op.route) || a.op.method.localeCompare(b.op.method))
      .map(({ op, probe }) => {
        const access = typeof op.access === 'string' ? op.access : `${probe.ability ?? op.access.ability}${op.access.scope ? ` (${op.access.scope})` : ''}${probe.label ? `, ${probe.label}` : ''}`;
        return `| \`${op.method} ${op.route}\` | ${access} | ${op.access === 'public' ? 'yes' : 'no'} | ${rolesWith(op, probe, probe.unitId ?? records.draftingUnitId)} | ${rolesWith(op, probe, OTHER_UNIT)} |`;
      });
    const text = [
      '# Who may call each API route',
      '',
      'GENERATED by `src/permission-matrix.test.ts` from the access each route declares (`config.access`, see `Access` in',
      '`src/platform/http/app.ts`) and the rules in `src/modules/*/policy.ts`; the same test tries every cell on a real',
      'province and fails when this file is out of date (`UPDATE_PERMISSIONS=1 npx vitest run src/permission-matrix.test.ts`).',
      '',
      '- **scope unit**: the route acts on a record of a unit (a draft of its drafting unit, a task of the unit that reports',
      '  on it) and a role held in another unit does not reach it, except roles that reach every unit.',
      '- **scope own**: only the person the record belongs to (nobody else, whatever the role).',
      '- *Same unit* is the unit of the record the route acts on; *another unit* is an unrelated one. Signing in and out',
      '  (`POST`/`DELETE /api/v1/session`) are open to anyone and tried by the fuzz test instead.',
      '',
      '| Route | Access | Anonymous | Same unit | Another unit |',
      '|---|---|---|---|---|',
      ...lines,
      '',
    ].join('\n');
    const file = 'docs/permissions.md';
    if (process.env.UPDATE_PERMISSIONS === '1') fs.writeFileSync(file, text);
    expect(fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '', `${file} is out of date: UPDATE_PERMISSIONS=1 npx vitest run src/permission-matrix.test.ts`).toBe(text);
  }

  it('tries every operation with every role of the same and of another unit', async () => {
    const doc = (await app.inject({ url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema: JsonSchema }> } }>> };
    const declared = new Map(app.declaredRoutes.map((r) => [`${r.method} ${r.url}`, r.access]));
    const ops: Operation[] = [];
    for (const [path, methods] of Object.entries(doc.paths)) {
      const route = path.replace(/\{(\w+)\}/g, ':$1');
      if (!route.startsWith('/api/v1/')) continue;
      for (const [m, op] of Object.entries(methods)) {
        const method = m.toUpperCase() as Method;
        if (SKIPPED.has(`${method} ${route}`)) continue;
        const access = declared.get(`${method} ${route}`);
        if (!access) throw new Error(`${method} ${route} is in the OpenAPI document but declares no access`);
        ops.push({ method, route, access, body: op.requestBody?.content?.['application/json']?.schema ?? null });
      }
    }
    const people = [...sessions.entries()];
    const isLast = (op: Operation) => LAST.some((end) => op.route.endsWith(end));
    const reads = ops.filter((op) => op.method === 'GET');
    const writes = ops.filter((op) => op.method !== 'GET').sort((a, b) => Number(isLast(a)) - Number(isLast(b)));
    const cellsOf = (op: Operation) =>
      probesOf(op.route).flatMap((probe) => [
        { probe, who: 'anonymous', session: null, actor: null },
        // the same unit as the record (or the drafting unit where the route names none) and an unrelated unit
        ...people
          .filter(([key]) => key.endsWith(`@${probe.unitId ?? records.draftingUnitId}`) || key.endsWith(`@${OTHER_UNIT}`))
          .map(([key, s]) => ({ probe, who: key, session: s.session, actor: s.actor })),
      ]);
    await checkRecordedMatrix(ops.flatMap((op) => probesOf(op.route).map((probe) => ({ op, probe }))));
    for (const op of reads) for (const c of cellsOf(op)) await tryCell(op, c.probe, c.who, c.session, c.actor);
    for (const op of writes) for (const c of cellsOf(op)) if (expectationOf(op, c.probe, c.actor) === 'refused') await tryCell(op, c.probe, c.who, c.session, c.actor);
    for (const op of writes) for (const c of cellsOf(op)) if (expectationOf(op, c.probe, c.actor) === 'allowed') await tryCell(op, c.probe, c.who, c.session, c.actor);

    expect(failures).toEqual([]);
    // every API route is in the document, so none escapes the matrix
    const api = app.declaredRoutes.filter((r) => r.url.startsWith('/api/v1/') && !SKIPPED.has(`${r.method} ${r.url}`));
    expect(ops.map((op) => `${op.method} ${op.route}`).sort()).toEqual(api.map((r) => `${r.method} ${r.url}`).sort());
    const byStatus = new Map<string, number>();
    for (const c of cells) byStatus.set(`${c.expected} ${c.status}`, (byStatus.get(`${c.expected} ${c.status}`) ?? 0) + 1);
    console.log(`permission matrix: ${ops.length} operations, ${cells.length} cells (${[...byStatus].map(([k, n]) => `${k}: ${n}`).sort().join(', ')})`);
  }, 240_000);
});
