import { PassThrough } from 'node:stream';
import { writeOfficialDocx, writeXlsxStream, type SheetSpec, type StreamBlock, type StreamedDocument } from '../../platform/documents';
import { formatDateVi, todayVn } from '../../platform/text';
import type { Figure } from './figures';
import type { PlanView } from './plan-view';
import type { ReportRow } from './repo';
import { computeProgress, type TaskProgress } from './progress';
import { countingReports } from './figures';
import { indicatorText } from './indicators';
import { periodLabel } from './periods';

const STATUS_VI: Record<string, string> = { not_started: 'Chưa bắt đầu', in_progress: 'Đang thực hiện', done: 'Hoàn thành', overdue: 'Quá hạn', blocked: 'Vướng mắc' };
const pct = (x: number) => `${Math.round(x * 100)}%`;
const INLINE_RESULTS = 5;
const excerpt = (s: string) => (s.length > 600 ? `${s.slice(0, 600)}…` : s);

/** Lead units as written: a group phrase once ("UBND các huyện, thị xã, thành phố"), named units by name. */
function leadNames(t: TaskProgress, unitName: (id: string) => string, role = 'lead'): string {
  const names = t.assignments.filter((a) => a.assignment.role === role).map((a) => (a.assignment.groupId ? a.assignment.writtenName : unitName(a.assignment.unitId)));
  return [...new Set(names)].join('; ');
}

/**
 * The report date: today while the plan's year runs, otherwise the report's due date, so a late export of an
 * old year still carries the issuer and place of that year (DOMAIN.md HC-05, HC-09).
 */
export function reportDateOf(plan: { reportDueOn: string | null }, today = todayVn()): string {
  const due = plan.reportDueOn;
  return due && today.slice(0, 4) > due.slice(0, 4) ? due : today;
}

