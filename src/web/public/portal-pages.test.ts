import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { renderToStaticMarkup } from 'react-dom/server';
import { describeEachDriver } from '../../../test/db';
import { buildTestApp, multipart } from '../../../test/app';
import { buildDemoOrg, SYSTEM } from '../../../test/factories';
import { confirmCommentByOfficer, listPublicConsultations, loadDemoConsultation, moderateComments, openRound, submitComment, type PublicRound } from '../../modules/consultation';
import { closeRoundEarly } from '../../modules/consultation/actions/close-round';
import { extendRound } from '../../modules/consultation/actions/extend-round';
import { forgetRound } from '../../modules/consultation/actions/submit-comment';
import { createDraft, uploadVersion } from '../../modules/policies';
import { bumpPublicContent } from '../../platform/page-cache';
import { addDays, todayVn } from '../../platform/text';
import type { App } from '../../platform/http';
import { currentNavHref } from './layout';
import { RoundStatus } from './pages/round-status';
import { safeReturnPath } from './return-path';

const currentLinks = (html: string) => [...html.matchAll(/<a [^>]*aria-current="page"[^>]*>([^<]*)<\/a>/g)].map((m) => m[1]);

describe('portal navigation and return paths', () => {
  it('makes exactly the longest matching entry current, never two', () => {
    expect(currentNavHref('/gop-y/tra-cuu')).toBe('/gop-y/tra-cuu');
    expect(currentNavHref('/gop-y')).toBe('/gop-y');
    expect(currentNavHref('/')).toBe('/');
    expect(currentNavHref('/co-cau-to-chuc')).toBe('/co-cau-to-chuc');
    expect(currentNavHref('')).toBeNull();
  });

  it('sends a report back only to a portal page of comments, rebuilt from its parts', () => {
    expect(safeReturnPath('/gop-y/du-thao-a')).toBe('/gop-y/du-thao-a');
    expect(safeReturnPath('/gop-y/du-thao-a/y-kien-da-cong-bo?dieu=dieu-3&x=<b>')).toBe('/gop-y/du-thao-a/y-kien-da-cong-bo?dieu=dieu-3');
    for (const bad of ['https://evil.example/gop-y/a', '//evil.example/gop-y/a', '/\\evil.example', '/gop-y/a/../../office/', '/office/', '/gop-y/tra-cuu', '/gop-y/a b', 'javascript:alert(1)', '', null, 42, '/gop-y/a/y-kien']) {
      expect(safeReturnPath(bad), String(bad)).toBeNull();
    }
  });

  it('shows the public reason of a changed end date and what comes next', () => {
    const base: PublicRound = { id: 'r', opensOn: '2026-01-01', closesOn: '2026-02-15', status: 'closed', daysLeft: null, closedOn: '2026-01-20', isClosedEarly: true, closeReason: 'Dự thảo được rút để sửa theo Luật mới.', extension: null, nextOpensOn: '2026-03-01', targetGroups: [], minDays: 30, synthesisFileUrl: null, synthesisPublishedOn: null };
    const closed = renderToStaticMarkup(RoundStatus({ round: base, locale: 'vi' }));
    expect(closed).toContain('kết thúc sớm ngày 20/01/2026 (dự kiến đến hết 15/02/2026)');
    expect(closed).toContain('Lý do: <span>Dự thảo được rút để sửa theo Luật mới.</span>');
    expect(closed).toContain('Báo cáo tổng hợp sẽ được công bố tại trang này');
    expect(closed).toContain('Đợt lấy ý kiến tiếp theo mở từ 01/03/2026');
    const extended = renderToStaticMarkup(RoundStatus({ round: { ...base, status: 'open', daysLeft: 12, closedOn: null, isClosedEarly: false, closeReason: null, nextOpensOn: null, extension: { reason: 'Nhiều hiệp hội đề nghị thêm thời gian.', originalClosesOn: '2026-01-31' } }, locale: 'en' }));
    expect(extended).toContain('extended until the end of 15 February 2026 (first announced: the end of 31 January 2026)');
    expect(extended).toContain('Reason: <span lang="vi">Nhiều hiệp hội đề nghị thêm thời gian.</span>');
    expect(extended).toContain('12 days left to comment.');
    const published = renderToStaticMarkup(RoundStatus({ round: { ...base, closeReason: null, nextOpensOn: null, synthesisFileUrl: '/gop-y/bao-cao-tong-hop/r.docx', synthesisPublishedOn: '2026-02-20' }, locale: 'vi' }));
    expect(published).toContain('Báo cáo tổng hợp đã được công bố ngày 20/02/2026. <a href="/gop-y/bao-cao-tong-hop/r.docx">');
  });
});

