/**
 * Tasks written as a table: "STT | Nhiệm vụ | Sản phẩm | Thời gian | Chủ trì | Phối hợp | Theo dõi".
 * Columns are found by their header names, in any order. Roman rows (I, II, …) are group headings.
 * A row without its own number belongs to the task above: the lower part of a merged cell (a Word
 * vMerge, or a portal copy that leaves the number cell empty) adds its product, units and deadline to
 * that task; a line wrapped inside the cells (a table converted from PDF) finishes the task's texts.
 * A row whose cells are fewer than the header's (cells merged across columns) is aligned by content.
 */
import { fold } from '../../../platform/text';
import { readDeadline, writtenBeside, yearNamed } from './deadline';
import { CELL_PARAGRAPH_SEPARATOR } from './line-kinds';
import { looksLikeUnit, splitUnits, type WrittenUnit } from './units';
import { stripEndPunct } from './vn-text';

type Role = 'index' | 'title' | 'product' | 'deadline' | 'lead' | 'coordinator' | 'monitor' | 'other';

/** One task row read from a table, before units are merged into the public shape. */
export interface TableTask {
  code: string;
  title: string;
  content: string[];
  leads: WrittenUnit[];
  coordinators: WrittenUnit[];
  deadline: string | null;
  /** The deadline as written when it differs from `deadline` (e.g. "Trước ngày 20/11/2024"). */
  deadlineWritten: string | null;
}

/** The tasks of one table and what could not be read. */
export interface TableReading {
  tasks: TableTask[];
  warnings: string[];
  /** The group rows' titles ("I | Cải cách thể chế" → { code: "I", title: "Cải cách thể chế" }), codes as the tasks'. */
  groups: { code: string; title: string }[];
}

const ROMAN = /^[IVX]{1,5}$/u;
const ARABIC_INDEX = /^\d{1,3}(?:\.\d{1,3})*\.?$/u;
const LETTER_INDEX = /^[a-zđ]\)?$/u;
const HEADER_MAX_WORDS = 10;
// A cell that refers to another document instead of naming units ("Theo phân công tại Quyết định số …").
const NOT_UNITS = /^(?:theo|nhu|tai|can cu)\s/u;

function roleOf(header: string): Role {
  const f = fold(header).replace(/\(.*?\)/gu, ' ').replace(/\s+/gu, ' ').trim();
  if (f === '' || f.split(' ').length > HEADER_MAX_WORDS) return 'other';
  if (/^(?:stt|tt|so tt|so thu tu|ma so|ma)$/u.test(f)) return 'index';
  if (/thoi gian|thoi han|tien do|thoi diem|moc thoi gian/u.test(f)) return 'deadline';
  if (/phoi hop/u.test(f)) return 'coordinator';
  if (/theo doi|don doc|giam sat/u.test(f)) return 'monitor';
  if (/duoc kiem tra/u.test(f)) return 'other';
  if (/san pham|ket qua|hinh thuc van ban/u.test(f)) return 'product';
  if (/chu tri|don vi|co quan|phu trach|trach nhiem/u.test(f)) return 'lead';
  if (/nhiem vu|noi dung|hoat dong|cong viec|^ten\b/u.test(f)) return 'title';
  return /thuc hien/u.test(f) ? 'lead' : 'other';
}

/** Returns true when the row is the header of a task table (short cells naming a task and a lead column). */
export function isTaskTableHeader(cells: readonly string[]): boolean {
  if (cells.some((c) => c.trim().split(/\s+/u).length > HEADER_MAX_WORDS)) return false;
  const roles = cells.map(roleOf);
  return roles.includes('lead') && roles.includes('title');
}

interface Draft {
  task: TableTask;
  /** The last text written into each field, so that a wrapped line can finish it. */
  last: Partial<Record<Role, string>>;
}

/** Reads the task rows of a table found under the outline node whose code is `prefix`. */
export function readTaskTable(rows: readonly string[][], prefix: string, year: number | null = null): TableReading {
  const headerAt = rows.findIndex(isTaskTableHeader);
  if (headerAt < 0) return { tasks: [], warnings: [], groups: [] };
  const header = rows[headerAt] ?? [];
  const roles = header.map(roleOf);
  const deadlineCol = roles.indexOf('deadline');
  const columnYear = deadlineCol < 0 ? null : yearNamed(header[deadlineCol] ?? '');
  const reader = new TableReader(header, roles, prefix, columnYear ?? year);
  for (const row of rows.slice(headerAt + 1)) reader.row(row);
  return { tasks: reader.drafts.map((d) => d.task), warnings: reader.warnings, groups: reader.groups };
}

