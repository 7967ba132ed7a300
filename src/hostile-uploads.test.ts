import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDriver } from '../test/db';
import { zip, type ZipEntry } from '../test/zip-builder';
import { auth, buildTestApp, multipart, signInAs, type Session } from '../test/app';
import { buildDemoOrg, buildUser } from '../test/factories';
import { addDays, todayVn } from './platform/text';
import type { App } from './platform/http';

/*
 * Issue 11, "keep it tested": a corpus of hostile files, generated here (no binaries committed), is fed to every
 * upload route as the person who would really upload it. Each must be refused with a 4xx (problem+json on the API,
 * the portal's error page on the portal), never a 5xx, and the app must still answer /api/health afterwards. Routes that
 * store a file unopened (report evidence, citizens' attachments) keep one whose content really is an allowed kind
 * (a PDF, an image, an honest archive: Word or Excel opens it later, never the server) and refuse every archive bomb.
 */

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const CONTENT_TYPES = Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>');
const wordDoc = (xml: string | Buffer, extra: ZipEntry[] = []) => zip([{ name: '[Content_Types].xml', data: CONTENT_TYPES }, { name: 'word/document.xml', data: Buffer.isBuffer(xml) ? xml : Buffer.from(xml) }, ...extra]);
const workbook = (sheet: Buffer, extra: ZipEntry[] = []) => zip([
  { name: '[Content_Types].xml', data: CONTENT_TYPES },
  { name: 'xl/workbook.xml', data: Buffer.from('<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="units" sheetId="1"/></sheets></workbook>') },
  { name: 'xl/worksheets/sheet1.xml', data: sheet },
  ...extra,
]);
const paragraph = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
const docXml = (body: string, prolog = '') => `<?xml version="1.0" encoding="UTF-8"?>${prolog}<w:document ${W}><w:body>${body}</w:body></w:document>`;

/**
 * Builds the corpus once: each case has its bytes, the names it is sent under, and what its content really is
 * (kind: a route that stores files unopened may keep a real PDF, image or honest archive; null: nobody may keep it).
 */