/** "Báo cáo kết quả thực hiện Kế hoạch …" as an NĐ 30/2020 document. */
export async function buildAnnualReport(view: PlanView, figures: Figure[], today = todayVn()): Promise<StreamedDocument> {
  const { plan } = view;
  const date = reportDateOf(view.plan, today);
  // statuses as they stood on the report date, not on the day of a late export
  if (view.today !== date) view = { ...view, progress: computeProgress(view.tasks, view.assignments, view.reports, date), today: date };
  const unitName = (id: string) => view.dir.unit(id)?.name ?? id;
  const planRef = `Kế hoạch số ${plan.number ?? '…'}${plan.issuedOn ? ` ngày ${formatDateVi(plan.issuedOn, 'short')}` : ''}${plan.issuerName ? ` của ${plan.issuerName}` : ''}`;
  const tasks = view.progress.tasks;
  const done = tasks.filter((t) => t.status === 'done');
  const overdue = tasks.filter((t) => t.status === 'overdue');
  // per task and unit, the newest accepted report speaks in the body; every report is in the XLSX annex
  const latestByTask = new Map<string, ReportRow[]>();
  const newest = new Map<string, ReportRow>();
  for (const r of countingReports(view.reports)) {
    const key = `${r.taskId}|${r.unitId}`;
    const prev = newest.get(key);
    if (!prev || prev.period < r.period) newest.set(key, r);
  }
  for (const r of newest.values()) {
    const list = latestByTask.get(r.taskId);
    if (list) list.push(r);
    else latestByTask.set(r.taskId, [r]);
  }
  const blockedReports = view.reports.filter((r) => r.status === 'blocked' && r.state !== 'returned');
  const texts = await view.texts([...[...newest.values()].map((r) => r.id), ...blockedReports.map((r) => r.id)]);
  const narrative = (r: ReportRow) => texts.get(r.id) ?? '';
  const body: StreamBlock[] = [
    { type: 'paragraph', text: `Thực hiện ${planRef}, ${plan.issuerName ?? 'cơ quan'} báo cáo kết quả thực hiện như sau:` },
    { type: 'heading', level: 1, text: 'I. TÌNH HÌNH TRIỂN KHAI' },
    {
      type: 'paragraph',
      text: `Kế hoạch có ${tasks.length} nhiệm vụ, giao cho ${view.progress.units.length} cơ quan, đơn vị chủ trì hoặc phối hợp thực hiện. Đến ngày ${formatDateVi(date, 'short')}, đã nhận ${view.reports.length} báo cáo tiến độ của các đơn vị, trong đó ${view.reports.filter((r) => r.state === 'accepted').length} báo cáo đã được chấp nhận.`,
    },
    { type: 'heading', level: 1, text: 'II. KẾT QUẢ THỰC HIỆN' },
  ];
  for (const t of tasks) {
    body.push({ type: 'heading', level: 2, text: `${t.task.code}. ${t.task.title}` });
    body.push({ type: 'paragraph', text: `Đơn vị chủ trì: ${leadNames(t, unitName) || 'chưa xác định'}. Tình trạng: ${STATUS_VI[t.status]} (${pct(t.completion)}).` });
    const latest = latestByTask.get(t.task.id) ?? [];
    // a task reported on by many units (a group phrase) sends its results to the annex table
    if (latest.length > INLINE_RESULTS) body.push({ type: 'paragraph', text: `Kết quả của ${latest.length} đơn vị: xem Phụ lục 1.`, italic: true });
    else if (latest.length) body.push({ type: 'bullets', items: latest.map((r) => `${unitName(r.unitId)} (${periodLabel(r.period)}): ${excerpt(narrative(r))}`) });
  }
  // streamed like the annex: a table of hundreds of rows is the costly part of building a document in memory
  body.push({
    type: 'table-stream',
    caption: 'Bảng 1. Tình hình thực hiện các nhiệm vụ',
    columns: [
      { title: 'STT', widthPct: 6, align: 'center' },
      { title: 'Mục', widthPct: 9, align: 'center' },
      { title: 'Nhiệm vụ', widthPct: 40 },
      { title: 'Đơn vị chủ trì', widthPct: 25 },
      { title: 'Tình trạng', widthPct: 12, align: 'center' },
      { title: 'Hoàn thành', widthPct: 8, align: 'right' },
    ],
    rows: (async function* () {
      for (const [i, t] of tasks.entries()) yield [i + 1, t.task.code, t.task.title, leadNames(t, unitName), STATUS_VI[t.status] ?? t.status, pct(t.completion)];
    })(),
  });
  body.push({ type: 'heading', level: 1, text: 'III. ĐÁNH GIÁ CHUNG' });
  body.push({ type: 'paragraph', text: `Đã hoàn thành ${done.length}/${tasks.length} nhiệm vụ.${overdue.length ? ` Còn ${overdue.length} nhiệm vụ quá hạn chưa hoàn thành: ${overdue.map((t) => t.task.code).join(', ')}.` : ' Không có nhiệm vụ quá hạn.'}` });
  body.push({ type: 'heading', level: 1, text: 'IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM TIẾP THEO' });
  const unfinished = tasks.filter((t) => t.status !== 'done');
  body.push({ type: 'paragraph', text: unfinished.length ? `Tiếp tục thực hiện ${unfinished.length} nhiệm vụ chưa hoàn thành (${unfinished.map((t) => t.task.code).join(', ')}); duy trì các nhiệm vụ thường xuyên của kế hoạch.` : 'Duy trì các nhiệm vụ thường xuyên; xây dựng kế hoạch năm tiếp theo.' });
  body.push({ type: 'heading', level: 1, text: 'V. ĐỀ XUẤT, KIẾN NGHỊ' });
  body.push(blockedReports.length ? { type: 'bullets', items: blockedReports.map((r) => `${unitName(r.unitId)}: ${narrative(r)}`) } : { type: 'paragraph', text: 'Không có kiến nghị phát sinh từ báo cáo của các đơn vị.' });
  const many = tasks.filter((t) => (latestByTask.get(t.task.id)?.length ?? 0) > INLINE_RESULTS);
  if (many.length) {
    body.push({ type: 'heading', level: 1, text: 'PHỤ LỤC 1: KẾT QUẢ CỦA CÁC ĐƠN VỊ THEO NHIỆM VỤ' });
    body.push({
      type: 'table-stream',
      columns: [{ title: 'Mục', widthPct: 9, align: 'center' }, { title: 'Đơn vị', widthPct: 26 }, { title: 'Kỳ', widthPct: 10, align: 'center' }, { title: 'Kết quả', widthPct: 55 }],
      rows: (async function* () {
        for (const t of many) for (const r of latestByTask.get(t.task.id)!) yield [t.task.code, unitName(r.unitId), periodLabel(r.period), excerpt(narrative(r))];
      })(),
    });
  }
  body.push({ type: 'heading', level: 1, text: 'PHỤ LỤC: CHỈ TIÊU ĐỊNH LƯỢNG' });
  body.push({
    type: 'table',
    // figures are numbered: their codes ("I-07", "tasks.total") are the software's, not the reader's
    columns: [{ title: 'STT', widthPct: 8, align: 'center' }, { title: 'Chỉ tiêu', widthPct: 74 }, { title: 'Số liệu', widthPct: 18, align: 'right' }],
    rows: figures.map((f, i) => [i + 1, f.label, f.value]),
  });
  const issuer = (plan.issuerName ?? 'Ủy ban nhân dân').toUpperCase();
  const coordinating = view.plan.recipients.length ? view.plan.recipients.slice(0, 1) : [];
  return {
    issuer: { parentName: null, name: issuer },
    number: null,
    numberSuffix: `/BC-${plan.number?.split('-').pop() ?? 'UBND'}`,
    place: plan.place ?? '',
    date,
    kind: 'BÁO CÁO',
    subject: `Kết quả thực hiện ${planRef}`,
    body,
    recipients: [...coordinating, 'Các cơ quan, đơn vị được giao nhiệm vụ'],
    signer: null,
  };
}

