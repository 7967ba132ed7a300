import { beforeAll, expect, it } from 'vitest';
import { describeEachDriver } from '../../../test/db';
import { buildTestApp } from '../../../test/app';
import { buildDemoOrg } from '../../../test/factories';
import type { App } from '../../platform/http';

describeEachDriver('public portal pages', (getDb) => {
  let app: App;
  beforeAll(async () => {
    await buildDemoOrg(getDb());
    app = await buildTestApp(getDb());
  });

  it('serves the home page as complete HTML with no script and a strict CSP', async () => {
    const res = await app.inject({ url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toMatch(/^<!doctype html><html lang="vi">/);
    expect(res.body).not.toContain('<script');
    expect(res.body).toContain('ỦY BAN NHÂN DÂN TỈNH LÀO CAI');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-request-id']).toBeTruthy();
    expect(Buffer.byteLength(res.body)).toBeLessThan(20_000);
  });

  it('lists the agencies as of a past date through a plain GET form', async () => {
    const res = await app.inject({ url: '/co-cau-to-chuc?ngay=2024-06-01' });
    expect(res.body).toContain('Sở Thông tin và Truyền thông');
    expect(res.body).toContain('Ủy ban nhân dân thành phố Yên Bái');
    const later = await app.inject({ url: '/co-cau-to-chuc?ngay=2026-01-01' });
    expect(later.body).not.toContain('Sở Thông tin và Truyền thông');
    // typed as people write days, where a browser has no date picker
    expect((await app.inject({ url: '/co-cau-to-chuc?ngay=01/06/2024' })).body).toContain('Ủy ban nhân dân thành phố Yên Bái');
    const bad = await app.inject({ url: '/co-cau-to-chuc?ngay=31/02/2024' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('không hợp lệ');
  });

  it('answers unknown pages with a Vietnamese 404 page and API paths with problem+json', async () => {
    const page = await app.inject({ url: '/khong-co-trang-nay' });
    expect(page.statusCode).toBe(404);
    expect(page.body).toContain('Không tìm thấy trang');
    const api = await app.inject({ url: '/api/v1/khong-co' });
    expect(api.headers['content-type']).toContain('application/problem+json');
  });

  it('publishes an OpenAPI document and reports health', async () => {
    const doc = (await app.inject({ url: '/api/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toContain('/api/v1/session');
    expect((await app.inject({ url: '/api/health' })).json()).toMatchObject({ status: 'ok', migrations: 'current' });
    expect((await app.inject({ url: '/api/docs/' })).statusCode).toBe(200);
  });
});
