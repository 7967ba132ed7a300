import type { Static } from 'typebox';
import { todayVn } from '../../platform/text';
import type { Directory } from '../organisations';
import type { PlanPreview as PreviewResult } from './actions/import-plan';
import { docKindLabels } from './doc-kinds';
import type { Period } from './periods';
import type { TaskProgress, UnitProgress } from './progress';
import type { FileRow, PlanRow, ReportRow } from './repo';
import type { PlanHeader, PlanPreview, Report, TaskNode } from './schemas';

const unitName = (dir: Directory, id: string) => dir.unit(id)?.name ?? id;

/**
 * Who carries a closed unit's part today ("nay: Sở KH&CN tỉnh Lào Cai"); null while the unit itself is valid. An
 * empty list means nobody does (abolished without successor): the coordinator must decide on the unit's page.
 */
export function carriedBy(dir: Directory, unitId: string, at = todayVn()): { units: { id: string; name: string }[]; isShared: boolean } | null {
  const answer = dir.carriers.carriersOf(unitId, at);
  if (answer.carrierIds.length === 1 && answer.carrierIds[0] === unitId) return null;
  return { units: answer.carrierIds.map((id) => ({ id, name: unitName(dir, id) })), isShared: answer.isShared };
}

/** A unit's name as of today with who carries its work when it is closed: "Ủy ban nhân dân huyện Lục Yên (nay: …)". */
export function unitNameNow(dir: Directory, unitId: string, at = todayVn()): string {
  const now = carriedBy(dir, unitId, at);
  const name = dir.unit(unitId)?.name ?? '';
  if (!now) return name;
  return `${name} (${now.units.length ? `nay: ${now.units.map((u) => u.name).join('; ')}` : 'chưa có đơn vị tiếp nhận'})`;
}

/** A user's name for a stored user id ("system" for the jobs); the id itself never reaches a page. */
const personName = (names: Map<string, string>, id: string | null) => (id === null ? null : id === 'system' ? 'Hệ thống' : (names.get(id) ?? 'Tài khoản không còn'));

/** A report with its unit and files, as reviewers and reporters see it (`names`: user id → display name). */
export function presentReport(r: ReportRow, dir: Directory, task: { code: string; title: string } | undefined, files: FileRow[], names: Map<string, string>): Static<typeof Report> {
  return {
    id: r.id,
    taskId: r.taskId,
    taskCode: task?.code ?? '',
    taskTitle: task?.title ?? '',
    unitId: r.unitId,
    unitName: unitName(dir, r.unitId),
    carriedBy: carriedBy(dir, r.unitId),
    period: r.period,
    status: r.status,
    narrative: r.narrative,
    indicators: r.indicators,
    evidenceLinks: r.evidenceLinks,
    files: files.filter((f) => f.ownerId === r.id).map((f) => ({ id: f.id, fileName: f.fileName, size: f.size })),
    state: r.state,
    submittedBy: personName(names, r.submittedBy) ?? '',
    submittedAt: new Date(r.submittedAt).toISOString(),
    reviewComment: r.reviewComment,
    reviewedBy: personName(names, r.reviewedBy),
    reviewedAt: r.reviewedAt ? new Date(r.reviewedAt).toISOString() : null,
  };
}

export type TaskNodeView = Static<typeof TaskNode>;

/**
 * Nests tasks by code ("II.3.4" under "II.3"); headings that are not tasks become nodes of their own, titled as the
 * plan titles them (the parser's headings, kept in the stored parse; plans imported before have none).
 */