class TableReader {
  readonly drafts: Draft[] = [];
  readonly warnings: string[] = [];
  readonly groups: { code: string; title: string }[] = [];
  private group = '';
  private counter = 0;
  private parentLabel = '';

  constructor(
    private readonly header: readonly string[],
    private readonly roles: readonly Role[],
    private readonly prefix: string,
    private readonly year: number | null,
  ) {}

  row(raw: readonly string[]): void {
    if (isTaskTableHeader(raw) || raw.every((c) => /^\(?\d{1,2}\)?$/u.test(c.trim()) || c.trim() === '')) return;
    // Separator rows of a table copied as text ("|---|---|", "+====+").
    if (raw.every((c) => /^[-=:+_\s]*$/u.test(c))) return;
    const cells = alignCells(raw, this.roles);
    const cell = (role: Role): string => {
      const i = this.roles.indexOf(role);
      return i < 0 ? '' : (cells[i] ?? '').trim();
    };
    const index = cell('index').replace(/[.)]$/u, '');
    const title = cell('title');
    const filled = (r: Role): boolean => cell(r) !== '';
    const hasIndexColumn = this.roles.includes('index');

    if (ROMAN.test(index)) {
      // A group row ("I | Cải cách thể chế") names the rows below it.
      this.group = index;
      if (title !== '') this.groups.push({ code: [this.prefix, index].filter((p) => p !== '').join('.'), title });
      this.counter = 0;
      this.parentLabel = '';
      if (filled('lead') || filled('coordinator') || filled('deadline')) {
        this.warnings.push(`Bảng nhiệm vụ: dòng nhóm ${index} "${quote(raw)}" có ghi đơn vị hoặc thời hạn; nhóm không được lấy làm nhiệm vụ`);
      }
      return;
    }
    const last = this.drafts[this.drafts.length - 1];
    if (hasIndexColumn && index === '' ) {
      if (last === undefined) {
        if (title !== '' && isHeadingText(title) && !filled('lead') && !filled('deadline')) return;
        this.warnings.push(`Bảng nhiệm vụ: dòng "${quote(raw)}" không có số thứ tự và không có nhiệm vụ nào ở trên để gộp vào; dòng này chưa được lấy`);
        return;
      }
      if (title !== '' && isHeadingText(title) && !this.roles.some((r, i) => r !== 'title' && r !== 'index' && (cells[i] ?? '').trim() !== '')) {
        // An unnumbered upper-case row between tasks is a sub-heading of the table.
        return;
      }
      this.continuation(last, cells);
      return;
    }
    if (hasIndexColumn && !ARABIC_INDEX.test(index) && !LETTER_INDEX.test(index)) {
      if (last !== undefined && /^[-+*•–]$/u.test(index)) {
        this.continuation(last, cells);
        return;
      }
      this.warnings.push(`Bảng nhiệm vụ: không hiểu số thứ tự "${index}" ở dòng "${quote(raw)}"; dòng này chưa được lấy`);
      return;
    }
    let label: string;
    if (LETTER_INDEX.test(index)) {
      label = this.parentLabel === '' ? index : `${this.parentLabel}.${index}`;
    } else if (ARABIC_INDEX.test(index)) {
      label = index.split('.').map((n) => String(Number(n))).join('.');
      this.counter = Number(label.split('.').pop());
      this.parentLabel = label;
    } else {
      this.counter++;
      label = String(this.counter);
      this.parentLabel = label;
    }
    if (title === '' && !filled('lead')) {
      this.warnings.push(`Bảng nhiệm vụ: dòng ${label} "${quote(raw)}" không ghi nhiệm vụ; dòng này chưa được lấy`);
      return;
    }
    const code = [this.prefix, this.group, label].filter((p) => p !== '').join('.');
    const task: TableTask = { code, title: stripEndPunct(title), content: [], leads: [], coordinators: [], deadline: null, deadlineWritten: null };
    const draft: Draft = { task, last: {} };
    this.drafts.push(draft);
    this.roles.forEach((role, i) => {
      const value = (cells[i] ?? '').trim();
      if (value === '' || role === 'index' || role === 'title') return;
      draft.last[role] = value;
      if (role === 'lead' || role === 'coordinator') this.addUnits(draft, role, value, false);
      else if (role === 'deadline') this.setDeadline(draft, value);
      else task.content.push(`${this.label(i)}: ${value}`);
    });
    if (title !== '') draft.last.title = title;
  }

  /** A row without its own number: a wrapped line, or the lower part of a merged cell. */
  private continuation(draft: Draft, cells: readonly string[]): void {
    const values = this.roles.map((_, i) => (cells[i] ?? '').trim());
    const titleAt = this.roles.indexOf('title');
    const titleCell = titleAt < 0 ? '' : (values[titleAt] ?? '');
    const goesOn = (role: Role, v: string): boolean => continuesText(v) || (draft.last[role] !== undefined && endsOpen(draft.last[role] ?? ''));
    // A wrapped line: the title goes on, or every filled cell finishes the text above it.
    const wrapped = titleCell !== '' ? goesOn('title', titleCell) : values.every((v, i) => v === '' || goesOn(this.roles[i] ?? 'other', v));
    if (wrapped) {
      this.roles.forEach((role, i) => {
        const v = values[i] ?? '';
        if (v !== '') this.extend(draft, role, i, v);
      });
      return;
    }
    const parts: string[] = [];
    this.roles.forEach((role, i) => {
      const v = values[i] ?? '';
      if (v === '' || role === 'index') return;
      if (draft.last[role] !== undefined && goesOn(role, v)) {
        this.extend(draft, role, i, v);
        return;
      }
      parts.push(role === 'title' ? v : `${this.label(i)}: ${v}`);
      if (role === 'lead' || role === 'coordinator') this.addUnits(draft, role, v, true);
      else if (role === 'deadline' && draft.task.deadline === null && draft.task.deadlineWritten === null) this.setDeadline(draft, v);
    });
    if (parts.length > 0) draft.task.content.push(parts.join('; '));
  }

  /** Finishes the text of a field with a wrapped line. */
  private extend(draft: Draft, role: Role, col: number, v: string): void {
    const t = draft.task;
    const joined = `${draft.last[role] ?? ''} ${v}`.trim();
    if (role === 'title') {
      t.title = stripEndPunct(`${t.title} ${v}`.trim());
    } else if (role === 'lead' || role === 'coordinator') {
      const list = role === 'lead' ? t.leads : t.coordinators;
      const before = splitUnits(draft.last[role] ?? '').length;
      list.splice(list.length - before, before);
      this.addUnits(draft, role, joined, false);
    } else if (role === 'deadline') {
      t.deadline = null;
      t.deadlineWritten = null;
      this.setDeadline(draft, joined);
    } else if (role !== 'index') {
      const label = `${this.label(col)}: `;
      const at = t.content.findIndex((c) => c === `${label}${draft.last[role] ?? ''}`);
      if (at >= 0) t.content[at] = `${label}${joined}`;
      else t.content.push(`${label}${v}`);
    }
    draft.last[role] = joined;
  }

  private addUnits(draft: Draft, role: 'lead' | 'coordinator', value: string, merge: boolean): void {
    if (NOT_UNITS.test(fold(value))) {
      // "Theo phân công tại Quyết định số …" names no unit: kept in the content for the coordinator.
      if (!merge) draft.task.content.push(`${this.label(this.roles.indexOf(role))}: ${value}`);
      return;
    }
    const units = splitUnits(joinCellParagraphs(value));
    if (role === 'lead') {
      draft.task.leads.push(...units);
      // A unit that leads part of the task is not also one of its coordinators.
      const leads = new Set(draft.task.leads.map((u) => fold(u.name)));
      draft.task.coordinators = draft.task.coordinators.filter((u) => !leads.has(fold(u.name)));
    } else {
      const leads = new Set(draft.task.leads.map((u) => fold(u.name)));
      draft.task.coordinators.push(...units.filter((u) => !leads.has(fold(u.name))));
    }
  }

  private setDeadline(draft: Draft, value: string): void {
    const d = readDeadline(value, this.year);
    draft.task.deadline = d.value;
    draft.task.deadlineWritten = writtenBeside(d);
    if (d.problem !== null) this.warnings.push(`Nhiệm vụ ${draft.task.code}: không đọc được thời hạn "${d.written}" (${d.problem})`);
  }

  private label(col: number): string {
    return stripEndPunct((this.header[col] ?? '').trim());
  }
}

