/**
 * Turning the outline into tasks and responsibilities: which numbered items are tasks,
 * which are mere headings, and which name a unit and its duties.
 */
import { type OutlineNode, type SectionKind, topLevelSectionKind } from './outline';
import { parseTaskBody, type TaskBody } from './task-body';
import { readDeadline, writtenBeside } from './deadline';
import { readTaskTable, type TableTask } from './task-table';
import { fold } from '../../../platform/text';
import { responsibilityOf } from './responsibility';
import type { ParsedTask, PlanResponsibility } from './types';
import { type WrittenUnit, unitKey } from './units';
import { stripEndPunct } from './vn-text';

/** Tasks and responsibilities found in one outline. */
export interface DerivedItems {
  tasks: ParsedTask[];
  responsibilities: PlanResponsibility[];
  /** The tasks read from task tables (the others come from numbered items). */
  fromTables: Set<ParsedTask>;
  /** What could not be read (table rows, deadlines), quoting the text. */
  warnings: string[];
  /** Titles of the numbered sections, items and table groups, by code (the plan's headings). */
  headings: { code: string; title: string }[];
}

// Subheads that only label the text below them ("a) Mục tiêu", "b) Nhiệm vụ"): never tasks themselves.
const LABEL_WORDS = String.raw`(?:muc tieu|chi tieu|nhiem vu|giai phap|yeu cau|muc dich|quan diem|tieu chi|tieu chuan|ket qua)`;
const LABEL_HEADING = new RegExp(String.raw`^${LABEL_WORDS}(?:(?:,| va| ,)\s*${LABEL_WORDS})*(?: (?:chu yeu|cu the|trong tam|tong quat|chung))?$`, 'u');
// Of those, the ones whose text is targets or criteria, not work to do.
const TARGET_HEADING = /^(?:muc tieu|chi tieu|yeu cau|muc dich|quan diem|tieu chi|tieu chuan|ket qua)/u;

/** Walks the outline and collects tasks and responsibilities; `year` resolves deadlines written without one. */
export function deriveItems(root: OutlineNode, year: number | null = null): DerivedItems {
  const walker = new Walker(year);
  walker.container(root, root.sectionKind);
  // a table's group rows name its codes before any outline heading of the same code
  const headings: { code: string; title: string }[] = [...walker.tableGroups];
  const visit = (n: OutlineNode) => {
    if (n.code !== '' && n.heading.trim() !== '') headings.push({ code: n.code, title: n.heading.trim() });
    n.children.forEach(visit);
  };
  visit(root);
  return { tasks: walker.tasks, responsibilities: walker.responsibilities, fromTables: walker.fromTables, warnings: walker.warnings, headings };
}

class Walker {
  readonly tasks: ParsedTask[] = [];
  readonly responsibilities: PlanResponsibility[] = [];
  readonly fromTables = new Set<ParsedTask>();
  readonly warnings: string[] = [];
  readonly tableGroups: { code: string; title: string }[] = [];
  private readonly bodies = new Map<OutlineNode, TaskBody>();
  private readonly marked = new Map<OutlineNode, boolean>();
  private readonly tables = new Map<OutlineNode, TableTask[]>();

  constructor(private readonly year: number | null) {}

  container(node: OutlineNode, ctx: SectionKind): void {
    for (const t of this.tableTasks(node)) {
      const task = fromTable(t);
      this.tasks.push(task);
      this.fromTables.add(task);
    }
    for (const child of node.children) {
      if (child.kind === 'section') {
        this.container(child, child.sectionKind);
        continue;
      }
      const topKind = node.kind === 'root' && ctx === 'tasks' ? topLevelSectionKind(child.heading) : null;
      if (topKind !== null && !this.ownMarkers(child)) this.container(child, topKind);
      else this.item(child, ctx);
    }
  }

