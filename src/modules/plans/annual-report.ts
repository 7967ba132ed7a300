import { PassThrough } from 'node:stream';
import {
  signerFor,
  writeOfficialDocx,
  type Signer,
  type StreamBlock,
  type StreamedAppendix,
  type StreamedDocument,
} from '../../platform/documents';
import { formatDateVi, todayVn } from '../../platform/text';
import { documentCodeOf, type UnitRecord } from '../organisations';
import type { Executor } from '../../platform/db';
import { computeFigures, type Figure } from './figures';
import { loadPlanView, type PlanView } from './plan-view';
import { responsibilitiesOfPlan, type ReportRow, type ResponsibilityRow } from './repo';
import { completionPercent, computeProgress, reportsAsOf, type TaskProgress } from './progress';
import { countingReports } from './figures';
import { periodLabel } from './periods';
import { carriedBy } from './present';
import { draftingUnitAsOf, issuerAsOf, recipientsAsOf, type ReportIssuer } from './report-issuer';

export const STATUS_VI: Record<string, string> = { not_started: 'Chưa bắt đầu', in_progress: 'Đang thực hiện', done: 'Hoàn thành', overdue: 'Quá hạn', blocked: 'Vướng mắc' };
const INLINE_RESULTS = 5;
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
const excerpt = (s: string) => (s.length > 600 ? `${s.slice(0, 600)}…` : s);

/** Who signs, as chosen by the person who generates the report (NĐ 30 Art. 13). */
export interface ReportSignerInput {
  name: string;
  title: string;
  /** "KT. Chủ tịch", "TM. Ủy ban nhân dân"…; derived from the title and the issuer when absent. */
  authority?: string | null;
}

export interface AnnualReportOptions {
  /** The day the report speaks for (ISO); default {@link reportDateOf}. */
  date?: string;
  /** The signer; default the plan's signer; null leaves the block empty for the paper signature. */
  signer?: ReportSignerInput | null;
  /** The plan's "Tổ chức thực hiện" part, to find the drafting unit ("Lưu: VT, STTTT."). */
  responsibilities?: ResponsibilityRow[];
  /** Today's date, for the default report date. */
  today?: string;
}

/**
 * The report date: today while the plan's year runs, otherwise the report's due date, so a late export of an
 * old year still carries the issuer and place of that year (DOMAIN.md HC-05, HC-09).
 */
export function reportDateOf(plan: { reportDueOn: string | null }, today = todayVn()): string {
  const due = plan.reportDueOn;
  return due && today.slice(0, 4) > due.slice(0, 4) ? due : today;
}

/**
 * The plan as it stood at the end of `date`: only the reports sent by then, reviews made later undone, statuses
 * computed for that day. The DOCX, the XLSX and the figures are all computed from this one view.
 */
export function viewAsOf(view: PlanView, date: string): PlanView {
  const reports = reportsAsOf(view.reports, date);
  return { ...view, reports, progress: computeProgress(view.tasks, view.assignments, reports, date), today: date };
}

/** The default signer: the person who signed the plan, when the parser read one. */
export function planSigner(plan: PlanView['plan']): ReportSignerInput | null {
  return plan.signerName?.trim() && plan.signerTitle?.trim() ? { name: plan.signerName, title: plan.signerTitle } : null;
}

/**
 * Who signs: the person chosen when generating the report, else the plan's signer, but only for the body that issued
 * the plan (after a merger the report is the successor's, whose signer must be chosen, or it is signed on paper).
 */
export function chosenSigner(view: PlanView, chosen: ReportSignerInput | null | undefined, issuer: ReportIssuer): ReportSignerInput | null {
  return chosen !== undefined ? chosen : defaultSigner(view.plan, issuer);
}

/** The plan's signer while the report's issuer is still the plan's own; null once a successor issues it. */
export function defaultSigner(plan: PlanView['plan'], issuer: ReportIssuer): ReportSignerInput | null {
  const sameIssuer = !issuer.unit || !issuer.planIssuerId || issuer.unit.id === issuer.planIssuerId;
  return sameIssuer ? planSigner(plan) : null;
}

/** Everything both documents print, computed once for one report date. */
export interface ReportContext {
  view: PlanView;
  figures: Figure[];
  date: string;
  issuer: ReportIssuer;
  drafting: UnitRecord | null;
  recipients: string[];
  signer: Signer | null;
  unitName: (id: string) => string;
}

