/**
 * Test support: a database that looks like a province after some weeks of use, built through the web API as people
 * build it (so every table is written by its own code, audit chain included). The backup round trip compares it
 * table by table; the permission matrix tries every route on its records.
 */
import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import { auth, buildTestApp, multipart, signInAs, type Session } from './app';
import { buildDemoOrg, buildUser } from './factories';
import { scanEvents } from '../src/modules/notifications';
import type { Database } from '../src/platform/db';
import type { App } from '../src/platform/http';
import { addDays, todayVn } from '../src/platform/text';

const KH14 = fs.readFileSync('test/fixtures/plans/yen-bai-14-KH-UBND-2024.txt');
const DRAFT_V1 = fs.readFileSync('test/fixtures/drafts/du-thao-nq-ho-tro-v1.txt');
const DRAFT_V2 = fs.readFileSync('test/fixtures/drafts/du-thao-nq-ho-tro-v2.txt');

/** Vietnamese with combining marks (NFD, as some keyboards and pasted PDFs give it). */
export const NFD_TEXT = 'Đề nghị bổ sung hộ kinh doanh ở vùng sâu, vùng xa vào đối tượng được hỗ trợ'.normalize('NFD');

/** A PDF of `size` bytes whose body is not text (several archive chunks when large). */
const pdfOf = (size: number, seed: number) => Buffer.concat([Buffer.from('%PDF-1.4\n%âãÏÓ\n'), Buffer.from(Array.from({ length: size }, (_, i) => (i * 7919 + seed) % 256))]);

type Reply = Awaited<ReturnType<App['inject']>>;

/** The reply, or an error naming the step when the status is not the expected one. */
async function ok(res: Promise<Reply>, want: number, what: string): Promise<Reply> {
  const r = await res;
  if (r.statusCode !== want) throw new Error(`${what}: ${r.statusCode} ${r.body}`);
  return r;
}

/** The records {@link buildProvince} made, by what they are, for tests that address them. */
export interface ProvinceRecords {
  /** The unit that reports on the plan's task II.2 (Sở Tư pháp Yên Bái, abolished in 2025). */
  reportingUnitId: string;
  /** The drafting unit of the draft policy (Sở Tư pháp Lào Cai). */
  draftingUnitId: string;
  planId: string;
  taskId: string;
  reportId: string;
  evidenceFileId: string;
  draftId: string;
  versionId: string;
  roundId: string;
  /** The published, answered and approved comment. */
  commentId: string;
  attachmentFileId: string;
  consulteeId: string;
  templateId: string;
  /** The drafting officer, the coordinator: people the records belong to. */
  officerId: string;
  coordinatorId: string;
  /** A complex information request assigned to the drafting unit. */
  inquiryId: string;
  /** A communication product of the drafting unit, and a planned press order it placed. */
  productId: string;
  commissionId: string;
  /** A press conference hosted by the drafting unit. */
  conferenceId: string;
  /** The drafting unit's focal point in the communication network. */
  focalPointId: string;
}

/**
 * Fills `database` (migrated, empty) through the API: the demo organisation tree with its successions, users with
 * roles, KH 14/KH-UBND (Yên Bái) imported, a report with an evidence file accepted, a draft policy with two
 * versions, a round with comments (NFD text, NULL contact fields, an attachment), moderated, answered and approved.
 * Files go to FILES_DIR, which the caller sets. Returns the app, closed by the caller.
 */
export async function buildProvince(database: Database): Promise<App> {
  return (await buildProvinceRecords(database)).app;
}