describeEachDriver('portal pages: navigation, forms, closed rounds, home', (getDb) => {
  let app: App;
  let openSlug: string;
  let closedSlug: string;
  let closedRoundId: string;
  let publishedId: string;
  const today = todayVn();

  beforeAll(async () => {
    await buildDemoOrg(getDb());
    const db = getDb().db;
    await loadDemoConsultation({ db, actor: SYSTEM });
    app = await buildTestApp(getDb());
    openSlug = (await listPublicConsultations(db))[0]!.slug;
    // a second draft whose round has ended, one comment published on it
    const ctx = { db, actor: SYSTEM };
    const draft = await createDraft(ctx, { title: 'Quyết định quy định giá dịch vụ thu gom rác thải', docType: 'qd_ubnd_tinh', draftingUnitId: 'lc-so-tp' });
    const v = await uploadVersion(ctx, draft.id, { data: fs.readFileSync('test/fixtures/drafts/du-thao-nq-ho-tro-v1.txt'), fileName: 'v1.txt' });
    closedRoundId = (await openRound(ctx, draft.id, { versionId: v.id, opensOn: today, closesOn: addDays(today, 30), targetGroups: ['Người dân', 'Ủy ban MTTQ và các tổ chức chính trị - xã hội'], consulteeUnitIds: [] })).id;
    const { comment } = await submitComment({ db, clientIp: '198.51.100.40', publicUrl: 'http://localhost' }, { roundId: closedRoundId, articleAnchor: 'dieu-3', commenterType: 'citizen', name: 'Lê Văn Gọi', phone: '0987654321', consent: { processing: true, contact: false, showName: false }, stance: 'agree', body: 'Mức giá hợp lý.', idempotencyKey: 'portal-pages-0001' });
    await confirmCommentByOfficer(ctx, comment.id, { reason: 'Đã gọi điện, người góp ý xác nhận.' });
    await moderateComments(ctx, closedRoundId, { commentIds: [comment.id], action: 'publish' });
    publishedId = comment.id;
    await db.execute(sql`update consultation_rounds set opens_on = ${addDays(today, -40)}, closes_on = ${addDays(today, -5)} where id = ${closedRoundId}`);
    forgetRound(db, closedRoundId);
    bumpPublicContent();
    closedSlug = draft.slug;
  });

  it('marks at most one navigation link as the current page on every portal page, the lookup page its own', async () => {
    const pages = ['/', '/gop-y', '/gop-y/tra-cuu', '/gop-y/tra-cuu?ma=GY-00000000', '/gop-y/gui-lai-xac-nhan', `/gop-y/${openSlug}`, `/gop-y/${openSlug}/y-kien`, `/gop-y/${closedSlug}/y-kien-da-cong-bo?dieu=dieu-3`, '/co-cau-to-chuc', '/khong-co-trang-nay', '/?lang=en', '/gop-y/tra-cuu?lang=en'];
    for (const url of pages) {
      const res = await app.inject({ url });
      expect(res.headers['content-type'], url).toContain('text/html');
      expect(currentLinks(res.body).length, url).toBeLessThanOrEqual(1);
    }
    expect(currentLinks((await app.inject({ url: '/gop-y/tra-cuu' })).body)).toEqual(['Tra cứu ý kiến']);
    expect(currentLinks((await app.inject({ url: '/gop-y' })).body)).toEqual(['Góp ý dự thảo']);
    expect(currentLinks((await app.inject({ url: '/' })).body)).toEqual(['Trang chủ']);
  });

  it('asks for the receipt code when the lookup form is sent empty, and says nothing on a first visit', async () => {
    const empty = await app.inject({ url: '/gop-y/tra-cuu?ma=' });
    expect(empty.statusCode).toBe(422);
    expect(empty.body).toContain('Hãy nhập mã biên nhận');
    expect(empty.body).toContain('aria-invalid="true"');
    const first = await app.inject({ url: '/gop-y/tra-cuu' });
    expect(first.statusCode).toBe(200);
    expect(first.body).not.toContain('Hãy nhập mã biên nhận');
  });

  it('reports every error of the comment form at once, linked from a summary, with the values kept', async () => {
    const form = await app.inject({ url: `/gop-y/${openSlug}/y-kien?dieu=dieu-3` });
    expect(form.body).toMatch(/<form [^>]*novalidate=""/i);
    const body = multipart(Object.entries({ idempotencyKey: 'portal-pages-0002', dieu: 'dieu-3', commenterType: 'citizen', name: '', email: 'khong-hop-le', phone: '12', stance: '', body: 'Nội dung giữ lại 123', consentProcessing: '' }).map(([name, value]) => ({ name, value })));
    const res = await app.inject({ method: 'POST', url: `/gop-y/${openSlug}/y-kien`, headers: body.headers, payload: body.payload });
    expect(res.statusCode).toBe(422);
    const summary = /<div role="alert" class="error-summary"[^]*?<\/div>/.exec(res.body)![0];
    for (const field of ['name', 'email', 'phone', 'stance', 'consent']) expect(summary, field).toContain(`href="#${field}"`);
    expect(summary.match(/<li>/g)).toHaveLength(5);
    for (const field of ['name', 'email', 'phone']) expect(res.body).toMatch(new RegExp(`id="${field}"[^>]*aria-invalid="true"[^>]*aria-describedby="${field}-loi`));
    expect(res.body).toMatch(/<fieldset id="stance" aria-invalid="true" aria-describedby="stance-loi">/);
    expect(res.body).toMatch(/<fieldset id="consent" aria-invalid="true" aria-describedby="consent-loi">/);
    expect(res.body).toContain('<title>Có lỗi: Góp ý Điều 3');
    expect(res.body).toContain('Nội dung giữ lại 123');
    expect(res.body).toContain('value="khong-hop-le"');
  });

  it('says a file chosen before an error was not sent, and refuses a display name carrying a phone number', async () => {
    const fields = { idempotencyKey: 'portal-pages-0003', dieu: 'dieu-3', commenterType: 'business', name: 'Công ty Thử', pseudonym: 'Hoa - 0987 654 321', email: 'congty@example.vn', phone: '', stance: 'propose', body: 'Góp ý kèm tệp.', consentProcessing: '' };
    const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    const body = multipart([...Object.entries(fields).map(([name, value]) => ({ name, value })), { name: 'attachments', fileName: 'y-kien.pdf', data: pdf, type: 'application/pdf' }]);
    const res = await app.inject({ method: 'POST', url: `/gop-y/${openSlug}/y-kien`, headers: body.headers, payload: body.payload });
    expect(res.statusCode).toBe(422);
    const summary = /<div role="alert" class="error-summary"[^]*?<\/div>/.exec(res.body)![0];
    expect(summary).toContain('href="#attachments"');
    expect(res.body).toContain('1 tệp đính kèm chưa được gửi vì biểu mẫu còn lỗi: vui lòng chọn lại tệp trước khi gửi.');
    expect(summary).toContain('href="#pseudonym"');
    expect(res.body).toContain('Tên hiển thị công khai không được chứa số điện thoại, email hay số giấy tờ tùy thân');
  });

  it('gives the form back with everything typed when a file is over 5 MB, naming the file', async () => {
    const fields = { idempotencyKey: 'portal-pages-0004', dieu: 'dieu-3', commenterType: 'business', name: 'Hiệp hội Doanh nghiệp', pseudonym: '', email: 'hiephoi@example.vn', phone: '', stance: 'propose', body: 'Một góp ý dài của hiệp hội, giữ lại.' };
    const big = new Uint8Array(6 * 1024 * 1024).fill(0x25);
    // the consent comes after the file in the form: it is read too
    const body = multipart([...Object.entries(fields).map(([name, value]) => ({ name, value })), { name: 'attachments', fileName: 'gop-y-hiep-hoi.pdf', data: big, type: 'application/pdf' }, { name: 'consentProcessing', value: '1' }]);
    const res = await app.inject({ method: 'POST', url: `/gop-y/${openSlug}/y-kien`, headers: body.headers, payload: body.payload });
    expect(res.statusCode).toBe(413);
    expect(res.body).toContain('Tệp “gop-y-hiep-hoi.pdf” lớn hơn 5 MB, chưa được gửi');
    expect(res.body).toContain('Một góp ý dài của hiệp hội, giữ lại.');
    expect(res.body).toContain('value="hiephoi@example.vn"');
    expect(res.body).toMatch(/<form [^>]*method="post"/);
  });

  it('shows no form for a closed round, but when it closed and that the synthesis report is to come; what was typed is given back', async () => {
    const page = await app.inject({ url: `/gop-y/${closedSlug}` });
    expect(page.body).toContain(`Đợt lấy ý kiến đã kết thúc ngày ${addDays(today, -5).split('-').reverse().join('/')}`);
    expect(page.body).toContain('Báo cáo tổng hợp sẽ được công bố tại trang này');
    expect(page.body).not.toContain(`/gop-y/${closedSlug}/y-kien?dieu=`);
    const form = await app.inject({ url: `/gop-y/${closedSlug}/y-kien?dieu=dieu-3` });
    expect(form.statusCode).toBe(200);
    expect(form.body).not.toContain('<form method="post"');
    expect(form.body).toContain('Không còn nhận góp ý');
    const body = multipart(Object.entries({ idempotencyKey: 'portal-pages-0003', dieu: 'dieu-3', commenterType: 'citizen', name: 'Muộn', phone: '0912000111', stance: 'agree', body: 'Tôi gửi muộn một ngày.', consentProcessing: '1' }).map(([name, value]) => ({ name, value })));
    const late = await app.inject({ method: 'POST', url: `/gop-y/${closedSlug}/y-kien`, headers: body.headers, payload: body.payload });
    expect(late.statusCode).toBe(409);
    expect(late.body).not.toContain('<form method="post"');
    expect(late.body).toContain('Nội dung bạn đã nhập (chưa được gửi)');
    expect(late.body).toContain('Tôi gửi muộn một ngày.');
  });

  it('returns a reported comment to the page it was on with a thank-you, and refuses to send anyone elsewhere', async () => {
    const flag = (ve: string) => app.inject({ method: 'POST', url: `/gop-y/y-kien/${publishedId}/bao-cao`, headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '198.51.100.77' }, payload: `lyDo=Kh%C3%B4ng+ph%C3%B9+h%E1%BB%A3p&ve=${encodeURIComponent(ve)}` });
    const list = `/gop-y/${closedSlug}/y-kien-da-cong-bo?dieu=dieu-3`;
    const res = await flag(list);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`${list}&da-bao-cao=1#da-bao-cao`);
    const back = await app.inject({ url: String(res.headers.location).split('#')[0]! });
    expect(back.body).toContain('<p id="da-bao-cao" role="status" class="notice" tabindex="-1">Cảm ơn bạn đã báo cáo.');
    expect(back.body).toContain(`name="ve" value="${list.replace('&', '&amp;')}"`);
    const draft = await flag(`/gop-y/${closedSlug}`);
    expect(draft.headers.location).toBe(`/gop-y/${closedSlug}?da-bao-cao=1#da-bao-cao`);
    expect((await app.inject({ url: `/gop-y/${closedSlug}?da-bao-cao=1` })).body).toContain('Cảm ơn bạn đã báo cáo.');
    for (const evil of ['https://evil.example/', '//evil.example/gop-y/x', '/office/']) {
      const refused = await flag(evil);
      expect(refused.headers.location, evil).toBe('/gop-y?da-bao-cao=1#da-bao-cao');
    }
    expect((await app.inject({ url: '/gop-y?da-bao-cao=1' })).body).toContain('Cảm ơn bạn đã báo cáo.');
  });

  it('leads the home page with the open consultations and their days left, then how to follow a comment; light and script-free', async () => {
    const res = await app.inject({ url: '/' });
    const html = res.body;
    const open = html.indexOf('<h2 id="dang-lay-y-kien">Đang lấy ý kiến</h2>');
    expect(open).toBeGreaterThan(0);
    expect(open).toBeLessThan(html.indexOf('id="tra-cuu"'));
    expect(html.indexOf('id="tra-cuu"')).toBeLessThan(html.indexOf('id="co-quan"'));
    expect(html).toContain(`href="/gop-y/${openSlug}"`);
    expect(html).toContain(`Hạn góp ý: hết ${addDays(today, 29).split('-').reverse().join('/')} (còn 30 ngày)`);
    expect(html).not.toContain(closedSlug);
    expect(html).not.toContain('<script');
    expect(Buffer.byteLength(html)).toBeLessThan(20_000);
  });

  it('shows the public reasons of an extension and of an early close made in the office', async () => {
    const db = getDb().db;
    const ctx = { db, actor: SYSTEM, publicUrl: 'http://localhost' };
    const draft = await createDraft(ctx, { title: 'Quyết định về giờ mở cửa chợ đêm', docType: 'qd_ubnd_tinh', draftingUnitId: 'lc-so-tp' });
    const v = await uploadVersion(ctx, draft.id, { data: fs.readFileSync('test/fixtures/drafts/du-thao-nq-ho-tro-v1.txt'), fileName: 'v1.txt' });
    const round = await openRound(ctx, draft.id, { versionId: v.id, opensOn: today, closesOn: addDays(today, 30), targetGroups: ['Người dân', 'Ủy ban MTTQ và các tổ chức chính trị - xã hội'], consulteeUnitIds: [] });
    await db.execute(sql`update consultation_rounds set opens_on = ${addDays(today, -35)}, closes_on = ${addDays(today, 2)} where id = ${round.id}`);
    await extendRound(ctx, round.id, { closesOn: addDays(today, 12), reason: 'Nhiều hộ kinh doanh đề nghị thêm thời gian.' });
    const dmy = (iso: string) => iso.split('-').reverse().join('/');
    const extended = (await app.inject({ url: `/gop-y/${draft.slug}` })).body;
    expect(extended).toContain(`gia hạn đến hết ${dmy(addDays(today, 12))} (thời hạn ban đầu: hết ${dmy(addDays(today, 2))})`);
    expect(extended).toContain('Lý do: <span>Nhiều hộ kinh doanh đề nghị thêm thời gian.</span>');
    await closeRoundEarly(ctx, round.id, { reason: 'Dự thảo phải sửa theo luật mới ban hành.' });
    forgetRound(db, round.id);
    const closed = (await app.inject({ url: `/gop-y/${draft.slug}` })).body;
    expect(closed).toContain(`kết thúc sớm ngày ${dmy(today)} (dự kiến đến hết ${dmy(addDays(today, 12))})`);
    expect(closed).toContain('Lý do: <span>Dự thảo phải sửa theo luật mới ban hành.</span>');
    expect((await app.inject({ url: `/gop-y/${draft.slug}/y-kien` })).body).not.toContain('<form method="post"');
  });

  it('lists a newly published synthesis report on the home page, with its link', async () => {
    const db = getDb().db;
    await db.execute(sql`update consultation_rounds set synthesis_published_at = now(), synthesis_file_id = 'tep-thu' where id = ${closedRoundId}`);
    bumpPublicContent();
    const html = (await app.inject({ url: '/' })).body;
    const reports = html.indexOf('id="bao-cao-moi"');
    expect(reports).toBeGreaterThan(html.indexOf('id="dang-lay-y-kien"'));
    expect(html.slice(reports)).toContain(`href="/gop-y/${closedSlug}"`);
    expect(html.slice(reports)).toContain(`href="/gop-y/bao-cao-tong-hop/${closedRoundId}.docx"`);
    expect(html).toContain(`Công bố ngày ${today.split('-').reverse().join('/')}`);
    const page = await app.inject({ url: `/gop-y/${closedSlug}` });
    expect(page.body).toContain('Báo cáo tổng hợp đã được công bố ngày');
  });
});
