import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { describeEachDriver } from '../../../test/db';
import { auth, buildTestApp, multipart, signInAs, type Session } from '../../../test/app';
import { buildDemoOrg, buildUser } from '../../../test/factories';
import { readDocxText } from '../../platform/documents';
import { PT_PER_MM, isA4, plainText, programCodes, renderDocuments, shouldRender, textBounds } from '../../platform/documents/render-check';
import type { App } from '../../platform/http';
import { addDays, todayVn } from '../../platform/text';
import { getDirectory, type UnitRecord } from '../organisations';
import { documentCodeOf, issuerOf, issuingUnitAt, nameWithoutTerritory } from '../organisations';
import { replyReference } from './synthesis-issuer';
import { checkSigner, headAmong } from './synthesis-signer';

const V1 = fs.readFileSync('test/fixtures/drafts/du-thao-nq-ho-tro-v1.txt');
const rows = async <T,>(db: { execute: (q: ReturnType<typeof sql>) => Promise<unknown> }, q: ReturnType<typeof sql>) => ((await db.execute(q)) as { rows: T[] }).rows;
const unit = (u: Partial<UnitRecord> & Pick<UnitRecord, 'name' | 'type'>): UnitRecord => ({ id: 'x', shortName: null, level: 'province', parentId: null, abbreviations: [], otherNames: [], place: 'Lào Cai', validFrom: '2000-01-01', validTo: null, ...u });

describe('the synthesis report’s issuer, code, reply references and signer', () => {
  it('codes a unit from its one-word abbreviation, else from the initials of its name without the province', () => {
    expect(documentCodeOf(unit({ name: 'Sở Công Thương tỉnh Lào Cai', type: 'so', abbreviations: ['SCT'] }))).toBe('SCT');
    expect(documentCodeOf(unit({ name: 'Sở Kế hoạch và Đầu tư tỉnh Yên Bái', type: 'so', abbreviations: ['Sở KH&ĐT', 'SKHĐT'] }))).toBe('SKHĐT');
    // no usable abbreviation ("Sở DT&TG" has a space and "&"): initials, "và" skipped, marks dropped, Đ kept
    expect(documentCodeOf(unit({ name: 'Sở Dân tộc và Tôn giáo tỉnh Lào Cai', type: 'so', abbreviations: ['Sở DT&TG'] }))).toBe('SDTTG');
    expect(documentCodeOf(unit({ name: 'Sở Giáo dục và Đào tạo tỉnh Lào Cai', type: 'so' }))).toBe('SGDĐT');
    expect(documentCodeOf(unit({ name: 'Ban Quản lý các KCN tỉnh Lào Cai', type: 'ban' }))).toBe('BQLKCN');
    expect(documentCodeOf(unit({ name: 'Ủy ban nhân dân tỉnh Lào Cai', type: 'ubnd_tinh', abbreviations: ['UBND tỉnh'] }))).toBe('UBND');
    expect(nameWithoutTerritory(unit({ name: 'Sở Tư pháp tỉnh Lào Cai', type: 'so' }))).toBe('Sở Tư pháp');
  });

  it('cites a written reply with its kind, number and date (months 1–2 zero-padded)', () => {
    expect(replyReference('123/STP-XDKTVB', '2026-03-05')).toBe('Công văn số 123/STP-XDKTVB ngày 05/3/2026');
    expect(replyReference('Số: 45/BC-MTTQ', '2026-02-10')).toBe('Báo cáo số 45/BC-MTTQ ngày 10/02/2026');
    expect(replyReference('Công văn số 9/SNV-TCBC', '2026-11-20')).toBe('Công văn số 9/SNV-TCBC ngày 20/11/2026');
    expect(replyReference(null, '2026-03-05')).toBe('văn bản ngày 05/3/2026');
  });

  it('takes the head of a unit as default signer and refuses, in Vietnamese, a publication with nobody to sign', () => {
    const people = [{ fullName: 'Lê Phó', title: 'Phó Giám đốc' }, { fullName: 'Trần Chuyên Viên', title: 'Chuyên viên' }, { fullName: 'Nguyễn Giám', title: 'Giám đốc' }];
    expect(headAmong(people)).toEqual({ name: 'Nguyễn Giám', title: 'Giám đốc', authority: null });
    expect(headAmong(people.slice(0, 2))).toBeNull();
    expect(checkSigner({}, { name: 'A', title: 'Giám đốc' })).toEqual({ name: 'A', title: 'Giám đốc' });
    expect(checkSigner({ name: ' Lê  Phó ', title: 'Phó Giám đốc' }, null)).toEqual({ name: 'Lê Phó', title: 'Phó Giám đốc', authority: null });
    expect(() => checkSigner({}, null)).toThrow(/Chưa có người ký/u);
    expect(() => checkSigner({ name: 'Lê Phó' }, null)).toThrow(/chức vụ/u);
  });
});