/** The DOCX of the annual report. */
export async function renderAnnualReportDocx(view: PlanView, figures: Figure[], today?: string): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await writeOfficialDocx(await buildAnnualReport(view, figures, today), out);
  return Buffer.concat(chunks);
}

/** The XLSX annex: by task, by unit, every report, and the figures; streamed row by row. */
export async function writeAnnualAnnex(out: NodeJS.WritableStream, view: PlanView, figures: Figure[]): Promise<void> {
  const unitName = (id: string) => view.dir.unit(id)?.name ?? id;
  const taskById = new Map(view.tasks.map((t) => [t.id, t]));
  const sheets: SheetSpec[] = [
    {
      name: 'Theo nhiệm vụ',
      title: `Tình hình thực hiện ${view.plan.number ?? ''} — theo nhiệm vụ`,
      columns: [
        { header: 'Mục', key: 'code', width: 10 }, { header: 'Nhiệm vụ', key: 'title', width: 60 }, { header: 'Hạn', key: 'due', width: 12 },
        { header: 'Tình trạng', key: 'status', width: 16 }, { header: 'Hoàn thành (%)', key: 'pct', width: 14 },
        { header: 'Đơn vị chủ trì', key: 'leads', width: 50 }, { header: 'Đơn vị phối hợp', key: 'coordinators', width: 50 },
      ],
      rows: view.progress.tasks.map((t) => ({
        code: t.task.code, title: t.task.title, due: t.task.dueOn ? formatDateVi(t.task.dueOn, 'short') : '', status: STATUS_VI[t.status] ?? t.status, pct: Math.round(t.completion * 100),
        leads: leadNames(t, unitName),
        coordinators: leadNames(t, unitName, 'coordinator'),
      })),
    },
    {
      name: 'Theo đơn vị',
      columns: [
        { header: 'Đơn vị', key: 'unit', width: 50 }, { header: 'Số nhiệm vụ', key: 'tasks', width: 12 }, { header: 'Hoàn thành', key: 'done', width: 12 },
        { header: 'Đang thực hiện', key: 'inProgress', width: 14 }, { header: 'Quá hạn', key: 'overdue', width: 10 }, { header: 'Tỷ lệ (%)', key: 'pct', width: 10 },
      ],
      rows: view.progress.units.map((u) => ({ unit: unitName(u.unitId), tasks: u.tasks, done: u.done, inProgress: u.inProgress, overdue: u.overdue, pct: Math.round(u.completion * 100) })),
    },
    {
      name: 'Báo cáo của đơn vị',
      columns: [
        { header: 'Mục', key: 'code', width: 10 }, { header: 'Đơn vị', key: 'unit', width: 45 }, { header: 'Kỳ', key: 'period', width: 18 }, { header: 'Tình trạng', key: 'status', width: 16 },
        { header: 'Xem xét', key: 'state', width: 14 }, { header: 'Nội dung', key: 'narrative', width: 80 }, { header: 'Chỉ tiêu', key: 'indicators', width: 40 },
      ],
      rows: (async function* () {
        // narratives are read page by page: a plan may have tens of thousands of reports
        for (let i = 0; i < view.reports.length; i += 2000) {
          const page = view.reports.slice(i, i + 2000);
          const texts = await view.texts(page.map((r) => r.id));
          for (const r of page) {
            yield {
              code: taskById.get(r.taskId)?.code ?? '', unit: unitName(r.unitId), period: periodLabel(r.period), status: STATUS_VI[r.status] ?? r.status,
              state: r.state === 'accepted' ? 'Đã chấp nhận' : r.state === 'returned' ? 'Bị trả lại' : 'Chờ xem xét', narrative: texts.get(r.id) ?? '',
              indicators: Object.entries(r.indicators).map(([k, v]) => indicatorText(k, v)).join('; '),
            };
          }
        }
      })(),
    },
    { name: 'Chỉ tiêu', columns: [{ header: 'STT', key: 'no', width: 6 }, { header: 'Chỉ tiêu', key: 'label', width: 70 }, { header: 'Số liệu', key: 'value', width: 12 }], rows: figures.map((f, i) => ({ no: i + 1, label: f.label, value: f.value })) },
  ];
  await writeXlsxStream(out, sheets, { creator: 'Đồng Thuận' });
}