  private item(item: OutlineNode, ctx: SectionKind): void {
    const own = this.ownMarkers(item);
    const label = fold(item.heading).replace(/[.:;]+$/u, '').trim();
    if (!own && LABEL_HEADING.test(label)) {
      // "a) Mục tiêu" / "b) Nhiệm vụ": a label, not a task; targets are skipped unless they carry units.
      this.container(item, TARGET_HEADING.test(label) ? 'skip' : ctx);
      return;
    }
    if ((ctx === 'responsibilities' || ctx === 'mixed') && !own) {
      const r = responsibilityOf(item);
      if (r !== null) {
        this.responsibilities.push(r);
        return;
      }
    }
    if ((ctx === 'skip' || ctx === 'responsibilities') && !this.subtreeMarked(item)) {
      this.container(item, ctx);
      return;
    }
    const hasChildren = item.children.length > 0 || this.tableTasks(item).length > 0;
    if (!hasChildren) {
      this.tasks.push(this.task(item, false));
      return;
    }
    const childrenMarked = item.children.some((c) => this.subtreeMarked(c)) || this.tableTasks(item).length > 0;
    if (own && !childrenMarked) {
      // Sub-points without their own units are part of the task's content.
      this.tasks.push(this.task(item, true));
      return;
    }
    if (own) this.tasks.push(this.task(item, false));
    this.container(item, ctx === 'skip' || ctx === 'responsibilities' ? 'tasks' : ctx);
  }

  private task(item: OutlineNode, withChildren: boolean): ParsedTask {
    const body = this.body(item);
    const content = [...body.content];
    if (withChildren) content.push(...item.children.flatMap((c) => childText(c)));
    const task = buildTask(item.code, stripEndPunct(item.heading), content, body.leads, body.coordinators, null);
    if (body.deadline !== null) {
      const d = readDeadline(body.deadline, this.year);
      task.deadline = d.value;
      const written = writtenBeside(d);
      if (written !== null) task.deadlineWritten = written;
      if (d.problem !== null) this.warnings.push(`Nhiệm vụ ${item.code}: không đọc được thời hạn "${d.written}" (${d.problem})`);
    }
    return task;
  }

  private body(node: OutlineNode): TaskBody {
    let b = this.bodies.get(node);
    if (b === undefined) {
      b = parseTaskBody(node.body, node.heading);
      this.bodies.set(node, b);
    }
    return b;
  }

  private tableTasks(node: OutlineNode): TableTask[] {
    let t = this.tables.get(node);
    if (t === undefined) {
      const reading = readTaskTable(node.rows, node.code, this.year);
      t = reading.tasks;
      this.warnings.push(...reading.warnings);
      this.tableGroups.push(...reading.groups);
      this.tables.set(node, t);
    }
    return t;
  }

  private ownMarkers(node: OutlineNode): boolean {
    return this.body(node).hasMarkers;
  }

  private subtreeMarked(node: OutlineNode): boolean {
    let m = this.marked.get(node);
    if (m === undefined) {
      m = this.ownMarkers(node) || node.children.some((c) => this.subtreeMarked(c)) || this.tableTasks(node).length > 0;
      this.marked.set(node, m);
    }
    return m;
  }
}

function childText(node: OutlineNode): string[] {
  const label = node.letter ? `${node.label})` : `${node.label}.`;
  return [`${label} ${node.heading}`, ...node.body, ...node.children.flatMap((c) => childText(c))];
}

function fromTable(t: TableTask): ParsedTask {
  const task = buildTask(t.code, t.title, t.content, t.leads, t.coordinators, t.deadline);
  if (t.deadlineWritten !== null) task.deadlineWritten = t.deadlineWritten;
  return task;
}

function buildTask(
  code: string,
  title: string,
  content: readonly string[],
  leads: readonly WrittenUnit[],
  coordinators: readonly WrittenUnit[],
  deadline: string | null,
): ParsedTask {
  return {
    code,
    title,
    content: content.map((l) => l.trim()).filter((l) => l !== '').join('\n'),
    leads: uniqueNames(leads),
    coordinators: uniqueNames(coordinators),
    requested: uniqueNames([...leads, ...coordinators].filter((u) => u.requested)),
    deadline,
  };
}

function uniqueNames(units: readonly WrittenUnit[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const u of units) {
    const k = unitKey(u.name);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(u.name);
  }
  return out;
}
