import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachDriver } from '../../../test/db';
import { buildTestApp, multipart } from '../../../test/app';
import { buildDemoOrg, SYSTEM } from '../../../test/factories';
import { listPublicConsultations, loadDemoConsultation } from '../../modules/consultation';
import type { App } from '../../platform/http';
import { formatDate, formatDateTime } from './dates';
import { renderPortalError } from './frame';
import { DICTIONARIES, t, tAround } from './i18n';
import { EN_LABELS, VI_LABELS } from './labels';
import { languageHref } from './layout';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('portal dictionaries', () => {
  it('has every key in both locales, non-empty, with the same placeholders', () => {
    expect(Object.keys(DICTIONARIES.en).sort()).toEqual(Object.keys(DICTIONARIES.vi).sort());
    for (const [key, vi] of Object.entries(DICTIONARIES.vi)) {
      const en = DICTIONARIES.en[key as keyof typeof DICTIONARIES.en];
      expect(vi.trim(), key).not.toBe('');
      expect(en.trim(), key).not.toBe('');
      expect(placeholders(en), key).toEqual(placeholders(vi));
    }
    expect(t('en', 'org.count', { count: 3, date: 'today' })).toBe('3 agencies and units as of today.');
    expect(tAround('en', 'receipt.keep', 'link')).toEqual(['Keep this code to ', ' of the drafting agency.']);
  });

  it('labels every consultation code, document type and unit type in English', () => {
    for (const kind of Object.keys(VI_LABELS) as (keyof typeof VI_LABELS)[]) expect(Object.keys(EN_LABELS[kind]).sort(), kind).toEqual(Object.keys(VI_LABELS[kind]).sort());
  });

  it('writes English dates as "17 January 2024", on the Vietnam calendar', () => {
    expect(formatDate('en', '2024-01-17')).toBe('17 January 2024');
    expect(formatDate('en', '2025-03-05', 'short')).toBe('5 March 2025');
    expect(formatDate('vi', '2024-01-17')).toBe('ngày 17 tháng 01 năm 2024');
    expect(formatDateTime('en', new Date('2024-01-16T17:30:00Z'))).toBe('00:30, 17 January 2024');
  });

  it('keeps the path and query in the language link, never another site', () => {
    expect(languageHref('/gop-y?q=ho%20tro&lang=vi', 'en')).toBe('/gop-y?q=ho+tro&lang=en');
    expect(languageHref('//evil.example/x', 'vi')).toBe('/x?lang=vi');
  });

  it('renders the error page in the locale of the request it is given', () => {
    const html = renderPortalError(404, 'Không tìm thấy dự thảo.', { url: '/gop-y/x?lang=en', query: { lang: 'en' }, cookies: {} });
    expect(html).toMatch(/^<!doctype html><html lang="en">/);
    expect(html).toContain('Page not found');
    expect(html).toContain('<p role="alert" lang="vi">Không tìm thấy dự thảo.</p>');
    expect(renderPortalError(404, 'x')).toContain('Không tìm thấy trang');
  });
});