/** The report date, the plan as it stood that day, the issuer, drafting unit, recipients and signer. */
export function contextOf(view: PlanView, figures: Figure[], opts: AnnualReportOptions): ReportContext {
  const date = opts.date ?? reportDateOf(view.plan, opts.today);
  const asOf = view.today === date && view.reports.every((r) => Date.parse(r.submittedAt) <= Date.parse(`${date}T23:59:59.999+07:00`)) ? view : viewAsOf(view, date);
  const issuer = issuerAsOf(view.dir, view.plan, date);
  const person = chosenSigner(view, opts.signer, issuer);
  // a unit closed by the report date keeps its name, followed by the one carrying its work ("nay: …")
  const unitName = (id: string) => {
    const name = view.dir.unit(id)?.name ?? 'Đơn vị không còn trong danh mục';
    const now = carriedBy(view.dir, id, date);
    return now && now.units.length ? `${name} (nay: ${now.units.map((u) => u.name).join('; ')})` : name;
  };
  return {
    view: asOf,
    figures,
    date,
    issuer,
    drafting: draftingUnitAsOf(view.dir, opts.responsibilities ?? [], date),
    recipients: recipientsAsOf(view.dir, view.plan, issuer, date),
    signer: person ? signerFor(person, issuer.text) : null,
    unitName,
  };
}

/** Lead units as written: a group phrase once ("UBND các huyện, thị xã, thành phố"), named units by name. */
export function leadNames(t: TaskProgress, unitName: (id: string) => string, role = 'lead'): string {
  const names = t.assignments.filter((a) => a.assignment.role === role).map((a) => (a.assignment.groupId ? a.assignment.writtenName : unitName(a.assignment.unitId)));
  return [...new Set(names)].join('; ');
}

/** Whether a unit's newest report on an unfinished task says it is stuck. */
function isBlocked(t: TaskProgress): boolean {
  return t.status !== 'done' && t.assignments.some((a) => a.status !== 'done' && a.lastReport?.status === 'blocked');
}

/** The task's state in words: "Vướng mắc" for a stuck task, never "Đang thực hiện (0%)". */
export function taskStatusText(t: TaskProgress): string {
  if (isBlocked(t)) return t.status === 'overdue' ? 'Quá hạn, vướng mắc' : 'Vướng mắc';
  return STATUS_VI[t.status] ?? 'Chưa xác định';
}

/** "75%", or "—" when no unit decides the task. */
export function percentText(t: TaskProgress): string {
  const p = completionPercent(t);
  return p === null ? '—' : `${p}%`;
}

/** A period inside a sentence: "năm 2024", "quý III/2024". */
function periodInText(key: string): string {
  const label = periodLabel(key).replace(/^Cả năm/u, 'năm');
  return label.charAt(0).toLocaleLowerCase('vi') + label.slice(1);
}

/** A figure's value; a percentage of nothing (no rounds, no tasks) prints "—". */
export function figureText(f: Figure): string | number {
  return f.outOf === 0 ? '—' : f.value;
}

const planRefOf = (plan: PlanView['plan']) =>
  `Kế hoạch số ${plan.number ?? '…'}${plan.issuedOn ? ` ngày ${formatDateVi(plan.issuedOn, 'short')}` : ''}${plan.issuerName ? ` của ${plan.issuerName}` : ''}`;

/** The reports the body quotes: per task and unit the newest accepted one, and every "blocked" one not returned. */
interface Quoted {
  latestByTask: Map<string, ReportRow[]>;
  ids: string[];
  blockedReports: ReportRow[];
}

function quotedReports(view: PlanView): Quoted {
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
  return { latestByTask, blockedReports, ids: [...[...newest.values()].map((r) => r.id), ...blockedReports.map((r) => r.id)] };
}

