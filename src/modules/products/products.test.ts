import { beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { describeEachDriver } from '../../../test/db';
import { auth, buildTestApp, multipart, signInAs, type Session } from '../../../test/app';
import { buildDemoOrg, buildUser, SYSTEM } from '../../../test/factories';
import type { App } from '../../platform/http';
import { addDays, todayVn } from '../../platform/text';
import { loadDemoConsultation, listPublicConsultations } from '../consultation';
import { computeFigures } from '../plans';
import { createDraft } from '../policies';
import { countWords, readingTime } from '.';
import { scheduledBroadcasts } from './present';

// a 2 × 2 PNG, a JPEG header, an MP3 with an ID3 tag, an Ogg page: the bytes decide the type, not the name
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000002000000020806000000f278d43a0000001649444154789c63f8cfc0f09f818181e13f0303c3ff0000220006fdd1d0e6a50000000049454e44ae426082', 'hex');
const MP3 = Buffer.concat([Buffer.from('ID3', 'ascii'), Buffer.from([3, 0, 0, 0, 0, 0, 0]), Buffer.from([0xff, 0xfb, 0x90, 0x64]), Buffer.alloc(400)]);
const EXE = Buffer.concat([Buffer.from('MZ', 'ascii'), Buffer.alloc(200)]);

describeEachDriver('communication products: library, language versions, gallery, files, figures', (getDb) => {
  let app: App;
  let officer: Session;
  let otherOfficer: Session;
  let coordinator: Session;
  let viewer: Session;
  let policyId: string;
  let policySlug: string;

  beforeAll(async () => {
    await buildDemoOrg(getDb());
    await loadDemoConsultation({ db: getDb().db, actor: SYSTEM });
    app = await buildTestApp(getDb());
    const draft = await createDraft({ db: getDb().db, actor: SYSTEM }, { title: 'Nghị quyết hỗ trợ đầu tư hạ tầng giao thông nông thôn', docType: 'qd_ubnd_tinh', draftingUnitId: 'lc-so-ct' });
    policyId = draft.id;
    policySlug = draft.slug;
    const users = await Promise.all([
      buildUser(getDb(), { role: 'officer', unitId: 'lc-so-vhttdl' }),
      buildUser(getDb(), { role: 'officer', unitId: 'lc-so-tp' }),
      buildUser(getDb(), { role: 'coordinator', unitId: 'lc-so-vhttdl' }),
      buildUser(getDb(), { role: 'viewer', unitId: 'lc-so-tp' }),
    ]);
    [officer, otherOfficer, coordinator, viewer] = await Promise.all(users.map((u) => signInAs(app, u.username, u.password)));
  });

  const post = (s: Session, url: string, payload?: object) => app.inject({ method: 'POST', url, headers: auth(s), payload });
  const put = (s: Session, url: string, payload: object) => app.inject({ method: 'PUT', url, headers: auth(s), payload });
  const count = async (table: string) => Number(((await getDb().db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as unknown as { rows: { n: number }[] }).rows[0]!.n);
  const infographic = () => ({ kind: 'infographic', title: 'Hỗ trợ làm đường giao thông nông thôn: ai được, bao nhiêu', policyId, unitId: 'lc-so-vhttdl', channels: ['portal', 'social'] });

  it('refuses a product without a policy, or with an unknown one, in Vietnamese, and saves nothing', async () => {
    const before = await count('product_items');
    for (const body of [{ ...infographic(), policyId: undefined }, { ...infographic(), policyId: '' }, { ...infographic(), policyId: 'khong-co' }]) {
      const res = await post(officer, '/api/v1/products', body);
      expect(res.statusCode).toBe(422);
      expect(res.json().detail ?? res.json().title).toContain('phải gắn với một chính sách');
    }
    expect(await count('product_items')).toBe(before);
    expect(await count('product_versions')).toBe(0);
  });

  it('lets officers create products of their own unit only; viewers read', async () => {
    expect((await post(otherOfficer, '/api/v1/products', infographic())).statusCode).toBe(403);
    expect((await post(viewer, '/api/v1/products', infographic())).statusCode).toBe(403);
    const res = await post(officer, '/api/v1/products', infographic());
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ status: 'draft', version: 1, kindLabel: 'Infographic', policy: { title: 'Nghị quyết hỗ trợ đầu tư hạ tầng giao thông nông thôn' } });
    expect((await app.inject({ url: `/api/v1/products/${res.json().id}`, headers: auth(viewer) })).json().abilities).toEqual({ canEdit: false, canPublish: false, canWithdraw: false });
  });

  it('publishes only with a plain-language summary of at most 600 characters; an edit keeps the earlier version', async () => {
    const { id } = (await post(officer, '/api/v1/products', infographic())).json();
    expect((await post(officer, `/api/v1/products/${id}/publish`)).statusCode).toBe(403);
    const refused = await post(coordinator, `/api/v1/products/${id}/publish`);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().title).toContain('tóm tắt dễ hiểu');
    const tooLong = await put(officer, `/api/v1/products/${id}`, { ...infographic(), summary: 'a'.repeat(601) });
    expect(tooLong.statusCode).toBe(422);
    const edited = await put(officer, `/api/v1/products/${id}`, { ...infographic(), summary: 'Hộ gia đình ở xã được hỗ trợ xi măng để làm đường hạ tầng giao thông thôn bản.' });
    expect(edited.json().version).toBe(2);
    expect(edited.json().versions.map((v: { version: number; summary: string }) => [v.version, v.summary.length > 0])).toEqual([[2, true], [1, false]]);
    const published = await post(coordinator, `/api/v1/products/${id}/publish`);
    expect(published.statusCode).toBe(200);
    expect(published.json().portalPath).toMatch(/^\/san-pham-truyen-thong\/\d+-ho-tro-lam-duong-giao-thong-nong-thon/);
    // on the portal, an officer's edit would go live unreviewed: only a coordinator changes it, never losing its summary
    const byOfficer = await put(officer, `/api/v1/products/${id}`, { ...infographic(), summary: 'Sửa sau khi đăng, chưa duyệt.' });
    expect(byOfficer.statusCode).toBe(403);
    expect(byOfficer.json().title).toContain('chỉ điều phối viên sửa được');
    expect((await put(officer, `/api/v1/products/${id}/languages`, { lang: 'en', title: 'Unreviewed', summary: 'Unreviewed.' })).statusCode).toBe(403);
    expect((await app.inject({ url: `/api/v1/products/${id}`, headers: auth(officer) })).json().abilities).toMatchObject({ canEdit: false });
    expect((await put(coordinator, `/api/v1/products/${id}`, { ...infographic(), summary: '' })).statusCode).toBe(422);
  });

  it('accepts language versions only in the listed codes, and the portal marks them with that lang', async () => {
    const { id } = (await post(officer, '/api/v1/products', { ...infographic(), title: 'Tờ rơi hỗ trợ hạ tầng', summary: 'Tóm tắt dễ hiểu của tờ rơi.' })).json();
    expect((await put(officer, `/api/v1/products/${id}/languages`, { lang: 'hmong', title: 'X' })).statusCode).toBe(422);
    expect((await put(otherOfficer, `/api/v1/products/${id}/languages`, { lang: 'hnj', title: 'X' })).statusCode).toBe(403);
    const saved = await put(officer, `/api/v1/products/${id}/languages`, { lang: 'hnj', title: 'Kev pab txhim kho txoj kev', summary: 'Cov tsev neeg tau txais kev pab.', translator: 'Giàng A Lử' });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().languageVersions).toMatchObject([{ lang: 'hnj', label: 'Tiếng H’Mông Xanh (Njua)' }]);
    await put(officer, `/api/v1/products/${id}/languages`, { lang: 'en', title: 'Support for rural roads' });
    // every version read on the portal carries its plain-language summary
    const unsummarised = await post(coordinator, `/api/v1/products/${id}/publish`);
    expect(unsummarised.statusCode).toBe(422);
    expect(unsummarised.json().title).toBe('Chưa đăng được: bản Tiếng Anh chưa có tóm tắt dễ hiểu.');
    await put(officer, `/api/v1/products/${id}/languages`, { lang: 'en', title: 'Support for rural roads', summary: 'Households get cement for village roads.' });
    await post(coordinator, `/api/v1/products/${id}/publish`);
    const path = (await app.inject({ url: `/api/v1/products/${id}`, headers: auth(viewer) })).json().portalPath;
    const page = await app.inject({ url: path });
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(/<h3 id="ban-hnj" lang="hnj">Kev pab txhim kho txoj kev<\/h3>/);
    expect(page.body).toMatch(/lang="en">Support for rural roads/);
    // the translator is named on the page by choice of the unit, but never in the audit
    const audit = JSON.stringify(((await getDb().db.execute(sql`select summary from audit_log where subject_id = ${id} union all select summary from audit_inbox where subject_id = ${id}`)) as unknown as { rows: unknown[] }).rows);
    expect(audit).toContain('hnj');
    expect(audit).not.toContain('Giàng A Lử');
    const filtered = await app.inject({ url: '/san-pham-truyen-thong?ngon-ngu=hnj' });
    expect(filtered.body).toContain('Tờ rơi hỗ trợ hạ tầng');
    expect(filtered.body).not.toContain('Hỗ trợ làm đường giao thông nông thôn: ai được');
  });

  it('lists only published products in the gallery, finds them without accents, and never shows an id', async () => {
    const draftOnly = (await post(officer, '/api/v1/products', { ...infographic(), title: 'Bản nháp chưa đăng về hạ tầng', summary: 'Chưa đăng.' })).json();
    const gallery = await app.inject({ url: '/san-pham-truyen-thong?q=ha%20tang' });
    expect(gallery.statusCode).toBe(200);
    expect(gallery.body).toContain('Tờ rơi hỗ trợ hạ tầng');
    expect(gallery.body).not.toContain('Bản nháp chưa đăng');
    expect(gallery.body).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
    expect((await app.inject({ url: '/san-pham-truyen-thong?q=khong%20co%20gi%20nhu%20the' })).body).toContain('Không có sản phẩm nào phù hợp.');
    const ref = (await app.inject({ url: `/api/v1/products/${draftOnly.id}`, headers: auth(viewer) })).json().refNo;
    expect((await app.inject({ url: `/san-pham-truyen-thong/${ref}` })).statusCode).toBe(404);
    // by policy
    expect((await app.inject({ url: `/san-pham-truyen-thong?chinh-sach=${policySlug}` })).body).toContain('Tờ rơi hỗ trợ hạ tầng');
    expect((await app.inject({ url: '/san-pham-truyen-thong?chinh-sach=khong-co' })).body).not.toContain('Tờ rơi hỗ trợ hạ tầng');
  });

  it('checks uploads by their bytes and serves published media inline on the portal', async () => {
    // a schedule into 2099 is a typo: refused
    const decades = await post(officer, '/api/v1/products', { ...infographic(), kind: 'loudspeaker_script', title: 'Kịch bản quá dài', body: 'Kính thưa bà con.', broadcastFrom: '2027-01-01', broadcastTo: '2099-12-31', slotsPerDay: 24, communes: ['lc-xa-luc-yen'] });
    expect(decades.statusCode).toBe(422);
    expect(JSON.stringify(decades.json())).toContain('Lịch phát dài tối đa 366 ngày');
    const { id } = (await post(officer, '/api/v1/products', { ...infographic(), kind: 'loudspeaker_script', title: 'Kịch bản: hỗ trợ làm đường', summary: 'Bản tin phát trên loa.', body: 'Kính thưa bà con. '.repeat(50), broadcastFrom: '2026-12-01', broadcastTo: '2026-12-10', slotsPerDay: 2, communes: ['lc-xa-luc-yen'] })).json();
    const upload = (data: Buffer, fileName: string, s = officer) => {
      const form = multipart([{ name: 'file', fileName, data, type: 'application/octet-stream' }]);
      return app.inject({ method: 'POST', url: `/api/v1/products/${id}/files`, headers: { ...auth(s), ...form.headers }, payload: form.payload });
    };
    expect((await upload(EXE, 'ban-tin.mp3')).statusCode).toBe(415);
    expect((await upload(Buffer.from('không phải ảnh'), 'anh.png')).statusCode).toBe(415);
    expect((await upload(MP3, 'ban-tin.mp3', otherOfficer)).statusCode).toBe(403);
    expect((await upload(Buffer.alloc(0), 'rong.png')).statusCode).toBe(422);
    // each kind has its cap: an image over 10 MB is refused though audio may reach 20 MB
    const bigImage = Buffer.concat([PNG.subarray(0, 33), Buffer.alloc(11 * 1024 * 1024)]);
    const tooBig = await upload(bigImage, 'to.png');
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json().title).toBe('Tệp quá lớn: loại tệp này tối đa 10 MB.');
    const audio = await upload(MP3, 'ban-tin.mp3');
    expect(audio.statusCode).toBe(200);
    expect(audio.json().files).toMatchObject([{ mimeType: 'audio/mpeg', media: 'audio', fileName: 'ban-tin.mp3' }]);
    expect((await upload(PNG, 'anh')).json().files[1]).toMatchObject({ mimeType: 'image/png', media: 'image' });
    const detail = audio.json();
    expect(detail.readingTime).toEqual({ words: 200, seconds: 80, label: '1 phút 20 giây' });
    expect(detail.broadcast).toMatchObject({ scheduled: 2 * 10 * 1, communes: [expect.stringContaining('Lục Yên')] });
    const script = await app.inject({ url: `/api/v1/products/${id}/script.docx`, headers: auth(viewer) });
    expect(script.statusCode).toBe(200);
    expect(script.headers['content-type']).toContain('wordprocessingml');
    const published = (await post(coordinator, `/api/v1/products/${id}/publish`)).json();
    const page = await app.inject({ url: published.portalPath });
    const src = /<audio controls="" preload="none" src="([^"]+)"/.exec(page.body)?.[1];
    expect(src).toBeDefined();
    const served = await app.inject({ url: src! });
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('audio/mpeg');
    expect(page.body).toMatch(/<img src="[^"]+" alt="[^"]*" width="2" height="2" loading="lazy"|<img src="[^"]+" alt="[^"]*" width="2" height="2"/);
    expect(page.body).toContain('Thời lượng đọc khoảng 1 phút 20 giây (200 chữ).');
    // after withdrawal the page and its files are gone from the portal
    await post(coordinator, `/api/v1/products/${id}/withdraw`, { reason: 'Chính sách đã thay đổi.' });
    expect((await app.inject({ url: published.portalPath })).statusCode).toBe(404);
    expect((await app.inject({ url: src! })).statusCode).toBe(404);
  });

  it('makes a poster for a published product and for a draft under consultation', async () => {
    const open = (await listPublicConsultations(getDb().db)).find((c) => c.status === 'open')!;
    const draftPoster = await app.inject({ url: `/san-pham-truyen-thong/du-thao/${open.slug}/ap-phich.docx` });
    expect(draftPoster.statusCode).toBe(200);
    expect(draftPoster.headers['content-type']).toContain('wordprocessingml');
    const print = await app.inject({ url: `/san-pham-truyen-thong/du-thao/${open.slug}/ap-phich` });
    expect(print.body).toContain('data:image/png;base64,');
    expect(print.body).toContain(`/gop-y/${open.slug}`);
    expect((await app.inject({ url: '/san-pham-truyen-thong/du-thao/khong-co/ap-phich.docx' })).statusCode).toBe(404);
    const options = (await app.inject({ url: '/api/v1/products/options', headers: auth(officer) })).json();
    expect(options.consultations.map((c: { slug: string }) => c.slug)).toContain(open.slug);
    // a product may serve a consultation round, of its own policy only
    const demoDraft = options.policies.find((p: { title: string }) => p.title === open.title);
    const round = options.rounds.find((r: { policyId: string }) => r.policyId === demoDraft.id);
    expect(round.label).toMatch(/^Từ \d{2}\/\d{2}\/\d{4} đến \d{2}\/\d{2}\/\d{4}$/);
    const wrong = await post(officer, '/api/v1/products', { ...infographic(), roundId: round.id });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().title).toBe('Đợt lấy ý kiến không thuộc chính sách đã chọn.');
    const right = await post(officer, '/api/v1/products', { ...infographic(), policyId: demoDraft.id, roundId: round.id });
    expect(right.json().round).toEqual({ id: round.id, label: round.label });
  });

  it('counts the year’s published products by kind, channel and language, reach and broadcasts for the annual report', async () => {
    const { id } = (await post(officer, '/api/v1/products', { ...infographic(), title: 'Video hạ tầng', kind: 'video', summary: 'Video ngắn.', channels: ['social'] })).json();
    const today = todayVn();
    await post(officer, `/api/v1/products/${id}/reach`, { channel: 'social', measure: 'views', value: 1000, measuredOn: addDays(today, -2) });
    await post(officer, `/api/v1/products/${id}/reach`, { channel: 'social', measure: 'views', value: 1500, measuredOn: today });
    expect((await post(officer, `/api/v1/products/${id}/reach`, { channel: 'social', measure: 'views', value: 5, measuredOn: addDays(today, 1) })).statusCode).toBe(422);
    await post(coordinator, `/api/v1/products/${id}/publish`);
    const year = Number(today.slice(0, 4));
    const view = { plan: { id: 'p', year }, tasks: [], progress: { tasks: [], units: [] }, reports: [], dir: { unit: () => undefined } } as unknown as Parameters<typeof computeFigures>[1];
    const figures = new Map((await computeFigures(getDb().db, view)).map((f) => [f.code, f.value]));
    const rows = ((await getDb().db.execute(sql`select kind, channels from product_items where published_at is not null`)) as unknown as { rows: { kind: string; channels: string[] }[] }).rows;
    expect(figures.get('I-06.products')).toBe(rows.length);
    expect(figures.get('I-06.kind.video')).toBe(1);
    expect(figures.get('I-06.channel.social')).toBe(rows.filter((r) => r.channels.includes('social')).length);
    expect(figures.get('I-06.language.hnj')).toBe(1);
    // the latest measure counts, not the sum of successive counts of the same views
    expect(figures.get('I-06.reach.social.views')).toBe(1500);
    expect(figures.get('I-06.loudspeaker.broadcasts')).toBe(20);
  });
});

it('estimates reading time at about 150 words a minute, rounded up to 5 seconds', () => {
  expect(countWords('Kính thưa bà con — nhân dân xã, 2026!')).toBe(8);
  expect(readingTime('')).toEqual({ words: 0, seconds: 0, label: '0 giây' });
  expect(readingTime('một hai ba').seconds).toBe(5);
  expect(readingTime(Array(150).fill('chữ').join(' '))).toMatchObject({ seconds: 60, label: '1 phút' });
  expect(readingTime(Array(151).fill('chữ').join(' '))).toMatchObject({ seconds: 65, label: '1 phút 5 giây' });
});

it("counts a loudspeaker script's broadcasts within the report's year only", () => {
  const script = { broadcastFrom: '2026-12-30', broadcastTo: '2027-01-02', slotsPerDay: 2, communes: ['a', 'b'] };
  expect(scheduledBroadcasts(script)).toBe(2 * 4 * 2);
  expect(scheduledBroadcasts(script, { from: '2026-01-01', to: '2026-12-31' })).toBe(2 * 2 * 2);
  expect(scheduledBroadcasts(script, { from: '2025-01-01', to: '2025-12-31' })).toBe(0);
});
