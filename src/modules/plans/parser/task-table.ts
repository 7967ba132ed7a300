/**
 * Tasks written as a table: "STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện".
 */
import { fold } from '../../../platform/text';
import { normalizeDeadline } from './task-body';
import { splitUnits, type WrittenUnit } from './units';
import { stripEndPunct } from './vn-text';

type Role = 'index' | 'title' | 'lead' | 'coordinator' | 'deadline' | 'other';

/** One task row read from a table, before units are merged into the public shape. */
export interface TableTask {
  code: string;
  title: string;
  content: string[];
  leads: WrittenUnit[];
  coordinators: WrittenUnit[];
  deadline: string | null;
}

const ROMAN = /^[IVX]{1,5}$/u;
const ARABIC_INDEX = /^\d{1,3}(?:\.\d{1,3})*\.?$/u;

function roleOf(header: string): Role {
  const f = fold(header);
  if (/^(?:stt|tt|so tt|so thu tu)$/u.test(f)) return 'index';
  if (/thoi gian|thoi han|tien do/u.test(f)) return 'deadline';
  if (/phoi hop/u.test(f)) return 'coordinator';
  if (/chu tri|don vi|co quan|phu trach/u.test(f)) return 'lead';
  if (/nhiem vu|noi dung|hoat dong|ten /u.test(f) || f === 'ten') return 'title';
  return /thuc hien/u.test(f) ? 'lead' : 'other';
}

/** Returns true when the row is the header of a task table (it names a lead column). */
export function isTaskTableHeader(cells: readonly string[]): boolean {
  const roles = cells.map(roleOf);
  return roles.includes('lead') && roles.includes('title');
}

/** Reads the task rows of a table found under the outline node whose code is `prefix`. */
export function readTaskTable(rows: readonly string[][], prefix: string): TableTask[] {
  const headerAt = rows.findIndex(isTaskTableHeader);
  if (headerAt < 0) return [];
  const header = rows[headerAt] ?? [];
  const roles = header.map(roleOf);
  const col = (role: Role): number => roles.indexOf(role);
  const cell = (row: readonly string[], role: Role): string => (col(role) < 0 ? '' : (row[col(role)] ?? '').trim());
  const tasks: TableTask[] = [];
  let group = '';
  let counter = 0;
  for (const row of rows.slice(headerAt + 1)) {
    if (isTaskTableHeader(row) || row.every((c) => /^\(?\d{1,2}\)?$/u.test(c.trim()) || c.trim() === '')) continue;
    const index = cell(row, 'index').replace(/\.$/u, '');
    const title = stripEndPunct(cell(row, 'title'));
    const lead = cell(row, 'lead');
    const coordinator = cell(row, 'coordinator');
    const deadline = cell(row, 'deadline');
    if (lead === '' && coordinator === '' && deadline === '' && (index === '' || ROMAN.test(index))) {
      // A group row ("I | Công tác tuyên truyền") only names the rows below it.
      if (ROMAN.test(index)) {
        group = index;
        counter = 0;
      } else if (title !== '' && tasks.length > 0 && index === '') {
        tasks[tasks.length - 1]?.content.push(title);
      }
      continue;
    }
    counter = ARABIC_INDEX.test(index) ? Number(index.split('.').pop()) : counter + 1;
    const label = ARABIC_INDEX.test(index) ? index : String(counter);
    const code = [prefix, group, label].filter((p) => p !== '').join('.');
    const content = roles
      .map((r, i) => (r === 'other' && (row[i] ?? '').trim() !== '' ? `${header[i] ?? ''}: ${(row[i] ?? '').trim()}` : ''))
      .filter((c) => c !== '');
    tasks.push({
      code,
      title,
      content,
      leads: splitUnits(lead),
      coordinators: splitUnits(coordinator),
      deadline: normalizeDeadline(deadline),
    });
  }
  return tasks;
}