describeEachDriver('public portal in English', (getDb) => {
  let app: App;
  let slug: string;
  beforeAll(async () => {
    await buildDemoOrg(getDb());
    await loadDemoConsultation({ db: getDb().db, actor: SYSTEM });
    app = await buildTestApp(getDb());
    slug = (await listPublicConsultations(getDb().db))[0]!.slug;
  });

  it('serves the home page in English with ?lang=en and remembers the choice in a cookie', async () => {
    const res = await app.inject({ url: '/?lang=en' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/^<!doctype html><html lang="en">/);
    expect(res.body).not.toContain('<script');
    for (const label of ['Main navigation', '>Home<', 'Comment on drafts', 'Follow a comment', 'Agencies and units', 'Staff sign-in']) expect(res.body).toContain(label);
    expect(res.body).toContain('<a href="/?lang=vi" lang="vi" hrefLang="vi">Tiếng Việt</a>');
    expect(res.headers.vary).toContain('Cookie');
    const cookie = res.cookies.find((c) => c.name === 'dt_lang');
    expect(cookie).toMatchObject({ value: 'en', path: '/', sameSite: 'Lax', maxAge: 365 * 24 * 60 * 60 });

    const later = await app.inject({ url: '/gop-y', headers: { cookie: 'dt_lang=en' } });
    expect(later.body).toMatch(/^<!doctype html><html lang="en">/);
    expect(later.body).toContain('Comment on draft policies');
    expect(later.cookies.find((c) => c.name === 'dt_lang')).toBeUndefined();
    const back = await app.inject({ url: '/gop-y?lang=vi', headers: { cookie: 'dt_lang=en' } });
    expect(back.body).toMatch(/^<!doctype html><html lang="vi">/);
    expect(back.cookies.find((c) => c.name === 'dt_lang')?.value).toBe('vi');
  });

  it('shows the agencies in English, keeping the date in the language link', async () => {
    const res = await app.inject({ url: '/co-cau-to-chuc?lang=en&ngay=2024-06-01' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/^<!doctype html><html lang="en">/);
    expect(res.body).toContain('As of date');
    expect(res.body).toContain('as of 1 June 2024.');
    expect(res.body).toContain('Sở Thông tin và Truyền thông');
    expect(res.body).toContain('href="/co-cau-to-chuc?lang=vi&amp;ngay=2024-06-01"');
    const bad = await app.inject({ url: '/co-cau-to-chuc?lang=en&ngay=31/02/2024' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('is not valid');
  });

  it('keeps the Vietnamese default unchanged, offering English', async () => {
    for (const url of ['/', '/?lang=fr']) {
      const res = await app.inject({ url, headers: { cookie: 'dt_lang=xx' } });
      expect(res.body).toMatch(/^<!doctype html><html lang="vi">/);
      expect(res.body).toContain('Điều hướng chính');
      expect(res.body).toContain('Cổng truyền thông chính sách tỉnh Lào Cai');
      expect(res.body).toContain('<a href="/?lang=en" lang="en" hrefLang="en">English</a>');
      expect(res.cookies.find((c) => c.name === 'dt_lang')).toBeUndefined();
    }
  });

  it('shows the English summary first on an English draft page; the draft stays in Vietnamese', async () => {
    const en = (await app.inject({ url: `/gop-y/${slug}?lang=en` })).body;
    const summary = en.indexOf('<h2 id="summary-en">Summary in English</h2>');
    expect(summary).toBeGreaterThan(0);
    expect(summary).toBeLessThan(en.indexOf('<p class="lead" lang="vi">'));
    expect(en.match(/id="summary-en"/g)).toHaveLength(1);
    expect(en).toContain('The text of the draft and the comments on it are in Vietnamese.');
    expect(en).toContain('<h3 id="dieu-3-h" lang="vi">Điều 3');
    const vi = (await app.inject({ url: `/gop-y/${slug}` })).body;
    expect(vi).toContain('<h3 id="summary-en">Summary in English</h3>');
    expect(vi.slice(vi.indexOf('<main'))).not.toContain('lang="vi"');
  });

  it('names document types and unit types in English, and the Vietnamese names of units stay marked as such', async () => {
    const list = (await app.inject({ url: '/gop-y?lang=en' })).body;
    expect(list).toMatch(/(Resolution|Decision) of the Provincial People&#x27;s (Council|Committee) · <span lang="vi">/);
    const page = (await app.inject({ url: `/gop-y/${slug}?lang=en` })).body;
    expect(page).toMatch(/<p class="eyebrow">(Resolution|Decision) of the Provincial People&#x27;s (Council|Committee) · <span lang="vi">/);
    const org = (await app.inject({ url: '/co-cau-to-chuc?ngay=2024-06-01&lang=en' })).body;
    expect(org).toContain('<span class="org-tree__type" lang="en">(Department)</span>');
    const vi = (await app.inject({ url: '/co-cau-to-chuc?ngay=2024-06-01' })).body;
    expect(vi).toContain('<span class="org-tree__type">(Sở)</span>');
  });

  it('labels the comment form in English and keeps the server messages in Vietnamese', async () => {
    const form = await app.inject({ url: `/gop-y/${slug}/y-kien?dieu=dieu-3`, headers: { cookie: 'dt_lang=en' } });
    for (const label of ['You are commenting as', 'A citizen', 'Your position', 'I propose changes or additions', 'Consent to the processing of personal data', 'Send comment']) expect(form.body).toContain(label);
    const body = multipart(Object.entries({ idempotencyKey: 'key-en-000001', dieu: 'dieu-3', commenterType: 'citizen', name: 'Jane Doe', email: 'jane@example.org', stance: 'agree', body: 'Fine.', consentProcessing: '' }).map(([name, value]) => ({ name, value })));
    const refused = await app.inject({ method: 'POST', url: `/gop-y/${slug}/y-kien`, headers: { ...body.headers, cookie: 'dt_lang=en' }, payload: body.payload });
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toMatch(/^<!doctype html><html lang="en">/);
    expect(refused.body).toContain('Please check the following');
    expect(refused.body).toContain('Bạn cần đồng ý');
    expect(refused.body).toContain('Jane Doe');
  });
});
