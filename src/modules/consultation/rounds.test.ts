import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { describeEachDriver } from '../../../test/db';
import { auth, buildTestApp, multipart, signInAs, type Session } from '../../../test/app';
import { buildDemoOrg, buildUser } from '../../../test/factories';
import { readDocxText } from '../../platform/documents';
import { addDays, todayVn } from '../../platform/text';
import type { App } from '../../platform/http';

const V1 = fs.readFileSync('test/fixtures/drafts/du-thao-nq-ho-tro-v1.txt');
const rows = async <T,>(db: { execute: (q: ReturnType<typeof sql>) => Promise<unknown> }, q: ReturnType<typeof sql>) => ((await db.execute(q)) as { rows: T[] }).rows;

interface AnswerItem { id: string; receiptCode: string; articleAnchor: string | null; text: string; assignedTo: string | null; assignedToName: string | null; canEdit: boolean; canApprove: boolean; answer: { disposition: string; explanation: string; state: string } | null }

/** The signer chosen when publishing (the demo directory has no people, so no default head). */
const SIGNER = { signerName: 'Nguyễn Văn Ký', signerTitle: 'Phó Giám đốc' };

describeEachDriver('consultation rounds: approvers per unit, answering in volume, round control', (getDb) => {
  let app: App;
  const s: Record<'officer' | 'officer2' | 'approver' | 'otherApprover' | 'coordinator' | 'otherOfficer', Session> = {} as never;
  let officer2Id: string;
  let otherOfficerId: string;
  let draftId: string;
  let slug: string;
  let roundId: string;
  let shortRoundId: string;
  const ids: string[] = [];
  const today = todayVn();

  /**
   * A confirmed, published comment (the portal's intake is tested elsewhere), later than the one before: the lists
   * order by arrival, and statements a moment apart can read the same now() on PGlite's millisecond clock.
   */
  const addComment = async (rid: string, anchor: string | null, body: string, state = 'published', withheldReason: string | null = null) => {
    const id = randomUUID();
    const n = ids.length + 1;
    await getDb().db.execute(sql`insert into comments (id, round_id, receipt_code, idempotency_key, article_anchor, commenter_type, name, email, consent, stance, body, public_body, state, withheld_reason, client_key, email_verified_at, published_at, created_at)
      values (${id}, ${rid}, ${`GY-T${String(n).padStart(7, '0')}`}, ${`key-${id}`}, ${anchor}, 'citizen', 'Trần Thị Góp', ${`gop${n}@example.vn`}, '{"processing":true,"contact":true}'::jsonb, 'propose', ${body}, ${state === 'published' ? body : null}, ${state}, ${withheldReason}, 'ip:test', now(), ${state === 'published' ? sql`now()` : null}, now() + ${n}::int * interval '1 millisecond')`);
    return id;
  };
  const answers = async (who: Session, query = '') => app.inject({ url: `/api/v1/rounds/${roundId}/answers${query}`, headers: auth(who) });

  beforeAll(async () => {
    await buildDemoOrg(getDb());
    app = await buildTestApp(getDb());
    const make = async (role: 'officer' | 'approver' | 'coordinator', unitId: string) => {
      const u = await buildUser(getDb(), { role, unitId });
      return { id: u.id, session: await signInAs(app, u.username, u.password) };
    };
    s.officer = (await make('officer', 'lc-so-tp')).session;
    const o2 = await make('officer', 'lc-so-tp');
    officer2Id = o2.id;
    s.officer2 = o2.session;
    s.approver = (await make('approver', 'lc-so-tp')).session;
    s.otherApprover = (await make('approver', 'lc-so-tc')).session;
    s.coordinator = (await make('coordinator', 'lc-ubnd')).session;
    const other = await make('officer', 'lc-so-tc');
    otherOfficerId = other.id;
    s.otherOfficer = other.session;
    // a person of the consulted body, to receive the round's notices
    await getDb().db.execute(sql`insert into people (id, full_name, unit_id, email) values (${randomUUID()}, 'Lê Văn Mặt Trận', 'lc-mttq', 'mttq@example.vn')`);

    const openDraft = async (title: string, opensOn: string, closesOn: string) => {
      const created = await app.inject({ method: 'POST', url: '/api/v1/policies', headers: auth(s.officer), payload: { title, docType: 'nq_hdnd_tinh', draftingUnitId: 'lc-so-tp', summary: 'Thử nghiệm.' } });
      const up = multipart([{ name: 'file', fileName: 'du-thao-v1.txt', data: V1 }]);
      const v = await app.inject({ method: 'POST', url: `/api/v1/policies/${created.json().id}/versions`, headers: { ...auth(s.officer), ...up.headers }, payload: up.payload });
      const round = await app.inject({ method: 'POST', url: `/api/v1/policies/${created.json().id}/rounds`, headers: auth(s.officer), payload: { versionId: v.json().id, opensOn, closesOn, targetGroups: ['Người dân'], consulteeUnitIds: ['lc-mttq'] } });
      expect(round.statusCode).toBe(201);
      return { draftId: created.json().id as string, slug: created.json().slug as string, roundId: round.json().id as string };
    };
    // open for 35 days already: the 30-day minimum has run, so it may be closed early
    ({ draftId, slug, roundId } = await openDraft('Nghị quyết hỗ trợ phát triển sản xuất (đợt thử)', addDays(today, -35), addDays(today, 5)));
    shortRoundId = (await openDraft('Quyết định mới mở lấy ý kiến', today, addDays(today, 29))).roundId;
    ids.push(await addComment(roundId, 'dieu-3', 'Đề nghị nâng mức hỗ trợ lên 10 triệu.'));
    ids.push(await addComment(roundId, 'dieu-3', 'Nên nâng mức hỗ trợ.'));
    ids.push(await addComment(roundId, 'dieu-4', 'Điều 4 cần làm rõ đối tượng.'));
    ids.push(await addComment(roundId, null, 'Dự thảo tốt.'));
    ids.push(await addComment(roundId, null, 'Quảng cáo', 'withheld', 'spam'));
  });

  it('gives approvers of the drafting unit a read path to the answers, without moderation; another unit gets 403', async () => {
    const asApprover = await answers(s.approver);
    expect(asApprover.statusCode).toBe(200);
    const body = asApprover.json();
    expect(body.abilities).toEqual({ canAnswer: false, canApprove: true, canModerate: false });
    // spam is not answered; every other comment is listed with its text, never the commenter's contact
    expect(body.items.map((c: AnswerItem) => c.id)).toEqual(ids.slice(0, 4));
    expect(body.items[0].text).toBe('Đề nghị nâng mức hỗ trợ lên 10 triệu.');
    expect(JSON.stringify(body)).not.toMatch(/gop1@example|Trần Thị Góp/);
    expect(body.progress).toMatchObject({ total: 4, answered: 0, approved: 0 });
    expect((await answers(s.otherApprover)).statusCode).toBe(403);
    expect((await app.inject({ url: `/api/v1/rounds/${roundId}/comments`, headers: auth(s.approver) })).statusCode).toBe(403);
    const asOfficer = (await answers(s.officer)).json();
    expect(asOfficer.abilities).toEqual({ canAnswer: true, canApprove: false, canModerate: true });
    const asCoordinator = (await answers(s.coordinator)).json();
    expect(asCoordinator.abilities).toMatchObject({ canAnswer: true, canApprove: false });
    // the draft's abilities tell the office the same
    const detail = (who: Session) => app.inject({ url: `/api/v1/policies/${draftId}`, headers: auth(who) }).then((r) => r.json().abilities);
    expect(await detail(s.approver)).toMatchObject({ canApprove: true, canModerate: false });
    expect(await detail(s.otherApprover)).toMatchObject({ canApprove: false });
    // an officer of another unit may read the draft but neither moderate nor answer it: the office hides those tabs
    expect(await detail(s.otherOfficer)).toEqual({ canEdit: false, canModerate: false, canAnswer: false, canApprove: false });
    expect(await detail(s.officer)).toEqual({ canEdit: true, canModerate: true, canAnswer: true, canApprove: false });
  });

  it('answers a selection at once: one answer row and one audit entry per comment, each editable afterwards', async () => {
    const res = await app.inject({ method: 'POST', url: `/api/v1/rounds/${roundId}/answers`, headers: auth(s.officer), payload: { commentIds: ids.slice(0, 2), disposition: 'tiep_thu', explanation: 'Tiếp thu, nâng mức hỗ trợ tại Điều 3.' } });
    expect(res.json()).toEqual({ updated: 2 });
    const audit = await rows<{ subject_id: string }>(getDb().db, sql`select subject_id from audit_log where action = 'comment.answer' order by seq`);
    expect(audit.map((a) => a.subject_id)).toEqual(ids.slice(0, 2));
    const edited = await app.inject({ method: 'PUT', url: `/api/v1/comments/${ids[1]}/answer`, headers: auth(s.officer), payload: { disposition: 'tiep_thu_mot_phan', explanation: 'Tiếp thu một phần.' } });
    expect(edited.statusCode).toBe(204);
    const list = (await answers(s.officer)).json().items as AnswerItem[];
    expect(list[0]!.answer).toMatchObject({ disposition: 'tiep_thu', explanation: 'Tiếp thu, nâng mức hỗ trợ tại Điều 3.', state: 'draft' });
    expect(list[1]!.answer).toMatchObject({ disposition: 'tiep_thu_mot_phan', state: 'draft' });
    const empty = await app.inject({ method: 'POST', url: `/api/v1/rounds/${roundId}/answers`, headers: auth(s.officer), payload: { commentIds: ids.slice(2, 4), disposition: 'giai_trinh', explanation: '   ' } });
    expect(empty.statusCode).toBe(422);
    expect(empty.json().title).toContain('không được để trống');
    const foreign = await app.inject({ method: 'POST', url: `/api/v1/rounds/${roundId}/answers`, headers: auth(s.otherOfficer), payload: { commentIds: ids.slice(2, 4), disposition: 'giai_trinh', explanation: 'Không phải đơn vị mình.' } });
    expect(foreign.statusCode).toBe(403);
  });

  it('lets only an approver of the drafting unit approve (one by one or a selection)', async () => {
    expect((await app.inject({ method: 'POST', url: `/api/v1/comments/${ids[0]}/answer/approve`, headers: auth(s.otherApprover) })).statusCode).toBe(403);
    expect((await app.inject({ method: 'POST', url: `/api/v1/rounds/${roundId}/answers/approval`, headers: auth(s.otherApprover), payload: { commentIds: ids.slice(0, 2) } })).statusCode).toBe(403);
    expect((await app.inject({ method: 'POST', url: `/api/v1/comments/${ids[0]}/answer/approve`, headers: auth(s.officer) })).statusCode).toBe(403);
    const unanswered = await app.inject({ method: 'POST', url: `/api/v1/rounds/${roundId}/answers/approval`, headers: auth(s.approver), payload: { commentIds: ids.slice(0, 3) } });
    expect(unanswered.statusCode).toBe(409);
    expect(unanswered.json().title).toContain('chưa có câu trả lời');
    const ok = await app.inject({ method: 'POST', url: `/api/v1/rounds/${roundId}/answers/approval`, headers: auth(s.approver), payload: { commentIds: ids.slice(0, 2) } });
    expect(ok.json()).toEqual({ approved: 2 });
    const list = (await answers(s.approver, '?status=awaiting')).json();
    expect(list.total).toBe(0);
    const all = (await answers(s.approver)).json().items as AnswerItem[];
    expect(all[0]).toMatchObject({ canApprove: false, answer: { state: 'approved' } });
  });

  it('assigns articles and comments to officers of the drafting unit; "giao cho tôi" lists them', async () => {
    const refused = await app.inject({ method: 'POST', url: `/api/v1/rounds/${roundId}/assignments`, headers: auth(s.officer), payload: { articleAnchors: ['dieu-4'], userId: otherOfficerId } });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().title).toContain('cán bộ của cơ quan soạn thảo');
    expect((await app.inject({ method: 'POST', url: `/api/v1/rounds/${roundId}/assignments`, headers: auth(s.officer), payload: { articleAnchors: ['dieu-99'], userId: officer2Id } })).statusCode).toBe(422);
    const byArticle = await app.inject({ method: 'POST', url: `/api/v1/rounds/${roundId}/assignments`, headers: auth(s.officer), payload: { articleAnchors: ['dieu-4', 'general'], userId: officer2Id } });
    expect(byArticle.json()).toEqual({ comments: 0, articles: 2 });
    const byComment = await app.inject({ method: 'POST', url: `/api/v1/rounds/${roundId}/assignments`, headers: auth(s.officer), payload: { commentIds: [ids[0]], userId: officer2Id } });
    expect(byComment.json()).toEqual({ comments: 1, articles: 0 });
    const mine = (await answers(s.officer2, '?assigned=me')).json();
    expect(mine.items.map((c: AnswerItem) => c.id)).toEqual([ids[0], ids[2], ids[3]]);
    expect(mine.items[0].assignedToName).toMatch(/^Người dùng /);
    expect(mine.progress).toMatchObject({ mine: 3, mineOpen: 2 });
    expect((await answers(s.officer, '?assigned=me')).json().total).toBe(0);
    const view = (await app.inject({ url: `/api/v1/rounds/${roundId}/assignments`, headers: auth(s.officer) })).json();
    expect(view.officers.map((o: { id: string }) => o.id)).toContain(officer2Id);
    expect(view.articles.find((a: { anchor: string }) => a.anchor === 'dieu-4')).toMatchObject({ userId: officer2Id });
    expect(view.articles.find((a: { anchor: string }) => a.anchor === 'general')).toMatchObject({ label: 'Góp ý chung', userId: officer2Id });
    const audit = await rows<{ n: number }>(getDb().db, sql`select count(*)::int as n from audit_log where action = 'comment.assign' and subject_id = ${roundId}`);
    expect(audit[0]!.n).toBe(2);
  });

  it('keeps answer templates per draft or per unit (create, list, edit, delete, audited)', async () => {
    const created = await app.inject({ method: 'POST', url: `/api/v1/policies/${draftId}/answer-templates`, headers: auth(s.officer), payload: { name: 'Ngoài phạm vi điều chỉnh', disposition: 'ngoai_pham_vi', body: 'Nội dung góp ý không thuộc phạm vi điều chỉnh của dự thảo.', forAllDrafts: true } });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    expect(created.json()).toMatchObject({ name: 'Ngoài phạm vi điều chỉnh', forAllDrafts: true });
    expect((await app.inject({ method: 'POST', url: `/api/v1/policies/${draftId}/answer-templates`, headers: auth(s.officer), payload: { name: ' ', disposition: 'tiep_thu', body: '' } })).statusCode).toBe(422);
    expect((await app.inject({ method: 'POST', url: `/api/v1/policies/${draftId}/answer-templates`, headers: auth(s.approver), payload: { name: 'X', disposition: 'tiep_thu', body: 'Y' } })).statusCode).toBe(403);
    expect((await app.inject({ method: 'POST', url: `/api/v1/policies/${draftId}/answer-templates`, headers: auth(s.otherOfficer), payload: { name: 'X', disposition: 'tiep_thu', body: 'Y' } })).statusCode).toBe(403);
    // a template for all of the unit's drafts is offered on its other drafts too
    const elsewhere = await app.inject({ url: `/api/v1/policies/${(await rows<{ draft_id: string }>(getDb().db, sql`select draft_id from consultation_rounds where id = ${shortRoundId}`))[0]!.draft_id}/answer-templates`, headers: auth(s.officer) });
    expect(elsewhere.json().items.map((t: { id: string }) => t.id)).toEqual([id]);
    const edited = await app.inject({ method: 'PUT', url: `/api/v1/policies/${draftId}/answer-templates/${id}`, headers: auth(s.officer), payload: { name: 'Ngoài phạm vi', disposition: 'ngoai_pham_vi', body: 'Không thuộc phạm vi.', forAllDrafts: false } });
    expect(edited.json()).toMatchObject({ name: 'Ngoài phạm vi', forAllDrafts: false });
    expect(elsewhere.statusCode).toBe(200);
    const deleted = await app.inject({ method: 'DELETE', url: `/api/v1/policies/${draftId}/answer-templates/${id}`, headers: auth(s.officer) });
    expect(deleted.statusCode).toBe(204);
    expect((await app.inject({ url: `/api/v1/policies/${draftId}/answer-templates`, headers: auth(s.officer) })).json().items).toEqual([]);
    const audit = await rows<{ action: string }>(getDb().db, sql`select action from audit_log where subject_type = 'answer_template' order by seq`);
    expect(audit.map((a) => a.action)).toEqual(['answer-template.create', 'answer-template.update', 'answer-template.delete']);
  });

  it('extends a round with a public reason, mails the consultees that have not answered', async () => {
    const noReason = await app.inject({ method: 'POST', url: `/api/v1/rounds/${roundId}/extension`, headers: auth(s.officer), payload: { closesOn: addDays(today, 10), reason: '  ' } });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().title).toContain('lý do');
    const earlier = await app.inject({ method: 'POST', url: `/api/v1/rounds/${roundId}/extension`, headers: auth(s.officer), payload: { closesOn: addDays(today, 2), reason: 'Thêm thời gian.' } });
    expect(earlier.statusCode).toBe(422);
    expect((await app.inject({ method: 'POST', url: `/api/v1/rounds/${roundId}/extension`, headers: auth(s.approver), payload: { closesOn: addDays(today, 10), reason: 'Thêm thời gian.' } })).statusCode).toBe(403);
    const ok = await app.inject({ method: 'POST', url: `/api/v1/rounds/${roundId}/extension`, headers: auth(s.officer), payload: { closesOn: addDays(today, 10), reason: 'Nhiều hộ dân đề nghị thêm thời gian góp ý.' } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'open', mayCloseEarly: true, closeEarlyFrom: addDays(today, -6), closesOn: addDays(today, 10), originalClosesOn: addDays(today, 5), extensionReason: 'Nhiều hộ dân đề nghị thêm thời gian góp ý.' });
    const [mail] = await rows<{ subject: string; body_text: string }>(getDb().db, sql`select subject, body_text from mail_outbox where to_address = 'mttq@example.vn' and purpose = 'round.extended'`);
    expect(mail!.subject).toContain('Gia hạn');
    expect(mail!.body_text).toContain(`đến hết ngày ${addDays(today, 10).split('-').reverse().join('/')}`);
    const audit = await rows<{ summary: { after: { reason: string } } }>(getDb().db, sql`select summary from audit_log where action = 'consultation.extend' and subject_id = ${roundId}`);
    expect(audit).toHaveLength(1);
  });

  it('closes a round early only with a reason and once the legal minimum has run; then only moderation and answers go on', async () => {
    const tooSoon = await app.inject({ method: 'POST', url: `/api/v1/rounds/${shortRoundId}/close`, headers: auth(s.officer), payload: { reason: 'Đủ ý kiến.' } });
    expect(tooSoon.statusCode).toBe(422);
    expect(tooSoon.json().title).toContain('tối thiểu là 30 ngày');
    const shortDraft = (await rows<{ draft_id: string }>(getDb().db, sql`select draft_id from consultation_rounds where id = ${shortRoundId}`))[0]!.draft_id;
    const shortView = (await app.inject({ url: `/api/v1/policies/${shortDraft}`, headers: auth(s.officer) })).json().rounds[0];
    expect(shortView).toMatchObject({ mayCloseEarly: false, closeEarlyFrom: addDays(today, 29), synthesisFrom: addDays(today, 30) });
    const publishOpen = await app.inject({ method: 'POST', url: `/api/v1/rounds/${roundId}/synthesis/publish`, headers: auth(s.officer), payload: SIGNER });
    expect(publishOpen.statusCode).toBe(422);
    expect((await app.inject({ method: 'POST', url: `/api/v1/rounds/${roundId}/close`, headers: auth(s.officer), payload: { reason: '' } })).statusCode).toBe(422);
    const closed = await app.inject({ method: 'POST', url: `/api/v1/rounds/${roundId}/close`, headers: auth(s.officer), payload: { reason: 'Đã đủ ý kiến của các đối tượng chịu tác động.' } });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', closedEarlyOn: today, closeReason: 'Đã đủ ý kiến của các đối tượng chịu tác động.', synthesisFrom: today });
    expect((await app.inject({ method: 'POST', url: `/api/v1/rounds/${roundId}/close`, headers: auth(s.officer), payload: { reason: 'Lần nữa.' } })).statusCode).toBe(409);
    expect((await app.inject({ method: 'POST', url: `/api/v1/rounds/${roundId}/extension`, headers: auth(s.officer), payload: { closesOn: addDays(today, 20), reason: 'Mở lại.' } })).statusCode).toBe(409);
    const mails = await rows<{ n: number }>(getDb().db, sql`select count(*)::int as n from mail_outbox where to_address = 'mttq@example.vn' and purpose = 'round.closed-early'`);
    expect(mails[0]!.n).toBe(1);
    // the portal refuses new comments at once
    const form = multipart(Object.entries({ idempotencyKey: 'key-late-000001', dieu: 'dieu-3', commenterType: 'citizen', name: 'Người Đến Muộn', email: 'muon@example.vn', stance: 'agree', body: 'Góp ý muộn.', consentProcessing: '1' }).map(([name, value]) => ({ name, value })));
    const late = await app.inject({ method: 'POST', url: `/gop-y/${slug}/y-kien`, headers: { ...form.headers, 'x-forwarded-for': '203.0.113.9' }, payload: form.payload });
    expect(late.statusCode).toBe(409);
    // answering goes on after the close; the synthesis is published once every answer is approved
    expect((await app.inject({ method: 'POST', url: `/api/v1/rounds/${roundId}/answers`, headers: auth(s.officer2), payload: { commentIds: ids.slice(2, 4), disposition: 'giai_trinh', explanation: 'Giải trình: đối tượng đã được quy định tại Điều 2.' } })).json()).toEqual({ updated: 2 });
    const blocked = await app.inject({ method: 'POST', url: `/api/v1/rounds/${roundId}/synthesis/publish`, headers: auth(s.officer), payload: SIGNER });
    expect(blocked.statusCode).toBe(422);
    // until it is published, the draft report is the drafting unit's: another unit's officer gets 403 (issue 11, item 2)
    expect((await app.inject({ url: `/api/v1/rounds/${roundId}/synthesis.docx`, headers: auth(s.otherOfficer) })).statusCode).toBe(403);
    expect(blocked.json().title).toContain('chưa có câu trả lời được phê duyệt');
    expect((await app.inject({ method: 'POST', url: `/api/v1/rounds/${roundId}/answers/approval`, headers: auth(s.approver), payload: { commentIds: ids.slice(0, 4) } })).json()).toEqual({ approved: 2 });
    const published = await app.inject({ method: 'POST', url: `/api/v1/rounds/${roundId}/synthesis/publish`, headers: auth(s.officer), payload: SIGNER });
    expect(published.statusCode).toBe(200);
    const docx = await app.inject({ url: `/api/v1/rounds/${roundId}/synthesis.docx`, headers: auth(s.officer) });
    const text = await readDocxText(docx.rawPayload);
    expect((await app.inject({ url: `/api/v1/rounds/${roundId}/synthesis.docx`, headers: auth(s.otherOfficer) })).statusCode).toBe(200);
    expect(text).toContain(`Thời hạn được gia hạn từ ngày ${addDays(today, 5).split('-').reverse().join('/')}`);
    expect(text).toContain('Nhiều hộ dân đề nghị thêm thời gian góp ý');
    expect(text).toContain('kết thúc sớm');
    const locked = await app.inject({ method: 'POST', url: `/api/v1/rounds/${roundId}/answers`, headers: auth(s.officer), payload: { commentIds: [ids[0]], disposition: 'tiep_thu', explanation: 'Sửa sau công bố.' } });
    expect(locked.statusCode).toBe(409);
  });
});