function buildCorpus(): { name: string; data: Buffer; exts: string[]; kind: string | null }[] {
  const zeros = Buffer.alloc(20 * 1024 * 1024); // 20 MB of zeros deflate to about 20 KB
  const bombXml = Buffer.concat([Buffer.from(docXml('').slice(0, -'</w:body></w:document>'.length)), zeros]);
  const many = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `word/media/e${i}.xml`, data: Buffer.from('<a/>') }));
  const small = zip([{ name: 'x.bin', data: zeros }]);
  const normal = wordDoc(docXml(paragraph('KẾ HOẠCH') + paragraph('Điều 1. Phạm vi điều chỉnh')));
  const billion = '<!DOCTYPE w:document [<!ENTITY a0 "hahahahahahahahahaha">' + Array.from({ length: 9 }, (_, i) => `<!ENTITY a${i + 1} "${`&a${i};`.repeat(10)}">`).join('') + ']>';
  const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(4096, 0x90)]);
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), Buffer.alloc(2048, 0xff)]);
  const pdfHead = '%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>\nendobj\n';
  const docxExts = ['.docx'];
  const xlsxExts = ['.xlsx'];
  return [
    { name: 'docx zip bomb (20 MB at ratio 1000:1)', data: wordDoc(bombXml), exts: docxExts , kind: null },
    { name: 'xlsx zip bomb (20 MB at ratio 1000:1)', data: workbook(zeros), exts: xlsxExts , kind: null },
    { name: 'docx with 5,000 entries', data: wordDoc(docXml(paragraph('Kế hoạch')), many(5000)), exts: docxExts , kind: null },
    { name: 'xlsx with 5,000 entries', data: workbook(Buffer.from('<worksheet/>'), many(5000)), exts: xlsxExts , kind: null },
    { name: 'docx whose sizes lie (says 200 bytes, inflates to 20 MB)', data: wordDoc(docXml(''), [{ name: 'word/styles.xml', data: zeros, declaredSize: 200 }]), exts: docxExts , kind: null },
    { name: 'xlsx whose sizes lie (says 200 bytes, inflates to 20 MB)', data: workbook(zeros), exts: xlsxExts , kind: null },
    { name: 'docx with a zip bomb nested inside', data: wordDoc(docXml(paragraph('Kế hoạch')), [{ name: 'word/embeddings/inner.zip', data: zip([{ name: 'word/document.xml', data: bombXml }]), method: 0 }, { name: 'word/embeddings/inner2.docx', data: small, method: 0 }]), exts: docxExts , kind: null },
    { name: 'xlsx with a zip bomb nested inside', data: workbook(Buffer.from('<worksheet/>'), [{ name: 'xl/embeddings/inner.zip', data: small, method: 0 }]), exts: xlsxExts , kind: null },
    { name: 'docx with archives nested three deep', data: wordDoc(docXml(paragraph('Kế hoạch')), [{ name: 'word/embeddings/a.zip', data: zip([{ name: 'b.zip', data: zip([{ name: 'c.txt', data: Buffer.from('ba lớp') }]), method: 0 }]), method: 0 }]), exts: docxExts , kind: null },
    // Word keeps a chart's data as a workbook inside the document: an honest nested archive is kept where files are stored
    { name: 'docx with a workbook embedded (a chart’s data)', data: wordDoc(docXml(paragraph('Biểu đồ')), [{ name: 'word/embeddings/Microsoft_Excel_Worksheet.xlsx', data: workbook(Buffer.from('<worksheet/>')) }]), exts: docxExts , kind: 'docx' },
    { name: 'docx with an XXE entity', data: wordDoc(docXml(paragraph('&xxe;'), '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>')), exts: docxExts , kind: 'docx' },
    { name: 'docx with billion laughs', data: wordDoc(docXml(paragraph('&a9;'), billion)), exts: docxExts , kind: 'docx' },
    { name: 'xlsx with billion laughs', data: workbook(Buffer.from(`<?xml version="1.0"?>${billion}<worksheet><sheetData><row><c t="inlineStr"><is><t>&a9;</t></is></c></row></sheetData></worksheet>`)), exts: xlsxExts , kind: 'xlsx' },
    { name: 'docx of one 15 MB line of XML', data: wordDoc(docXml(`<w:p><w:r><w:t>${'Điều khoản không xuống dòng '.repeat(600_000)}</w:t></w:r></w:p>`)), exts: docxExts , kind: null },
    { name: 'truncated zip', data: normal.subarray(0, Math.floor(normal.length / 2)), exts: ['.docx', '.xlsx'] , kind: null },
    { name: 'truncated PDF', data: Buffer.from(pdfHead + '4 0 obj\n<< /Length 5000 >>\nstream\nBT /F1 12 Tf (Ke hoach'), exts: ['.pdf'] , kind: 'pdf' },
    { name: 'PDF declaring a huge object', data: Buffer.from(`${pdfHead}4 0 obj\n<< /Length 99999999999 >>\nstream\nBT ET\nendstream\nendobj\nxref\n0 5\n0000000000 65535 f \ntrailer\n<< /Size 99999999 /Root 1 0 R >>\nstartxref\n9\n%%EOF\n`), exts: ['.pdf'] , kind: 'pdf' },
    { name: 'ELF binary renamed', data: elf, exts: ['.docx', '.txt', '.pdf', '.xlsx', '.csv'] , kind: null },
    { name: 'PNG renamed', data: png, exts: ['.docx', '.txt', '.pdf', '.xlsx', '.csv'] , kind: 'png' },
    { name: 'empty file', data: Buffer.alloc(0), exts: ['.docx', '.txt', '.pdf', '.xlsx', '.csv'] , kind: null },
    { name: 'file of NUL bytes (1 MB)', data: Buffer.alloc(1024 * 1024), exts: ['.docx', '.txt', '.pdf', '.xlsx', '.csv'] , kind: null },
  ];
}


const SEED_PLAN = fs.readFileSync('test/fixtures/plans/yen-bai-14-KH-UBND-2024.txt');
const DRAFT_V1 = fs.readFileSync('test/fixtures/drafts/du-thao-nq-ho-tro-v1.txt');

interface Route {
  name: string;
  /** The multipart parts besides the file, and the request's URL and headers. */
  send: (file: { data: Buffer; fileName: string }) => { url: string; headers: Record<string, string>; parts: Parameters<typeof multipart>[0] };
  /** The file names the route reads by extension (none: it checks content); a case is sent under each of them it carries. */
  exts: string[];
  isPortal?: boolean;
  /** The route stores the file unopened (type checked by content), so a case that really is an allowed kind is stored. */
  isStoring?: boolean;
  /** Only these cases (by name), when the route reads files through the same code as a route that gets them all. */
  only?: string[];
  /** Sends left out (case name + " as " + name) because another send already walks the same path of the reader. */
  skip?: string[];
  /** What a storing route accepts, by content. */
  allowed?: string[];
}

const ROUTE_NAMES = ['plan preview (coordinator)', 'plan import (coordinator)', 'draft version (officer of the drafting unit)', 'report evidence (officer of the reporting unit)', 'directory import preview (coordinator)', 'portal comment attachment (anonymous citizen)'];