export function presentTaskTree(progress: TaskProgress[], dir: Directory, headings: readonly { code: string; title: string }[] = []): TaskNodeView[] {
  const headingTitle = new Map(headings.map((h) => [h.code, h.title]));
  const groupName = (id: string | null) => (id ? (dir.snapshot.groups.find((g) => g.id === id)?.name ?? id) : null);
  const nodes = new Map<string, TaskNodeView>();
  const roots: TaskNodeView[] = [];
  const attach = (node: TaskNodeView) => {
    const i = node.code.lastIndexOf('.');
    const parentKey = i > 0 ? node.code.slice(0, i) : null;
    if (!parentKey) return roots.push(node);
    let parent = nodes.get(parentKey);
    if (!parent) {
      parent = { id: `heading:${parentKey}`, code: parentKey, title: headingTitle.get(parentKey) ?? '', content: '', deadlineText: null, dueOn: null, status: 'heading', completion: 0, assignments: [], children: [] };
      nodes.set(parentKey, parent);
      attach(parent);
    }
    parent.children.push(node);
  };
  for (const t of progress) {
    const node: TaskNodeView = {
      id: t.task.id,
      code: t.task.code,
      title: t.task.title,
      content: t.task.content,
      deadlineText: t.task.deadlineText,
      dueOn: t.task.dueOn,
      status: t.status,
      completion: t.completion,
      assignments: t.assignments.map((a) => ({
        unitId: a.assignment.unitId,
        unitName: unitName(dir, a.assignment.unitId),
        carriedBy: carriedBy(dir, a.assignment.unitId),
        role: a.assignment.role,
        requested: a.assignment.isRequested,
        writtenName: a.assignment.writtenName,
        groupName: groupName(a.assignment.groupId),
        status: a.status,
        lastReport: a.lastReport ? { id: a.lastReport.id, period: a.lastReport.period, state: a.lastReport.state, status: a.lastReport.status } : null,
      })),
      children: [],
    };
    const existing = nodes.get(node.code);
    if (existing) {
      Object.assign(existing, { ...node, children: existing.children });
      continue;
    }
    nodes.set(node.code, node);
    attach(node);
  }
  // a heading's completion is the mean of its children's
  const roll = (n: TaskNodeView): number => {
    if (n.status !== 'heading') return n.completion;
    const values = n.children.map(roll);
    n.completion = values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
    return n.completion;
  };
  roots.forEach(roll);
  return roots;
}

/** The plan page's header facts, periods and per-unit completion. */
export function presentPlanHeader(p: PlanRow, periods: Period[], units: UnitProgress[], dir: Directory): Static<typeof PlanHeader> {
  return {
    id: p.id,
    number: p.number,
    kind: p.kind,
    ...docKindLabels(p.kind),
    title: p.title,
    issuer: p.issuerName,
    place: p.place,
    issuedOn: p.issuedOn,
    reportDeadline: p.reportDeadline,
    reportDue: p.reportDueOn,
    signer: p.signerName ? { name: p.signerName, title: p.signerTitle ?? '' } : null,
    bases: p.bases,
    recipients: p.recipients,
    periods: periods.map((x) => ({ key: x.key, label: x.label, endsOn: x.endsOn })),
    units: units
      .map((u) => ({ unitId: u.unitId, tasks: u.tasks, done: u.done, inProgress: u.inProgress, overdue: u.overdue, completion: u.completion, unitName: unitName(dir, u.unitId), carriedBy: carriedBy(dir, u.unitId) }))
      .sort((a, b) => b.completion - a.completion || a.unitName.localeCompare(b.unitName, 'vi')),
  };
}

/** What the import will understand from a plan document, before anything is saved. */
export function presentPlanPreview(p: PreviewResult): Static<typeof PlanPreview> {
  const plan = p.plan;
  const requested = new Set(plan.tasks.flatMap((t) => t.requested));
  const name = (written: string) => ({ written, requested: requested.has(written) });
  // the due date each task will carry once imported, computed as the import does it
  const { taskDueOn } = p.due;
  return {
    fileName: p.fileName,
    sha256: p.sha256,
    at: p.at,
    duplicateOf: p.duplicateOf,
    plan: {
      number: plan.number,
      kind: plan.kind,
      issuer: plan.issuer,
      place: plan.place,
      issuedOn: plan.issuedOn,
      headings: plan.headings,
      year: plan.year,
      title: plan.title,
      bases: plan.bases,
      reportDeadline: plan.reportDeadline,
      signer: plan.signer,
      recipients: plan.recipients,
      ...docKindLabels(plan.kind),
    },
    tasks: plan.tasks.map((t, i) => ({ code: t.code, title: t.title, content: t.content, deadline: t.deadline, deadlineWritten: t.deadlineWritten ?? null, deadlineDue: taskDueOn[i] ?? null, leads: t.leads.map(name), coordinators: t.coordinators.map(name) })),
    responsibilities: plan.responsibilities.map((r) => ({ code: r.code, unit: name(r.unit), duties: r.duties })),
    names: p.names,
    warnings: plan.warnings,
    issuerCheck: p.issuerCheck,
  };
}
