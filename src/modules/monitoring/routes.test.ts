import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDriver } from '../../../test/db';
import { auth, buildTestApp, multipart, signInAs, type Session } from '../../../test/app';
import { buildDemoOrg, buildUser } from '../../../test/factories';
import { startFeedServer, type FeedServer } from '../../../test/feed-server';
import type { App } from '../../platform/http';
import { pollDueSources } from './fetch';
import { assignStories } from './stories';

// the API's shared fetcher reads the setting when first used: the test server listens on 127.0.0.1
process.env.MONITORING_ALLOW_PRIVATE_HOSTS = 'true';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'monitoring-routes-'));
process.env.FILES_DIR = tmp;

describeEachDriver('monitoring office API', (getDb) => {
  let app: App;
  let server: FeedServer;
  let coordinator: Session;
  let press: Session;
  let officer: Session;

  beforeAll(async () => {
    await buildDemoOrg(getDb());
    app = await buildTestApp(getDb());
    server = await startFeedServer();
    const who = async (role: 'coordinator' | 'press' | 'officer') => {
      const u = await buildUser(getDb(), { role, unitId: 'lc-so-ct' });
      return signInAs(app, u.username, u.password);
    };
    coordinator = await who('coordinator');
    press = await who('press');
    officer = await who('officer');
  });
  afterAll(async () => {
    await app?.close();
    await server?.close();
  });

  it('lets a coordinator add a feed and see relevant items highlighted with their sentiment; an officer sees nothing', async () => {
    const wl = await app.inject({ method: 'POST', url: '/api/v1/monitoring/watchlists', headers: auth(coordinator), payload: { name: 'Tỉnh', kind: 'place', terms: [{ label: 'Yên Bái (cũ)', names: ['Yên Bái'], validTo: '2025-07-01' }, { label: 'Lào Cai', names: ['Lào Cai'] }] } });
    expect(wl.statusCode).toBe(201);
    const page = await app.inject({ method: 'POST', url: '/api/v1/monitoring/sources/probe', headers: auth(coordinator), payload: { url: `${server.url}/pages/home.html` } });
    expect(page.json()).toMatchObject({ kind: 'page', feedLinks: expect.arrayContaining([`${server.url}/feeds/news.rss`]) });
    const refused = await app.inject({ method: 'POST', url: '/api/v1/monitoring/sources', headers: auth(coordinator), payload: { kind: 'feed', url: `${server.url}/gone.rss` } });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().title).toMatch(/^Không thêm được nguồn: /);
    const added = await app.inject({ method: 'POST', url: '/api/v1/monitoring/sources', headers: auth(coordinator), payload: { kind: 'feed', url: `${server.url}/feeds/news.rss` } });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({ kind: 'feed', enabled: true, errorStreak: 0 });
    await pollDueSources(getDb().db);
    await assignStories(getDb().db);

    const list = await app.inject({ method: 'GET', url: '/api/v1/monitoring/items?relevant=true', headers: auth(press) });
    expect(list.statusCode).toBe(200);
    const items = list.json().items as { id: string; title: { text: string; hit: boolean }[]; sentiment: string; storySize: number; matched: string[] }[];
    expect(items.length).toBe(2);
    const yb = items.find((i) => i.title.map((s) => s.text).join('').includes('Yên Bái'))!;
    expect(yb.title.filter((s) => s.hit).map((s) => s.text)).toEqual(['Yên Bái']);
    expect(yb.matched).toContain('Yên Bái (cũ)');
    expect(['positive', 'neutral', 'negative']).toContain(yb.sentiment);
    expect(yb.storySize).toBe(1);
    // accent-free search finds it
    const q = await app.inject({ method: 'GET', url: `/api/v1/monitoring/items?q=${encodeURIComponent('yen bai gop y')}`, headers: auth(press) });
    expect(q.json().total).toBe(1);

    const detail = await app.inject({ method: 'GET', url: `/api/v1/monitoring/items/${yb.id}`, headers: auth(press) });
    expect(detail.statusCode).toBe(200);
    expect(detail.json().story).toMatchObject({ itemCount: 1 });
    const fix = await app.inject({ method: 'PUT', url: `/api/v1/monitoring/items/${yb.id}/sentiment`, headers: auth(press), payload: { sentiment: 'negative' } });
    expect(fix.json()).toEqual({ sentiment: 'negative' });
    const after = await app.inject({ method: 'GET', url: `/api/v1/monitoring/items/${yb.id}`, headers: auth(press) });
    expect(after.json()).toMatchObject({ sentiment: 'negative', sentimentCorrected: true });

    expect((await app.inject({ method: 'GET', url: '/api/v1/monitoring/items', headers: auth(officer) })).statusCode).toBe(403);
    expect((await app.inject({ method: 'POST', url: '/api/v1/monitoring/sources', headers: auth(press), payload: { kind: 'feed', url: `${server.url}/feeds/news.atom` } })).statusCode).toBe(403);
    const sources = await app.inject({ method: 'GET', url: '/api/v1/monitoring/sources', headers: auth(press) });
    expect(sources.json().items[0]).toMatchObject({ itemsTotal: 3, perDay: [{ count: 3 }] });
  });

  it('shows a saved query error at its position', async () => {
    const check = await app.inject({ method: 'POST', url: '/api/v1/monitoring/queries/check', headers: auth(coordinator), payload: { query: '(sạt lở OR lũ quét' } });
    expect(check.json()).toMatchObject({ ok: false });
    expect(check.json().at).toBeGreaterThanOrEqual(0);
    const bad = await app.inject({ method: 'POST', url: '/api/v1/monitoring/watchlists', headers: auth(coordinator), payload: { name: 'Hỏng', kind: 'query', query: '(sạt lở OR lũ quét' } });
    expect(bad.statusCode).toBe(422);
  });

  it('takes an upload, previews it and refuses a mapping without the text column', async () => {
    const csv = 'Link,Tác giả\nhttps://fb.com/1,Trang A\n';
    const form = multipart([{ name: 'file', fileName: 'xuat.csv', data: Buffer.from(csv), type: 'text/csv' }]);
    const up = await app.inject({ method: 'POST', url: '/api/v1/monitoring/imports?vendor=Reputa', headers: { ...auth(coordinator), ...form.headers }, payload: form.payload });
    expect(up.statusCode).toBe(201);
    expect(up.json().preview).toMatchObject({ headers: ['Link', 'Tác giả'], saved: false });
    const start = await app.inject({ method: 'POST', url: `/api/v1/monitoring/imports/${up.json().id}/start`, headers: auth(coordinator), payload: { mapping: { url: 'Link' } } });
    expect(start.json().status).toBe('refused');
    const list = await app.inject({ method: 'GET', url: '/api/v1/monitoring/imports', headers: auth(coordinator) });
    expect(list.json().items[0]).toMatchObject({ status: 'refused', rowsImported: 0 });
  });
});

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