/** The signer chosen when publishing. */
const DEPUTY = { signerName: 'Lê Thị Phó', signerTitle: 'Phó Giám đốc' };

describeEachDriver('synthesis report an office can sign; consultation minimum by type and regime', (getDb) => {
  let app: App;
  let officer: Session;
  let approver: Session;
  const today = todayVn();
  const draftOf = async (title: string) => {
    const created = await app.inject({ method: 'POST', url: '/api/v1/policies', headers: auth(officer), payload: { title, docType: 'nq_hdnd_tinh', draftingUnitId: 'lc-so-ct', summary: 'Thử nghiệm.' } });
    const up = multipart([{ name: 'file', fileName: 'du-thao-v1.txt', data: V1 }]);
    const v = await app.inject({ method: 'POST', url: `/api/v1/policies/${created.json().id}/versions`, headers: { ...auth(officer), ...up.headers }, payload: up.payload });
    return { id: created.json().id as string, versionId: v.json().id as string };
  };
  const open = (draft: { id: string; versionId: string }, opensOn: string, closesOn: string, extra: Record<string, unknown> = {}) =>
    app.inject({ method: 'POST', url: `/api/v1/policies/${draft.id}/rounds`, headers: auth(officer), payload: { versionId: draft.versionId, opensOn, closesOn, targetGroups: ['Người dân', 'Doanh nghiệp'], consulteeUnitIds: ['lc-so-tp', 'lc-mttq'], ...extra } });
  let older: { id: string; versionId: string };
  let newer: { id: string; versionId: string };
  let shortRoundId: string;
  const commentIds: string[] = [];

  beforeAll(async () => {
    await buildDemoOrg(getDb());
    app = await buildTestApp(getDb());
    const o = await buildUser(getDb(), { role: 'officer', unitId: 'lc-so-ct' });
    officer = await signInAs(app, o.username, o.password);
    const a = await buildUser(getDb(), { role: 'approver', unitId: 'lc-so-ct' });
    approver = await signInAs(app, a.username, a.password);
    older = await draftOf('Nghị quyết hỗ trợ khởi nghiệp (soạn thảo từ tháng 3/2025)');
    newer = await draftOf('Nghị quyết hỗ trợ chợ truyền thống');
    // the older draft's drafting started under Law 80/2015; this database's 2015 rule is 45 days, so the regime of
    // the drafting start (45) and that of the opening day (30) give different minimums
    await getDb().db.execute(sql`update policy_drafts set created_at = '2025-03-01T02:00:00Z', legal_regime = '2015' where id = ${older.id}`);
    await getDb().db.execute(sql`update legal_rules set value = '45'::jsonb where id = 'r-cons-min-nqt-2015'`);
  });

  it('takes the minimum from the rules table by document type and the regime of the drafting start, not the opening day', async () => {
    const tooShort = await open(older, today, addDays(today, 29));
    expect(tooShort.statusCode).toBe(422);
    expect(tooShort.json().title).toContain('Thời gian lấy ý kiến tối thiểu là 45 ngày theo Điều 120 Luật Ban hành văn bản quy phạm pháp luật năm 2015 (đang chọn 30 ngày)');
    expect(tooShort.json().title).toContain('thủ tục rút gọn');
    const minimum = (await app.inject({ url: `/api/v1/policies/${older.id}/consultation-minimum`, headers: auth(officer) })).json();
    expect(minimum).toMatchObject({ days: 45, regime: '2015', draftingStartedOn: '2025-03-01', shortenedDays: 1 });
    expect((await app.inject({ url: `/api/v1/policies/${newer.id}/consultation-minimum`, headers: auth(officer) })).json()).toMatchObject({ days: 30, regime: '2025', source: 'Luật Ban hành văn bản quy phạm pháp luật năm 2025 và Nghị định số 78/2025/NĐ-CP' });
    // the newer draft (Law 64/2025) opens for 30 days on the same day
    const ok = await open(newer, today, addDays(today, 29));
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ minDays: 30, minDaysSource: 'Luật Ban hành văn bản quy phạm pháp luật năm 2025 và Nghị định số 78/2025/NĐ-CP', shortenedReason: null });
    expect((await open(newer, addDays(today, 40), addDays(today, 50))).json().title).toContain('tối thiểu là 30 ngày');
  });

  it('opens a shorter round only as an explicit, reasoned shortened procedure, audited', async () => {
    const blank = await open(older, addDays(today, -20), addDays(today, -11), { shortenedReason: '   ' });
    expect(blank.statusCode).toBe(422);
    const res = await open(older, addDays(today, -20), addDays(today, -11), { shortenedReason: 'Cần ban hành kịp thời để khắc phục hậu quả thiên tai.' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ minDays: 1, shortenedReason: 'Cần ban hành kịp thời để khắc phục hậu quả thiên tai.', status: 'closed' });
    expect(res.json().minDaysSource).toContain('trình tự, thủ tục rút gọn');
    shortRoundId = res.json().id;
    const [audit] = await rows<{ after: { shortenedReason: string; minimum: { ruleId: string; regime: string; regularDays: number } } }>(getDb().db, sql`select summary->'after' as after from audit_log where action = 'consultation.open' and subject_id = ${shortRoundId}`);
    expect(audit!.after).toMatchObject({ shortenedReason: 'Cần ban hành kịp thời để khắc phục hậu quả thiên tai.', minimum: { ruleId: 'consultation.minDays.shortened', regime: '2015', regularDays: 45 } });
  });

  it('prints issuer, number, counts by answer, written replies, the signer and "Lưu: VT, SCT" — no codes, no personal data', async () => {
    const round = (await app.inject({ url: `/api/v1/policies/${older.id}`, headers: auth(officer) })).json().rounds.find((r: { id: string }) => r.id === shortRoundId);
    const stp = round.consultees.find((c: { unitId: string }) => c.unitId === 'lc-so-tp');
    expect((await app.inject({ method: 'POST', url: `/api/v1/consultees/${stp.id}/answer`, headers: auth(officer), payload: { answeredOn: addDays(today, -15), answerRef: '123/STP-XDKTVB' } })).statusCode).toBe(204);
    const add = async (anchor: string | null, body: string, disposition: string | null) => {
      const id = randomUUID();
      const n = commentIds.length + 1;
      await getDb().db.execute(sql`insert into comments (id, round_id, receipt_code, idempotency_key, article_anchor, commenter_type, name, email, consent, stance, body, public_body, state, client_key, email_verified_at, published_at)
        values (${id}, ${shortRoundId}, ${`GY-S${String(n).padStart(7, '0')}`}, ${`key-${id}`}, ${anchor}, 'citizen', 'Phạm Thị Riêng Tư', ${`rieng${n}@example.vn`}, '{"processing":true,"contact":true}'::jsonb, 'propose', ${body}, ${body}, 'published', 'ip:test', now(), now())`);
      if (disposition) await getDb().db.execute(sql`insert into comment_answers (comment_id, disposition, explanation, state, approved_at) values (${id}, ${disposition}, ${`Trả lời ${n}.`}, 'approved', now())`);
      commentIds.push(id);
    };
    await add('dieu-3', 'Đề nghị nâng mức hỗ trợ.', 'tiep_thu');
    await add('dieu-3', 'Nên có thêm mức cho hộ nghèo.', 'tiep_thu_mot_phan');
    await add('dieu-4', 'Không đồng ý đối tượng.', 'giai_trinh');
    await add(null, 'Dự thảo cần rõ hơn.', null);

    // the draft report: unsigned while nobody is chosen and the directory names no head; a chosen deputy signs "KT."
    const draftDocx = await app.inject({ url: `/api/v1/rounds/${shortRoundId}/synthesis.docx?signerName=${encodeURIComponent(DEPUTY.signerName)}&signerTitle=${encodeURIComponent(DEPUTY.signerTitle)}`, headers: auth(officer) });
    expect(draftDocx.statusCode).toBe(200);
    expect(draftDocx.headers['content-disposition']).toMatch(/filename="Bao-cao-tong-hop-[A-Za-z0-9-]+\.docx"; filename\*=UTF-8''/u);
    const text = await readDocxText(draftDocx.rawPayload);
    expect(text).toContain('UBND TỈNH LÀO CAI');
    expect(text).toContain('SỞ CÔNG THƯƠNG');
    expect(text).not.toMatch(/SỞ CÔNG THƯƠNG TỈNH/u);
    expect(text).toContain('Số:');
    expect(text).toContain('/BC-SCT');
    expect(text).toContain('- Lưu: VT, SCT.');
    expect(text).toContain('(10 ngày; áp dụng trình tự, thủ tục rút gọn theo Điều 147 Luật Ban hành văn bản quy phạm pháp luật năm 2015, lý do: Cần ban hành kịp thời để khắc phục hậu quả thiên tai)');
    expect(text).toContain(`Sở Tư pháp tỉnh Lào Cai: Công văn số 123/STP-XDKTVB ${replyReference(null, addDays(today, -15)).replace('văn bản ', '')}`);
    expect(text).toContain('Chưa có văn bản trả lời (1): Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lào Cai.');
    for (const label of ['Tiếp thu', 'Tiếp thu một phần', 'Giải trình, không tiếp thu', 'Chưa trả lời']) expect(text).toContain(label);
    expect(text).toContain('KT. GIÁM ĐỐC');
    expect(text).toContain('PHÓ GIÁM ĐỐC');
    expect(text).toContain('Lê Thị Phó');
    expect(text).not.toMatch(/GY-S\d|Phạm Thị Riêng Tư|example\.vn/u);
    expect(programCodes(text)).toEqual([]);

    // publishing needs a signer: none chosen and no head in the directory → Vietnamese 422
    await getDb().db.execute(sql`insert into comment_answers (comment_id, disposition, explanation, state, approved_at) values (${commentIds[3]}, 'giai_trinh', 'Đã quy định tại Điều 1.', 'approved', now())`);
    const unsigned = await app.inject({ method: 'POST', url: `/api/v1/rounds/${shortRoundId}/synthesis/publish`, headers: auth(officer), payload: {} });
    expect(unsigned.statusCode).toBe(422);
    expect(unsigned.json().title).toContain('Chưa có người ký');
    // with the head in the directory, the default signs in person
    await getDb().db.execute(sql`insert into people (id, full_name, title, unit_id) values (${randomUUID()}, 'Hoàng Văn Giám', 'Giám đốc', 'lc-so-ct'), (${randomUUID()}, 'Đỗ Văn Phó', 'Phó Giám đốc', 'lc-so-ct')`);
    expect((await app.inject({ url: `/api/v1/rounds/${shortRoundId}/synthesis/signer`, headers: auth(officer) })).json()).toMatchObject({ signer: { name: 'Hoàng Văn Giám', title: 'Giám đốc' } });
    const published = await app.inject({ method: 'POST', url: `/api/v1/rounds/${shortRoundId}/synthesis/publish`, headers: auth(officer), payload: {} });
    expect(published.statusCode).toBe(200);
    const [stored] = await rows<{ synthesis_signer: unknown; synthesis_date: string }>(getDb().db, sql`select synthesis_signer, synthesis_date::text from consultation_rounds where id = ${shortRoundId}`);
    expect(stored).toEqual({ synthesis_signer: { name: 'Hoàng Văn Giám', title: 'Giám đốc', authority: null }, synthesis_date: today });
    const [audit] = await rows<{ after: { signer: unknown; date: string } }>(getDb().db, sql`select summary->'after' as after from audit_log where action = 'consultation.synthesis.publish' and subject_id = ${shortRoundId}`);
    expect(audit!.after).toMatchObject({ signer: { name: 'Hoàng Văn Giám', title: 'Giám đốc' }, date: today });
    // the office downloads the published file itself, signed by the head, counts complete
    const signed = await readDocxText((await app.inject({ url: `/api/v1/rounds/${shortRoundId}/synthesis.docx`, headers: auth(officer) })).rawPayload);
    expect(signed).toContain('Hoàng Văn Giám');
    expect(signed).toContain('GIÁM ĐỐC');
    expect(signed).not.toContain('KT. GIÁM ĐỐC');

    if (!shouldRender()) return;
    const rendered = await renderDocuments({ 'bao-cao-tong-hop.docx': new Uint8Array(draftDocx.rawPayload) }, { png: Boolean(process.env.RENDER_DIR) });
    const doc = rendered['bao-cao-tong-hop.docx']!;
    expect(doc.pages.every((p) => isA4(p, 'portrait'))).toBe(true);
    expect(doc.fonts.length).toBeGreaterThan(0);
    expect(doc.fonts.every((f) => /LiberationSerif/u.test(f))).toBe(true);
    for (const page of doc.pages) {
      const b = textBounds(page)!;
      expect(b.left / PT_PER_MM).toBeGreaterThanOrEqual(29);
      expect((page.widthPt - b.right) / PT_PER_MM).toBeGreaterThanOrEqual(14);
    }
    // page 1 has no page number: its text starts inside the top margin (later pages carry the number above it)
    expect(textBounds(doc.pages[0]!)!.top / PT_PER_MM).toBeGreaterThanOrEqual(19);
    const all = plainText(doc);
    expect(all).toContain('/BC-SCT');
    expect(all).toContain('Lưu: VT, SCT.');
    const last = plainText({ ...doc, pages: doc.pages.slice(-1) });
    expect(last).toMatch(/Nơi nhận/u);
    expect(last).toMatch(/KT\. GIÁM ĐỐC/u);
    expect(last).toMatch(/PHÓ GIÁM ĐỐC/u);
    expect(last).toContain('Lê Thị Phó');
    // narrow columns must not break their words: "STT" and "Tiếp thu một phần" each on one line
    const words = doc.pages.flatMap((p) => p.words.map((w) => w.text));
    expect(words).toContain('STT');
    expect(all).toMatch(/Tiếp thu một phần/u);
    expect(programCodes(all)).toEqual([]);
    expect(all).not.toMatch(/GY-S\d|Riêng Tư|@/u);
  }, 120_000);

  it('resolves the issuer as of the report date: Sở Công Thương Yên Bái before the merger, Lào Cai after', async () => {
    const dir = await getDirectory(getDb().db);
    expect(issuingUnitAt(dir, 'yb-so-ct', '2024-11-19')!.id).toBe('yb-so-ct');
    expect(issuerOf(dir, issuingUnitAt(dir, 'yb-so-ct', '2024-11-19'), '2024-11-19')).toEqual({ parentName: 'UBND tỉnh Yên Bái', name: 'Sở Công Thương' });
    const after = issuingUnitAt(dir, 'yb-so-ct', '2026-03-01')!;
    expect(after.id).toBe('lc-so-ct');
    expect(issuerOf(dir, after, '2026-03-01')).toEqual({ parentName: 'UBND tỉnh Lào Cai', name: 'Sở Công Thương' });
    expect(issuerOf(dir, dir.unit('lc-ubnd'), '2026-03-01')).toEqual({ parentName: null, name: 'Ủy ban nhân dân\ntỉnh Lào Cai' });
  });
});