/**
 * The paragraphs of a units cell ("Lãnh đạo / Sở Giáo dục và Đào tạo", split by a line break in Word): a
 * paragraph that names no unit by itself ("Lãnh đạo") belongs to the next one; the others are separate units.
 */
function joinCellParagraphs(value: string): string {
  const out: string[] = [];
  for (const piece of value.split(CELL_PARAGRAPH_SEPARATOR).map((p) => p.trim()).filter((p) => p !== '')) {
    const prev = out[out.length - 1];
    if (prev !== undefined && !/[;,.:]$/u.test(prev) && !looksLikeUnit(prev) && prev.split(/\s+/u).length <= 3) out[out.length - 1] = `${prev} ${piece}`;
    else out.push(piece);
  }
  return out.join('; ');
}

/** True for text that carries on a wrapped line: it starts in lower case or with punctuation. */
function continuesText(v: string): boolean {
  return /^[\p{Ll}(,;:–-]/u.test(v);
}

/** True for text cut before its end ("Phòng Văn hóa và", "Trung tâm Văn hóa,"): the next line finishes it. */
function endsOpen(v: string): boolean {
  return /(?:[,–-]|\s(?:và|của|các|với|cho|tại|về|thuộc|trên|theo|cấp))$/u.test(v.trim());
}

function isHeadingText(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters === letters.toUpperCase();
}

function quote(row: readonly string[]): string {
  const text = row.map((c) => c.trim()).filter((c) => c !== '').join(' | ');
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

/**
 * Places the cells of a row under the header's columns. A row with fewer cells had some merged across
 * columns; the merge is placed where the cells' contents best fit the columns' roles.
 */
export function alignCells(row: readonly string[], roles: readonly Role[]): string[] {
  const m = roles.length;
  const n = row.length;
  if (n >= m) return row.slice(0, m).concat(n > m ? [] : []);
  const missing = m - n;
  if (m > 12 || n === 0) return [...row, ...Array<string>(missing).fill('')];
  let best: { cells: string[]; score: number } | null = null;
  // Choose which columns have no cell of their own: swallowed by a merged cell on their left, or left empty.
  for (const absorbed of combinations(range(0, m), missing)) {
    const cells: string[] = [];
    let k = 0;
    for (let c = 0; c < m; c++) {
      if (absorbed.includes(c)) cells.push('');
      else cells.push(row[k++] ?? '');
    }
    let score = 0;
    cells.forEach((v, c) => (score += fit(v, roles[c] ?? 'other')));
    // Ties go to merges inside the table rather than a missing last column.
    score -= absorbed.includes(m - 1) ? 0.5 : 0;
    score += absorbed.reduce((s, c) => s + c, 0) / 1000;
    if (best === null || score > best.score) best = { cells, score };
  }
  return best?.cells ?? [...row];
}

function fit(value: string, role: Role): number {
  const v = value.trim();
  if (v === '') return 0;
  const isIndex = ROMAN.test(v) || ARABIC_INDEX.test(v) || LETTER_INDEX.test(v);
  if (role === 'index') return isIndex ? 2 : -3;
  if (isIndex) return -2;
  const timeLike = looksLikeTime(v);
  const unitLike = !timeLike && splitUnits(v).some((u) => looksLikeUnit(u.name));
  if (role === 'deadline') return timeLike ? 1 : -1;
  // Unit names are capitalised and short.
  const nameLike = /^\p{Lu}/u.test(v) && v.split(/\s+/u).length <= 8 ? 0.5 : 0;
  if (role === 'lead' || role === 'coordinator' || role === 'monitor') return timeLike ? -1 : unitLike ? 1 : nameLike;
  if (role === 'title') return v.split(/\s+/u).length >= 4 ? 1 : 0;
  return 0;
}

/** True for text that names a time: a date, a month, a quarter, a year or a rhythm ("Thường xuyên"). */
function looksLikeTime(v: string): boolean {
  const f = fold(v);
  if (readDeadline(v, 2000).kind !== 'text') return true;
  return /\d{1,2}\/\d{1,2}|\b(?:thang|quy) [\divx]|nam \d{4}|thoi gian|thoi han|truoc ngay|cham nhat|hang (?:nam|thang|quy)|thuong xuyen|dinh ky/u.test(f);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}

function combinations(xs: readonly number[], k: number): number[][] {
  if (k === 0) return [[]];
  const out: number[][] = [];
  xs.forEach((x, i) => {
    for (const rest of combinations(xs.slice(i + 1), k - 1)) out.push([x, ...rest]);
  });
  return out;
}
