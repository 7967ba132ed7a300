import fs from 'node:fs';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { DrizzleQueryError } from 'drizzle-orm/errors';
import { auth, multipart, signInAs } from '../../../test/app';
import { buildDemoOrg, buildUser } from '../../../test/factories';
import '../../bootstrap';
import { buildServer } from '../../server';
import { loadConfig } from '../config';
import type { Database } from '../db';
import { addDays, todayVn } from '../text';
import type { App } from './app';
import { serializeError } from './error-serializer';
import { openMigratedMemory } from '../../../test/db';

const V1 = fs.readFileSync('test/fixtures/drafts/du-thao-nq-ho-tro-v1.txt');
const PERSONAL = ['Hoàng Thị Riêng Tư', '0901234567', 'rieng.tu@example.vn', 'Nhà tôi ở số 5 ngõ Bí Mật'];

describe('a failed comment insert logs ids, never the comment\'s personal data (issue 11, reliability 4)', () => {
  const log: string[] = [];
  const logStream = new Writable({
    write(chunk: Buffer, _enc, done) {
      log.push(...chunk.toString('utf8').split('\n').filter((l) => l.trim()));
      done();
    },
  });
  let database: Database;
  let app: App;
  let slug: string;
  beforeAll(async () => {
    database = await openMigratedMemory();
    await buildDemoOrg(database);
    app = await buildServer({ ...loadConfig({ DATABASE_URL: 'memory:' }), logLevel: 'info' }, database, { logStream });
    await app.ready();
    const o = await buildUser(database, { role: 'officer', unitId: 'lc-so-tp' });
    const officer = await signInAs(app, o.username, o.password);
    const created = await app.inject({ method: 'POST', url: '/api/v1/policies', headers: auth(officer), payload: { title: 'Nghị quyết thử nhật ký lỗi', docType: 'nq_hdnd_tinh', draftingUnitId: 'lc-so-tp', summary: 'Thử.' } });
    slug = created.json().slug;
    const up = multipart([{ name: 'file', fileName: 'du-thao-v1.txt', data: V1 }]);
    const v = await app.inject({ method: 'POST', url: `/api/v1/policies/${created.json().id}/versions`, headers: { ...auth(officer), ...up.headers }, payload: up.payload });
    const round = await app.inject({ method: 'POST', url: `/api/v1/policies/${created.json().id}/rounds`, headers: auth(officer), payload: { versionId: v.json().id, opensOn: todayVn(), closesOn: addDays(todayVn(), 29), targetGroups: ['Người dân', 'Ủy ban MTTQ và các tổ chức chính trị - xã hội'], consulteeUnitIds: [] } });
    expect(round.statusCode).toBe(201);
    // the database refuses every comment, quoting the row's personal data in its error, as a constraint would
    await database.db.execute(sql.raw(`create function refuse_comment() returns trigger language plpgsql as $$
      begin raise exception 'comment refused for "%"', new.email using detail = 'Key (email, phone)=(' || new.email || ', ' || coalesce(new.phone, '') || ') name ' || new.name; end $$`));
    await database.db.execute(sql.raw('create trigger refuse_comment before insert on comments for each row execute function refuse_comment()'));
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('answers 500 and logs the request id, the SQLSTATE and the SQL text, without name, phone, email or text', async () => {
    const fields = { idempotencyKey: 'key-errlog-0001', dieu: 'dieu-3', commenterType: 'citizen', name: PERSONAL[0]!, pseudonym: '', email: PERSONAL[2]!, phone: PERSONAL[1]!, stance: 'propose', body: PERSONAL[3]!, consentProcessing: '1', consentContact: '1' };
    const body = multipart(Object.entries(fields).map(([name, value]) => ({ name, value })));
    log.length = 0;
    const res = await app.inject({ method: 'POST', url: `/gop-y/${slug}/y-kien`, headers: { ...body.headers, 'x-forwarded-for': '203.0.113.21' }, payload: body.payload });
    expect(res.statusCode).toBe(500);
    await new Promise((resolve) => setImmediate(resolve));
    const errors = log.map((l) => JSON.parse(l) as { level: number; reqId: string; err?: { code?: string; query?: string; paramCount?: number; stack?: string } }).filter((l) => l.level >= 50);
    expect(errors.length).toBeGreaterThan(0);
    const text = log.join('\n');
    for (const value of PERSONAL) expect(text).not.toContain(value);
    const [first] = errors;
    expect(first!.reqId).toBe(res.headers['x-request-id']);
    expect(JSON.stringify(first!.err)).toContain('P0001');
    expect(JSON.stringify(first!.err)).toMatch(/insert into|comments/i);
  });

  it('keeps what identifies a query error and drops its values (drizzle, pg and PGlite shapes)', () => {
    const dbError = Object.assign(new Error('duplicate key value violates unique constraint "users_email_uq"'), { code: '23505', severity: 'ERROR', table: 'users', constraint: 'users_email_uq', detail: 'Key (email)=(an@example.vn) already exists.', where: 'SQL statement', internalQuery: 'x' });
    const wrapped = new DrizzleQueryError('insert into users (id, email) values ($1, $2)', ['u1', 'an@example.vn'], dbError);
    const out = serializeError(wrapped);
    expect(JSON.stringify(out)).not.toContain('an@example.vn');
    expect(out).toMatchObject({ message: 'Failed query: insert into users (id, email) values ($1, $2)', query: 'insert into users (id, email) values ($1, $2)', paramCount: 2, cause: { code: '23505', table: 'users', constraint: 'users_email_uq' } });
    expect(out.stack).toMatch(/^DrizzleQueryError: Failed query: insert into users/);
    expect(serializeError(Object.assign(new Error('invalid input syntax for type integer: "0901234567"'), { code: '22P02' })).message).toBe('invalid input syntax for type integer: "…"');
    expect(serializeError(new Error('plain failure')).message).toBe('plain failure');
  });
});