/** {@link buildProvince}, with the ids of what it made. */
export async function buildProvinceRecords(database: Database): Promise<{ app: App; records: ProvinceRecords }> {
  await buildDemoOrg(database);
  const app = await buildTestApp(database);
  const inject = app.inject.bind(app);
  const signIn = async (role: Parameters<typeof buildUser>[1]['role'], unitId: string): Promise<Session & { id: string; username: string }> => {
    const u = await buildUser(database, { role, unitId });
    return { ...(await signInAs(app, u.username, u.password)), id: u.id, username: u.username };
  };
  const coordinator = await signIn('coordinator', 'yb-so-tttt');
  const reporter = await signIn('officer', 'yb-so-tp');
  const officer = await signIn('officer', 'lc-so-tp');
  const approver = await signIn('approver', 'lc-so-tp');
  // a wrong password and a forgotten one leave their rows too
  await inject({ method: 'POST', url: '/api/v1/session', payload: { username: reporter.username, password: 'sai-mat-khau' } });
  await inject({ method: 'POST', url: '/api/v1/password-reset/request', payload: { identifier: reporter.username }, headers: { 'x-forwarded-for': '198.51.100.9' } });

  // the plan, its names mapped or ignored as a coordinator does in the preview
  const upload = (url: string, extra: { name: string; value: string }[] = []) => {
    const body = multipart([{ name: 'file', fileName: 'kh14.txt', data: KH14, type: 'text/plain' }, ...extra]);
    return inject({ method: 'POST', url, headers: { ...auth(coordinator), ...body.headers }, payload: body.payload });
  };
  const preview = (await ok(upload('/api/v1/plans/preview'), 200, 'plan preview')).json();
  const open = preview.names.filter((n: { status: string }) => n.status === 'unresolved' || n.status === 'ambiguous');
  const mappings = Object.fromEntries(open.map((n: { written: string }) => [n.written, n.written.startsWith('Báo Yên Bái') ? { unitIds: ['yb-bao', 'yb-dai'] } : { ignore: true }]));
  const plan = (await ok(upload('/api/v1/plans', [{ name: 'mappings', value: JSON.stringify(mappings) }]), 201, 'plan import')).json();

  // a progress report with indicators, links and an evidence file, accepted by the coordinator
  const task = (await ok(inject({ url: '/api/v1/my/tasks', headers: auth(reporter) }), 200, 'my tasks')).json().items.find((x: { code: string }) => x.code === 'II.2');
  const report = (await ok(inject({ method: 'POST', url: `/api/v1/tasks/${task.taskId}/reports`, headers: auth(reporter), payload: { unitId: 'yb-so-tp', period: '2024-Y', status: 'done', narrative: 'Đã tổ chức 12 hội nghị phổ biến pháp luật; "trích dẫn", \\ gạch chéo, xuống dòng\nvà tab\t.', indicators: { 'I-06': 12, 'I-13': 340 }, evidenceLinks: ['https://stp.yenbai.gov.vn/tin/1'] } }), 201, 'report')).json();
  const evidence = multipart([{ name: 'file', fileName: 'minh-chứng.pdf', data: pdfOf(120_000, 1) }]);
  const evidenceFile = (await ok(inject({ method: 'POST', url: `/api/v1/reports/${report.id}/files`, headers: { ...auth(reporter), ...evidence.headers }, payload: evidence.payload }), 201, 'evidence')).json();
  await ok(inject({ method: 'POST', url: `/api/v1/reports/${report.id}/review`, headers: auth(coordinator), payload: { decision: 'accept', comment: 'Tốt' } }), 200, 'review');

  // a draft policy with two versions and a round open for comments
  const draft = (await ok(inject({ method: 'POST', url: '/api/v1/policies', headers: auth(officer), payload: { title: 'Nghị quyết quy định mức hỗ trợ phát triển sản xuất', docType: 'nq_hdnd_tinh', draftingUnitId: 'lc-so-tp', summary: 'Hỗ trợ hộ nghèo phát triển sản xuất.', impact: { criteria: { affectsRightsObligations: true, sensitiveOrControversial: true, affectsManyPeople: true, notStateSecret: true }, note: '' } } }), 201, 'draft')).json();
  const version = async (data: Buffer, fileName: string) => {
    const up = multipart([{ name: 'file', fileName, data }, { name: 'changeNote', value: `Bản ${fileName}` }]);
    return (await ok(inject({ method: 'POST', url: `/api/v1/policies/${draft.id}/versions`, headers: { ...auth(officer), ...up.headers }, payload: up.payload }), 201, 'version')).json();
  };
  const v1 = await version(DRAFT_V1, 'du-thao-v1.txt');
  const today = todayVn();
  const round = (await ok(inject({ method: 'POST', url: `/api/v1/policies/${draft.id}/rounds`, headers: auth(officer), payload: { versionId: v1.id, opensOn: today, closesOn: addDays(today, 29), targetGroups: ['Người dân', 'Doanh nghiệp'], consulteeUnitIds: ['lc-mttq'] } }), 201, 'round')).json();

  // comments through the public form: with e-mail (a verification mail in the outbox), without any contact
  // e-mail (NULL), typed in NFD, with an attachment
  const comment = (fields: Record<string, string>, files: { name: string; fileName: string; data: Buffer }[] = []) => {
    const body = multipart([...Object.entries(fields).map(([name, value]) => ({ name, value })), ...files]);
    return ok(inject({ method: 'POST', url: `/gop-y/${draft.slug}/y-kien`, headers: { ...body.headers, 'x-forwarded-for': '203.0.113.7' }, payload: body.payload }), 303, 'comment');
  };
  const base = { dieu: 'dieu-3', commenterType: 'citizen', phone: '', stance: 'propose', consentProcessing: '1', consentContact: '1' };
  await comment({ ...base, idempotencyKey: 'key-0001-abcdef', name: 'Nguyễn Văn Dân', pseudonym: 'Dân Yên Bái', email: 'dan@example.vn', body: 'Đề nghị nâng mức hỗ trợ; liên hệ tôi 0912345678.' });
  await comment({ ...base, idempotencyKey: 'key-0002-abcdef', dieu: '', name: 'Trần Thị Bình'.normalize('NFD'), pseudonym: '', email: '', phone: '0987 654 321', consentContact: '', stance: 'agree', body: NFD_TEXT });
  await comment({ ...base, idempotencyKey: 'key-0003-abcdef', commenterType: 'business', name: 'Công ty TNHH Ánh Dương', pseudonym: '', email: 'lienhe@anhduong.vn', body: 'Góp ý kèm văn bản 📎 (xem tệp).' }, [{ name: 'attachments', fileName: 'góp-ý.pdf', data: pdfOf(70_000, 2) }]);

  // the first commenter follows the link in the mail; the moderator publishes; the answer is written and approved
  const [mail] = ((await database.db.execute(sql`select body_text from mail_outbox where to_address = 'dan@example.vn' and purpose = 'comment.verify'`)) as unknown as { rows: { body_text: string }[] }).rows;
  const link = /\/gop-y\/xac-nhan\?ma=[\w-]+/.exec(mail?.body_text ?? '')?.[0];
  if (!link) throw new Error('no verification mail');
  await ok(inject({ url: link }), 200, 'verify e-mail');
  const pending = (await ok(inject({ url: `/api/v1/rounds/${round.id}/comments?state=pending`, headers: auth(officer) }), 200, 'queue')).json().items as { id: string }[];
  await ok(inject({ method: 'POST', url: `/api/v1/rounds/${round.id}/moderation`, headers: auth(officer), payload: { commentIds: pending.map((c) => c.id), action: 'publish' } }), 200, 'moderation');
  const [first] = pending;
  if (!first) throw new Error('no comment to moderate');
  const v2 = await version(DRAFT_V2, 'du-thao-v2.txt');
  await ok(inject({ method: 'PUT', url: `/api/v1/policies/${draft.id}/versions/${v2.id}/links`, headers: auth(officer), payload: { links: { 'dieu-2': [first.id] } } }), 204, 'change links');
  await ok(inject({ method: 'PUT', url: `/api/v1/policies/${draft.id}/kit`, headers: auth(officer), payload: { mainContent: 'Hỗ trợ hộ nghèo phát triển sản xuất.', impacts: '', reasons: 'Thực hiện Nghị quyết của Tỉnh ủy.', openQuestions: ['Mức hỗ trợ tại Điều 3 đã phù hợp chưa?'], howToComment: 'Góp ý trực tiếp từng điều.', englishSummary: 'Support for poor households.', qa: [{ question: 'Ai được hỗ trợ?', answer: 'Hộ nghèo, hộ cận nghèo.' }], isPublished: true } }), 200, 'kit');
  await ok(inject({ method: 'POST', url: `/gop-y/y-kien/${first.id}/bao-cao`, headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '198.51.100.1' }, payload: 'lyDo=Sai+s%E1%BB%B1+th%E1%BA%ADt' }), 303, 'flag');
  const template = (await ok(inject({ method: 'POST', url: `/api/v1/policies/${draft.id}/answer-templates`, headers: auth(officer), payload: { name: 'Ngoài phạm vi điều chỉnh', disposition: 'ngoai_pham_vi', body: 'Nội dung góp ý không thuộc phạm vi điều chỉnh của dự thảo.', forAllDrafts: true } }), 201, 'answer template')).json();
  await ok(inject({ method: 'POST', url: `/api/v1/rounds/${round.id}/assignments`, headers: auth(officer), payload: { articleAnchors: ['dieu-4', 'general'], userId: officer.id } }), 200, 'assign articles');
  await ok(inject({ method: 'PUT', url: `/api/v1/comments/${first.id}/answer`, headers: auth(officer), payload: { disposition: 'tiep_thu_mot_phan', explanation: 'Tiếp thu, điều chỉnh mức hỗ trợ tại Điều 4.' } }), 204, 'answer');
  await ok(inject({ method: 'POST', url: `/api/v1/comments/${first.id}/answer/approve`, headers: auth(approver) }), 204, 'approve');
  // the notifications job's pass over what happened: notifications, their watermark, their mails
  await scanEvents(database.db, 'https://gopy.example.vn');

  // The forms store text in NFC, but a backup must carry whatever the rows hold (rows from before that rule, or
  // fixed by hand in psql): one comment and the kit's open questions (jsonb) keep their combining marks.
  await database.db.execute(sql`update comments set body = ${NFD_TEXT} where idempotency_key = 'key-0002-abcdef'`);
  await database.db.execute(sql`update communication_kits set open_questions = ${JSON.stringify([NFD_TEXT, 'Bình thường'])}::jsonb where draft_id = ${draft.id}`);

  // a citizen's complex information request assigned to the drafting unit, which answers it (press module)
  const inquiry = (await ok(inject({ method: 'POST', url: '/api/v1/press/inquiries', headers: auth(coordinator), payload: { kind: 'information_request', complexity: 'complex', receivedOn: today, channel: 'post', requesterName: 'Công dân thử', subject: 'Đề nghị cung cấp hồ sơ dự thảo', content: 'Đề nghị cung cấp hồ sơ dự thảo nghị quyết.', unitId: 'lc-so-tp' } }), 201, 'inquiry')).json();

  // a communication product of the drafting unit explaining the draft, and a press order of that unit (planned, no
  // public service yet) with a press agency of the directory: records of a unit, for the permission matrix
  const product = (await ok(inject({ method: 'POST', url: '/api/v1/products', headers: auth(officer), payload: { kind: 'infographic', title: 'Mức hỗ trợ phát triển sản xuất: ai được, bao nhiêu', policyId: draft.id, unitId: 'lc-so-tp', channels: ['portal', 'social'] } }), 201, 'product')).json();
  const agency = (await ok(inject({ method: 'POST', url: '/api/v1/press/agencies', headers: auth(coordinator), payload: { name: 'Báo Lào Cai', kind: 'print', licenceNo: '123/GP-BTTTT', licenceDate: '2020-05-04', headOffice: 'Phường Cam Đường, tỉnh Lào Cai', emails: ['toasoan@example.vn'], phone: '0214 000 000', validFrom: '2020-05-04' } }), 201, 'press agency')).json();
  const commission = (await ok(inject({ method: 'POST', url: '/api/v1/commissions', headers: auth(officer), payload: {
    title: 'Tuyên truyền Nghị quyết hỗ trợ phát triển sản xuất', ordererUnitId: 'lc-so-tp', mode: 'order', supplierId: agency.id, legalBasis: 'Nghị định số 32/2019/NĐ-CP ngày 10/4/2019 của Chính phủ',
    policyId: draft.id, fundingSource: 'provincial', startsOn: today, endsOn: addDays(today, 60), deliverBy: addDays(today, 45), acceptanceCriteria: 'Đăng đúng chuyên mục, đủ số lượng',
    lines: [{ productType: 'article', topic: 'Bài viết về mức hỗ trợ', quantity: 2, unit: 'bài', length: '1.200 chữ', channel: 'Báo điện tử', placement: 'Chuyên mục Chính sách', unitPrice: 1_250_000 }],
  } }), 201, 'commission')).json();

  // a press conference hosted by the drafting unit, scheduled by its officer a week ahead
  const conference = (await ok(inject({ method: 'POST', url: '/api/v1/press/conferences', headers: auth(officer), payload: {
    title: 'Họp báo về dự thảo Nghị quyết hỗ trợ phát triển sản xuất', kind: 'thematic', hostUnitId: 'lc-so-tp', startsAt: `${addDays(today, 7)}T09:00`, endsAt: `${addDays(today, 7)}T10:30`,
    place: 'Hội trường Sở Tư pháp, tầng 3', chairName: 'Nguyễn Văn Chủ Trì', chairTitle: 'Giám đốc Sở Tư pháp', topics: ['Nội dung chính của dự thảo'],
  } }), 201, 'press conference')).json();

  // the drafting unit's communication focal point in the network
  const focalPoint = (await ok(inject({ method: 'POST', url: '/api/v1/network/focal-points', headers: auth(coordinator), payload: { personName: 'Đặng Thị Đầu Mối', title: 'Chuyên viên', unitId: 'lc-so-tp', level: 'department', email: 'daumoi@example.vn', validFrom: '2025-07-01' } }), 201, 'focal point')).json();

  // a crisis opened by hand: its incident log is append-only (a trigger refuses TRUNCATE), which a restore must lift
  await ok(inject({ method: 'POST', url: '/api/v1/crises', headers: auth(coordinator), payload: { title: 'Tin sai về thu phí', summary: 'Một trang mạng đăng tin sai về việc thu phí.', reason: 'Phát hiện qua đường dây nóng', severity: 2, unitId: 'lc-so-tp' } }), 201, 'crisis');

  const rows = async <T>(query: ReturnType<typeof sql>) => ((await database.db.execute(query)) as unknown as { rows: T[] }).rows;
  const [attachment] = await rows<{ id: string }>(sql`select f.id from stored_files f join comments c on c.id = f.owner_id where c.idempotency_key = 'key-0003-abcdef'`);
  const [consultee] = await rows<{ id: string }>(sql`select id from mandated_consultees where round_id = ${round.id}`);
  if (!attachment || !consultee) throw new Error('the province lacks an attachment or a consultee');
  const records: ProvinceRecords = {
    reportingUnitId: 'yb-so-tp', draftingUnitId: 'lc-so-tp', planId: plan.id, taskId: task.taskId, reportId: report.id,
    evidenceFileId: evidenceFile.id, draftId: draft.id, versionId: v1.id, roundId: round.id, commentId: first.id,
    attachmentFileId: attachment.id, consulteeId: consultee.id, templateId: template.id, officerId: officer.id, coordinatorId: coordinator.id,
    inquiryId: inquiry.id, productId: product.id, commissionId: commission.id, conferenceId: conference.id, focalPointId: focalPoint.id,
  };
  return { app, records };
}