/** Runs the tasks three at a time: each plan parse boots a worker (about a second of CPU), so one at a time is slow. */
async function inPairs<T>(tasks: (() => Promise<T>)[]): Promise<T[]> {
  const out: T[] = new Array(tasks.length);
  let next = 0;
  const lane = async () => {
    while (next < tasks.length) {
      const i = next++;
      out[i] = await tasks[i]!();
    }
  };
  await Promise.all(Array.from({ length: Number(process.env.HOSTILE_LANES ?? 3) }, lane));
  return out;
}

describeEachDriver('hostile files on every upload route', (getDb) => {
  let app: App;
  let coordinator: Session;
  let officer: Session;
  const routes: Route[] = [];
  const corpus = buildCorpus();
  let counted = 0;

  beforeAll(async () => {
    await buildDemoOrg(getDb());
    app = await buildTestApp(getDb());
    const c = await buildUser(getDb(), { role: 'coordinator', unitId: 'yb-so-tttt' });
    coordinator = await signInAs(app, c.username, c.password);
    const o = await buildUser(getDb(), { role: 'officer', unitId: 'yb-so-tp' });
    officer = await signInAs(app, o.username, o.password);

    // a real plan, a report of the officer's unit on it, a draft of the officer's unit and an open round
    const plan = multipart([{ name: 'file', fileName: 'kh14.txt', data: SEED_PLAN }]);
    const preview = (await app.inject({ method: 'POST', url: '/api/v1/plans/preview', headers: { ...auth(coordinator), ...plan.headers }, payload: plan.payload })).json();
    const open = preview.names.filter((n: { status: string }) => n.status === 'unresolved' || n.status === 'ambiguous');
    const mappings = Object.fromEntries(open.map((n: { written: string }) => [n.written, { ignore: true }]));
    const withMappings = multipart([{ name: 'file', fileName: 'kh14.txt', data: SEED_PLAN }, { name: 'mappings', value: JSON.stringify(mappings) }]);
    expect((await app.inject({ method: 'POST', url: '/api/v1/plans', headers: { ...auth(coordinator), ...withMappings.headers }, payload: withMappings.payload })).statusCode).toBe(201);
    const task = (await app.inject({ url: '/api/v1/my/tasks', headers: auth(officer) })).json().items[0];
    const report = await app.inject({ method: 'POST', url: `/api/v1/tasks/${task.taskId}/reports`, headers: auth(officer), payload: { unitId: task.unitId, period: '2024-Y', status: 'done', narrative: 'Đã thực hiện.', indicators: {}, evidenceLinks: [] } });
    expect(report.statusCode).toBe(201);
    const draft = (await app.inject({ method: 'POST', url: '/api/v1/policies', headers: auth(officer), payload: { title: 'Nghị quyết thử tệp độc hại', docType: 'nq_hdnd_tinh', draftingUnitId: 'yb-so-tp', summary: 'Thử.' } })).json();
    const v1 = multipart([{ name: 'file', fileName: 'du-thao-v1.txt', data: DRAFT_V1 }]);
    const version = (await app.inject({ method: 'POST', url: `/api/v1/policies/${draft.id}/versions`, headers: { ...auth(officer), ...v1.headers }, payload: v1.payload })).json();
    const round = await app.inject({ method: 'POST', url: `/api/v1/policies/${draft.id}/rounds`, headers: auth(officer), payload: { versionId: version.id, opensOn: todayVn(), closesOn: addDays(todayVn(), 29), targetGroups: ['Người dân', 'Ủy ban MTTQ và các tổ chức chính trị - xã hội'], consulteeUnitIds: [] } });
    expect(round.statusCode).toBe(201);

    const asFile = (file: { data: Buffer; fileName: string }, name = 'file') => ({ name, fileName: file.fileName, data: file.data });
    routes.push(
      {
        name: 'plan preview (coordinator)', exts: ['.docx', '.pdf', '.txt'],
        // any bytes named .pdf boot the PDF reader's worker (1.5 s of CPU); the ELF binary, the truncated PDF and the
        // PDF with a huge object already show that reader refusing garbage, so these two add time, not coverage
        skip: ['PNG renamed as .pdf', 'file of NUL bytes (1 MB) as .pdf'],
        send: (f) => ({ url: '/api/v1/plans/preview', headers: auth(coordinator), parts: [asFile(f)] }) },
      {
        name: 'plan import (coordinator)', exts: ['.docx', '.pdf', '.txt'],
        // the import reads the file through the preview's parser (a worker per file, about a second of CPU each), which
        // gets the whole corpus; here one case of each kind shows the import route answers as the preview does
        only: ['docx zip bomb (20 MB at ratio 1000:1)', 'docx whose sizes lie (says 200 bytes, inflates to 20 MB)', 'docx with billion laughs', 'empty file'],
        send: (f) => ({ url: '/api/v1/plans', headers: auth(coordinator), parts: [asFile(f), { name: 'mappings', value: '{}' }] }) },
      { name: 'draft version (officer of the drafting unit)', exts: ['.docx', '.txt'], send: (f) => ({ url: `/api/v1/policies/${draft.id}/versions`, headers: auth(officer), parts: [asFile(f)] }) },
      { name: 'report evidence (officer of the reporting unit)', exts: [], isStoring: true, allowed: ['pdf', 'docx', 'xlsx', 'png', 'jpeg', 'gif', 'webp'], send: (f) => ({ url: `/api/v1/reports/${report.json().id}/files`, headers: auth(officer), parts: [asFile(f)] }) },
      { name: 'directory import preview (coordinator)', exts: ['.xlsx', '.csv'], send: (f) => ({ url: '/api/v1/org/import/preview', headers: auth(coordinator), parts: [asFile(f)] }) },
      {
        name: 'portal comment attachment (anonymous citizen)', exts: [], isPortal: true, isStoring: true, allowed: ['pdf', 'docx', 'png', 'jpeg', 'gif', 'webp'],
        send: (f) => ({
          url: `/gop-y/${draft.slug}/y-kien`,
          headers: { 'x-forwarded-for': `198.51.100.${Math.floor(Math.random() * 250) + 1}` },
          parts: [
            ...Object.entries({ idempotencyKey: randomUUID(), dieu: '', commenterType: 'citizen', name: 'Trần Văn Thử', pseudonym: '', email: '', phone: '0987654321', stance: 'propose', body: 'Xin gửi kèm tài liệu.', consentProcessing: '1', consentContact: '' }).map(([name, value]) => ({ name, value })),
            asFile(f, 'attachments'),
          ],
        }),
      },
    );
  }, 60_000);

  it.each(ROUTE_NAMES)('%s: refuses every hostile file with a 4xx, stores only what really is an allowed kind, keeps answering', async (routeName) => {
    const route = routes.find((r) => r.name === routeName)!;
    const sends = corpus.filter((c) => !route.only || route.only.includes(c.name)).flatMap((c) => {
      // a route that reads by extension refuses other names before reading a byte (415), so a case is sent to it only
      // under the names it reads; the renamed binaries carry every name, so each name is still refused somewhere
      if (!route.exts.length) return [{ c, ext: c.exts[0]! }];
      return c.exts.filter((e) => route.exts.includes(e) && !route.skip?.includes(`${c.name} as ${e}`)).map((ext) => ({ c, ext }));
    });
    const failures: string[] = [];
    const outcomes = await inPairs(sends.map(({ c, ext }) => async () => {
      const req = route.send({ data: c.data, fileName: `tep-thu${ext}` });
      const body = multipart(req.parts);
      const res = await app.inject({ method: 'POST', url: req.url, headers: { ...req.headers, ...body.headers }, payload: body.payload });
      const type = String(res.headers['content-type'] ?? '');
      const line = `${route.name} · ${c.name} as ${ext} → ${res.statusCode} ${type.split(';')[0]}`;
      // the portal drops an empty file part, as a browser sends one for an attachment field left blank: the comment goes in alone
      const isStored = route.isStoring === true && ((c.kind !== null && route.allowed!.includes(c.kind)) || (route.isPortal === true && c.data.length === 0));
      const isRightAnswer = isStored
        ? res.statusCode === (route.isPortal ? 303 : 201)
        : res.statusCode >= 400 && res.statusCode < 500 && type.startsWith(route.isPortal ? 'text/html' : 'application/problem+json');
      if (!isRightAnswer || res.body.includes('root:x:0')) failures.push(`${line} ${res.body.slice(0, 300)}`);
      return line;
    }));
    expect((await app.inject({ url: '/api/health' })).statusCode).toBe(200);
    if (process.env.HOSTILE_VERBOSE) console.log(outcomes.join('\n'));
    counted += outcomes.length;
    expect(failures).toEqual([]);
  }, 60_000);

  it('counts the cases', () => {
    console.log(`hostile uploads: ${counted} requests over ${routes.length} routes`);
    expect(counted).toBe(102);
  });
}, {
  pgliteOnly: 'files are read and refused before the database is touched; storing an accepted one is tried on both drivers by the routes’ own tests',
});