/** "Báo cáo kết quả thực hiện Kế hoạch …" as an NĐ 30 document, as of the report date. */
function documentOf(ctx: ReportContext, quoted: Quoted, texts: Map<string, string>): StreamedDocument {
  const { view, date, issuer, unitName } = ctx;
  const { plan } = view;
  const planRef = planRefOf(plan);
  const tasks = view.progress.tasks;
  const done = tasks.filter((t) => t.status === 'done');
  const overdue = tasks.filter((t) => t.status === 'overdue');
  const blocked = tasks.filter(isBlocked);
  const { latestByTask, blockedReports } = quoted;
  const many = tasks.filter((t) => (latestByTask.get(t.task.id)?.length ?? 0) > INLINE_RESULTS);
  const appendixNo = { tasks: ROMAN[0]!, units: many.length ? ROMAN[1]! : '', figures: ROMAN[many.length ? 2 : 1]! };
  const day = formatDateVi(date, 'short');
  const accepted = view.reports.filter((r) => r.state === 'accepted').length;

  const narrative = (r: ReportRow) => texts.get(r.id) ?? '';
  const body: StreamBlock[] = [
    // the plan's issuer is named once when the same body reports on its own plan
    { type: 'paragraph', text: `Thực hiện ${plan.issuerName === issuer.text ? planRefOf({ ...plan, issuerName: null }) : planRef}, ${issuer.text} báo cáo kết quả thực hiện như sau:` },
    { type: 'heading', level: 1, text: 'I. TÌNH HÌNH TRIỂN KHAI' },
    {
      type: 'paragraph',
      text: `Kế hoạch có ${tasks.length} nhiệm vụ, giao cho ${view.progress.units.length} cơ quan, đơn vị chủ trì hoặc phối hợp thực hiện. Đến ngày ${day}, đã nhận ${view.reports.length} báo cáo tiến độ của các đơn vị, trong đó ${accepted} báo cáo đã được chấp nhận.`,
    },
    { type: 'heading', level: 1, text: 'II. KẾT QUẢ THỰC HIỆN' },
    { type: 'paragraph', text: `Tình hình thực hiện từng nhiệm vụ đến ngày ${day} tại Phụ lục ${appendixNo.tasks}; số liệu định lượng tại Phụ lục ${appendixNo.figures}.`, italic: true },
  ];
  for (const t of tasks) {
    body.push({ type: 'heading', level: 2, text: `${t.task.code}. ${t.task.title}` });
    const p = completionPercent(t);
    const share = t.status !== 'done' && !isBlocked(t) && p !== null && p > 0 ? ` (${p}%)` : '';
    body.push({ type: 'paragraph', text: `Đơn vị chủ trì: ${leadNames(t, unitName) || 'chưa xác định'}. Tình trạng: ${taskStatusText(t)}${share}.` });
    const latest = latestByTask.get(t.task.id) ?? [];
    // a task reported on by many units (a group phrase) sends its results to an appendix table
    if (latest.length > INLINE_RESULTS) body.push({ type: 'paragraph', text: `Kết quả của ${latest.length} đơn vị: xem Phụ lục ${appendixNo.units}.`, italic: true });
    else if (latest.length) body.push({ type: 'bullets', items: latest.map((r) => `${unitName(r.unitId)} (${periodInText(r.period)}): ${excerpt(narrative(r))}`) });
  }
  body.push({ type: 'heading', level: 1, text: 'III. ĐÁNH GIÁ CHUNG' });
  const codes = (list: TaskProgress[]) => list.map((t) => t.task.code).join(', ');
  body.push({
    type: 'paragraph',
    text: `Đã hoàn thành ${done.length}/${tasks.length} nhiệm vụ.${overdue.length ? ` Còn ${overdue.length} nhiệm vụ quá hạn chưa hoàn thành (mục ${codes(overdue)}).` : ' Không có nhiệm vụ quá hạn.'}${blocked.length ? ` Có ${blocked.length} nhiệm vụ gặp vướng mắc (mục ${codes(blocked)}).` : ''}`,
  });
  body.push({ type: 'heading', level: 1, text: 'IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM TIẾP THEO' });
  const unfinished = tasks.filter((t) => t.status !== 'done');
  body.push({ type: 'paragraph', text: unfinished.length ? `Tiếp tục thực hiện ${unfinished.length} nhiệm vụ chưa hoàn thành (mục ${codes(unfinished)}); duy trì các nhiệm vụ thường xuyên của kế hoạch.` : 'Duy trì các nhiệm vụ thường xuyên; xây dựng kế hoạch năm tiếp theo.' });
  body.push({ type: 'heading', level: 1, text: 'V. ĐỀ XUẤT, KIẾN NGHỊ' });
  body.push(blockedReports.length ? { type: 'bullets', items: blockedReports.map((r) => `${unitName(r.unitId)}: ${narrative(r)}`) } : { type: 'paragraph', text: 'Không có kiến nghị phát sinh từ báo cáo của các đơn vị.' });
  body.push({ type: 'paragraph', text: `Trên đây là báo cáo kết quả thực hiện ${planRef}./.` });

  const rows = String(tasks.length);
  const appendices: StreamedAppendix[] = [
    {
      label: `Phụ lục ${appendixNo.tasks}`,
      title: 'Tình hình thực hiện các nhiệm vụ',
      body: [
        {
          // streamed: a table of hundreds of rows is the costly part of building a document in memory
          type: 'table-stream',
          columns: [
            { title: 'STT', widthPct: 6, align: 'center', fit: [rows] },
            { title: 'Mục', widthPct: 9, align: 'center', fit: tasks.map((t) => t.task.code).filter((c) => c.length <= 12).slice(0, 500) },
            { title: 'Nhiệm vụ', widthPct: 36 },
            { title: 'Đơn vị chủ trì', widthPct: 30 },
            { title: 'Tình trạng', widthPct: 12, align: 'center', fit: ['Hoàn thành', 'Vướng mắc', 'Quá hạn'] },
            { title: 'Tiến độ', widthPct: 8, align: 'center', fit: ['100%', '—'] },
          ],
          rows: (async function* () {
            for (const [i, t] of tasks.entries()) yield [i + 1, t.task.code, t.task.title, leadNames(t, unitName), taskStatusText(t), percentText(t)];
          })(),
        },
      ],
    },
  ];
  if (many.length) {
    appendices.push({
      label: `Phụ lục ${appendixNo.units}`,
      title: 'Kết quả của các đơn vị theo nhiệm vụ',
      body: [
        {
          type: 'table-stream',
          columns: [{ title: 'Mục', widthPct: 9, align: 'center', fit: many.map((t) => t.task.code).filter((c) => c.length <= 12) }, { title: 'Đơn vị', widthPct: 26 }, { title: 'Kỳ báo cáo', widthPct: 12, align: 'center' }, { title: 'Kết quả', widthPct: 53 }],
          rows: (async function* () {
            for (const t of many) for (const r of latestByTask.get(t.task.id)!) yield [t.task.code, unitName(r.unitId), periodLabel(r.period), excerpt(narrative(r))];
          })(),
        },
      ],
    });
  }
  appendices.push({
    label: `Phụ lục ${appendixNo.figures}`,
    title: 'Chỉ tiêu định lượng',
    body: [
      {
        type: 'table',
        // figures are numbered: their codes are the software's, not the reader's
        columns: [{ title: 'STT', widthPct: 8, align: 'center', fit: [String(ctx.figures.length)] }, { title: 'Chỉ tiêu', widthPct: 74 }, { title: 'Số liệu', widthPct: 18, align: 'right', fit: ['1.000.000'] }],
        rows: ctx.figures.map((f, i) => [i + 1, f.label, figureText(f)]),
      },
    ],
  });

  const drafting = ctx.drafting ? documentCodeOf(ctx.drafting) : null;
  return {
    issuer: issuer.header,
    issuerText: issuer.text,
    number: null,
    numberSuffix: `/BC-${issuer.code}`,
    place: issuer.place,
    date,
    kind: 'BÁO CÁO',
    subject: `Kết quả thực hiện ${planRef}`,
    body,
    recipients: [...(ctx.recipients.length ? ctx.recipients : ['Các cơ quan, đơn vị được giao nhiệm vụ']), drafting ? `Lưu: VT, ${drafting}` : 'Lưu: VT'],
    signer: ctx.signer,
    appendices,
  };
}

