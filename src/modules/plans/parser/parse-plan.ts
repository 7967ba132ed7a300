/**
 * parsePlanText: from the text of a plan (or a Quyết định issuing one, or a Công văn) to a ParsedPlan.
 */
import { cleanText, fold } from '../../../platform/text';
import { legalBasisLines, readBases } from './bases';
import { findClosingStart, readClosing, readReportDeadline, type ClosingInfo } from './closing';
import { yearNamed } from './deadline';
import { deriveItems } from './derive';
import { PlanParseError } from './errors';
import { readHeader, readSubject, typeOf, type HeaderInfo } from './header';
import { prepareLines } from './lines';
import { buildOutline, type SectionKind } from './outline';
import type { ParsedPlan, ParsedTask, PlanResponsibility } from './types';

/** A stretch of body lines: the main document's body or an annex (the plan issued by a Quyết định). */
interface Segment {
  lines: string[];
  rootKind: SectionKind;
}

// Text that websites append after the document ("HIỆU LỰC VĂN BẢN", "Tải văn bản").
const WEBSITE_TAIL = /^(?:hieu luc van ban|tai van ban|van ban lien quan|luoc do|thuoc tinh van ban|van ban goc)/u;

/** Parses the text of a plan document; throws PlanParseError('empty' | 'not-a-plan'). */
export function parsePlanText(text: string): ParsedPlan {
  if (cleanText(text) === '') throw new PlanParseError('empty');
  const lines = prepareLines(text);
  const header = readHeader(lines);
  if (!header.documentLike) throw new PlanParseError('not-a-plan');

  const closingAt = findClosingStart(lines, header.bodyStart);
  const mainEnd = closingAt >= 0 ? closingAt : lines.length;
  const closing: ClosingInfo | null = closingAt >= 0 ? readClosing(lines, closingAt) : null;
  const segments: Segment[] = [{ lines: lines.slice(header.bodyStart, mainEnd), rootKind: mainRootKind(header) }];
  if (closing !== null) segments.push(...findAnnexes(lines, closing.end));

  let tasks: ParsedTask[] = [];
  const responsibilities: PlanResponsibility[] = [];
  const preamble: string[] = [];
  const readingWarnings: string[] = [];
  const fromTables = new Set<ParsedTask>();
  // each task's headings are those of the body or annex it was read from (an annex's "II" is not the body's "II")
  const titlesOf = new Map<ParsedTask, ReadonlyMap<string, string>>();
  const issueYear = header.issuedOn === null ? null : Number(header.issuedOn.slice(0, 4));
  // The year the plan is for names the year of dates written without one; never the day of reading.
  const planYear = (header.title === null ? null : yearNamed(header.title)) ?? issueYear;
  for (const segment of segments) {
    const outline = buildOutline(segment.lines, segment.rootKind);
    preamble.push(...outline.body);
    const items = deriveItems(outline, planYear);
    tasks.push(...items.tasks);
    responsibilities.push(...items.responsibilities);
    readingWarnings.push(...items.warnings);
    for (const t of items.fromTables) fromTables.add(t);
    const titles = new Map<string, string>();
    for (const h of items.headings) if (!titles.has(h.code)) titles.set(h.code, h.title);
    for (const t of items.tasks) titlesOf.set(t, titles);
  }
  // With a task table after them (the annex that assigns the work), numbered paragraphs naming no unit and no
  // deadline are the plan's narrative, not more tasks.
  const lastTable = tasks.reduce((at, t, i) => (fromTables.has(t) ? i : at), -1);
  tasks = tasks.filter((t, i) => i > lastTable || fromTables.has(t) || t.leads.length + t.coordinators.length > 0 || t.deadline !== null);
  const year = planYear;
  const plan: ParsedPlan = {
    number: header.number,
    kind: header.kind,
    issuer: header.issuer,
    place: header.place,
    issuedOn: header.issuedOn,
    year: planYear,
    title: header.title,
    bases: readBases([...preamble, ...legalBasisLines(segments[0]?.lines ?? [])], header.number === null ? [] : [header.number]),
    tasks,
    headings: headingsOf(tasks, titlesOf),
    responsibilities,
    reportDeadline: readReportDeadline(segments.flatMap((s) => s.lines), year),
    signer: closing?.signer ?? null,
    recipients: closing?.recipients ?? [],
    warnings: [],
  };
  plan.warnings = [...warningsFor(plan, header, closing, segments.length > 1), ...readingWarnings];
  return plan;
}

function mainRootKind(header: HeaderInfo): SectionKind {
  if (header.kind === 'QĐ' || header.kind === 'NQ') return 'skip';
  if (header.kind === 'CV') return 'mixed';
  return 'tasks';
}

/** Finds documents issued together with the main one (e.g. "KẾ HOẠCH … (Ban hành kèm theo Quyết định số …)"). */
function findAnnexes(lines: readonly string[], from: number): Segment[] {
  const out: Segment[] = [];
  let i = from;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (WEBSITE_TAIL.test(fold(line))) break;
    const type = typeOf(line);
    if (type === null) {
      i++;
      continue;
    }
    const start = readSubject(lines, i, type.rest).end;
    let end = start;
    while (end < lines.length && !WEBSITE_TAIL.test(fold(lines[end] ?? '')) && typeOf(lines[end] ?? '') === null) end++;
    const closingAt = findClosingStart(lines, start);
    if (closingAt >= 0 && closingAt < end) end = closingAt;
    out.push({ lines: lines.slice(start, end), rootKind: 'tasks' });
    i = closingAt >= 0 && closingAt === end ? readClosing(lines, closingAt).end : Math.max(end, i + 1);
  }
  return out;
}

function warningsFor(plan: ParsedPlan, header: HeaderInfo, closing: ClosingInfo | null, hasAnnex: boolean): string[] {
  const w: string[] = [];
  // A draft's blank number is said by the header's own warning, which quotes the line.
  if (plan.number === null && header.blankNumberCode === null) w.push('Không tìm thấy số hiệu văn bản');
  w.push(...header.warnings);
  if (plan.issuer === null) w.push('Không xác định được cơ quan ban hành');
  if (plan.issuedOn === null) {
    w.push(header.dateUnreadable ? 'Không đọc được ngày ban hành (ngày, tháng hoặc năm còn để trống)' : 'Không tìm thấy ngày ban hành');
  }
  if (plan.title === null) w.push('Không tìm thấy tên (trích yếu) của văn bản');
  const isPlan = plan.kind === 'KH' || hasAnnex;
  if (isPlan && plan.tasks.length === 0) {
    w.push('Không tìm thấy danh sách nhiệm vụ: văn bản không có bảng phân công hay mục nhiệm vụ ghi đơn vị thực hiện (mục tiêu, chỉ tiêu, tiêu chuẩn không được lấy làm nhiệm vụ)');
  }
  const seen = new Set<string>();
  for (const t of plan.tasks) {
    if (seen.has(t.code)) w.push(`Mã nhiệm vụ ${t.code} bị trùng`);
    seen.add(t.code);
    if (t.leads.length === 0) w.push(`Nhiệm vụ ${t.code} không có đơn vị thực hiện`);
  }
  if (closing === null || !closing.recipientsFound) w.push('Không tìm thấy danh sách nơi nhận');
  if (plan.signer === null) w.push('Không tìm thấy người ký');
  return w;
}

/** The titles of the codes that are ancestors of tasks but not tasks ("II.3" above "II.3.1"), in the tasks' order. */
function headingsOf(tasks: readonly ParsedTask[], titlesOf: ReadonlyMap<ParsedTask, ReadonlyMap<string, string>>): { code: string; title: string }[] {
  const taskCodes = new Set(tasks.map((t) => t.code));
  const out = new Map<string, string>();
  for (const t of tasks) {
    const parts = t.code.split('.');
    for (let i = 1; i < parts.length; i++) {
      const code = parts.slice(0, i).join('.');
      const title = titlesOf.get(t)?.get(code);
      if (!taskCodes.has(code) && title !== undefined && !out.has(code)) out.set(code, title);
    }
  }
  return [...out].map(([code, title]) => ({ code, title }));
}