/** Builds the report document (narratives read from the database as needed). */
export async function buildAnnualReport(view: PlanView, figures: Figure[], opts: AnnualReportOptions | string = {}): Promise<StreamedDocument> {
  const ctx = contextOf(view, figures, typeof opts === 'string' ? { today: opts } : opts);
  const quoted = quotedReports(ctx.view);
  return documentOf(ctx, quoted, await ctx.view.texts(quoted.ids));
}

/** The DOCX of the annual report. */
export async function renderAnnualReportDocx(view: PlanView, figures: Figure[], opts: AnnualReportOptions | string = {}): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await writeOfficialDocx(await buildAnnualReport(view, figures, opts), out);
  return Buffer.concat(chunks);
}

/**
 * Everything one report date needs, loaded once for the DOCX and the XLSX alike (office and CLI): the plan as it stood
 * that day, its figures, its "Tổ chức thực hiện" part and the signer (chosen, else the default), and what the export's
 * audit entry records.
 */
export async function loadAnnualReport(db: Executor, planId: string, date: string, signer?: ReportSignerInput | null) {
  const view = viewAsOf(await loadPlanView(db, planId, date, { withText: false }), date);
  const figures = await computeFigures(db, view);
  const opts: AnnualReportOptions = { date, signer, responsibilities: await responsibilitiesOfPlan(db, planId) };
  const printed = chosenSigner(view, signer, issuerAsOf(view.dir, view.plan, date));
  const audit = { date, signer: printed ? { name: printed.name, title: printed.title, authority: printed.authority ?? null } : null };
  return { view, figures, opts, audit };
}
