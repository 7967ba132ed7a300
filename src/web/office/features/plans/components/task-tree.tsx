import { formatDate } from '../../../../ui';
import type { Assignment, PlanPeriod, TaskNode } from '../api-types';
import { useI18n } from '../../../app/i18n-context';
import { CarriedByNote } from '../../organisations/components/carried-by';
import { taskAnchor } from './plan-fragment';
import type { ShownTask, TaskCounts } from './plan-progress';
import { periodLabel, roleText, stateLabel, statusLabel } from './plan-text';
import { ProgressBar } from '../../../app/components/progress-bar';
import { TaskDueForm } from './task-due-form';

/** Coloured badge with the label of a task/assignment/report status. */
export function StatusBadge({ status }: { status: string }) {
  const { t } = useI18n();
  return <span className={`badge status-badge status-badge--${status}`}>{statusLabel(status, t)}</span>;
}

/** Counts the tasks of a tree (numbering levels that are not tasks themselves are left out). */
export function countTasks(nodes: readonly TaskNode[]): number {
  return nodes.reduce((sum, n) => sum + (n.status === 'heading' ? 0 : 1) + countTasks(n.children ?? []), 0);
}

function AssignmentLine({ a, periods }: { a: Assignment; periods: readonly PlanPeriod[] }) {
  const { t } = useI18n();
  const origin = a.groupName
    ? t('plan.fromGroup', { name: a.groupName })
    : a.writtenName && a.writtenName !== a.unitName
      ? t('plan.writtenAs', { name: a.writtenName })
      : '';
  return (
    <li className="assignment">
      <span className="assignment__unit">{a.unitName}</span> <CarriedByNote carriedBy={a.carriedBy} />
      <span className="assignment__role">{roleText(a.role, a.requested, t)}</span>
      {origin ? <span className="assignment__origin">{origin}</span> : null}
      {/* plain text, not a badge: a task of 40 late units must not become a wall of red labels */}
      <span className={`assignment__status assignment__status--${a.status}`}>{t('planView.unitStatus', { status: statusLabel(a.status, t) })}</span>
      <span className="assignment__report">
        {a.lastReport
          ? t('plan.lastReport', { period: periodLabel(a.lastReport.period, periods, t), state: stateLabel(a.lastReport.state, t) })
          : t('plan.noReport')}
      </span>
    </li>
  );
}

/** What {@link TaskList} needs besides the tasks: periods, the chosen period, counts and which tasks are open. */
export interface TaskListContext {
  periods: readonly PlanPeriod[];
  /** The period the counts are about (the filter), or null for the task's overall standing. */
  period: PlanPeriod | null;
  counts: (task: TaskNode) => TaskCounts;
  isOpen: (taskId: string) => boolean;
  onToggle: (taskId: string) => void;
  /** The plan, when the reader may set its tasks' due dates (the coordinator): "Đặt hạn" on an open task. */
  dueEditor?: { planId: string } | null;
}

/** The one-line summary of a collapsed task: a single status, the deadline, unit and report counts, completion. */
function TaskSummary({ task, ctx }: { task: TaskNode; ctx: TaskListContext }) {
  const { t } = useI18n();
  const due = task.dueOn ? formatDate(task.dueOn) : task.deadlineText;
  const c = ctx.counts(task);
  const parts: string[] = [t('planView.units', { count: c.units })];
  if (ctx.period && c.reported !== null) {
    parts.push(t('planView.reported', { count: c.reported, units: c.units, period: ctx.period.label }));
    if (c.late > 0) parts.push(t('planView.lateReports', { count: c.late }));
  } else if (c.units > 0) {
    parts.push(t('planView.doneCount', { count: c.done }));
    if (c.late > 0) parts.push(t('planView.overdueUnits', { count: c.late, units: c.units }));
  }
  return (
    <p className="task-row__meta">
      <StatusBadge status={task.status} />
      <span>{due ? t('plan.due', { date: due }) : t('plan.noDue')}</span>
      <span>{parts.join(' · ')}</span>
      <ProgressBar value={task.completion} />
    </p>
  );
}

function TaskDetails({ task, ctx }: { task: TaskNode; ctx: TaskListContext }) {
  const { t } = useI18n();
  const assignments = task.assignments ?? [];
  return (
    <>
      {task.content ? <p className="task-row__content">{task.content}</p> : null}
      {assignments.length > 0 ? (
        <ul className="assignments" aria-label={t('plan.assignments', { code: task.code })}>
          {assignments.map((a) => (
            <AssignmentLine key={`${a.unitId}-${a.role}`} a={a} periods={ctx.periods} />
          ))}
        </ul>
      ) : (
        <p className="muted">{t('plan.noAssignment')}</p>
      )}
      {ctx.dueEditor ? <TaskDueForm task={task} planId={ctx.dueEditor.planId} /> : null}
    </>
  );
}

function TaskItem({ task, ctx }: { task: ShownTask; ctx: TaskListContext }) {
  const { t } = useI18n();
  const children = task.children ?? [];
  const anchor = taskAnchor(task.id);
  // A numbering level that only groups sub-tasks, or a task shown only as the parent of matching sub-tasks.
  const isGroup = task.status === 'heading' || task.isContext === true;
  const isOpen = !isGroup && ctx.isOpen(task.id);
  // The target of "#task-<id>" links (figure records): focusable by script, named by its code and title only.
  return (
    <li id={anchor} tabIndex={-1} aria-labelledby={`${anchor}-head`} className="task-tree__item fragment-target">
      {isGroup ? (
        <p id={`${anchor}-head`} className="task-tree__head task-tree__head--group">
          <span className="task-tree__code">{task.code}</span> <span className="task-tree__title">{task.title}</span>
          {task.isContext ? <span className="dt-visually-hidden"> ({t('planView.context')})</span> : null}
        </p>
      ) : (
        <>
          <h3 className="task-tree__head">
            <button type="button" id={`${anchor}-head`} className="task-row__toggle" aria-expanded={isOpen} aria-controls={`${anchor}-details`}
              onClick={() => ctx.onToggle(task.id)}>
              <span className="task-tree__code">{task.code}</span> <span className="task-tree__title">{task.title}</span>
            </button>
          </h3>
          <TaskSummary task={task} ctx={ctx} />
          <div id={`${anchor}-details`} className="task-row__details" hidden={!isOpen}>
            {isOpen ? <TaskDetails task={task} ctx={ctx} /> : null}
          </div>
        </>
      )}
      {children.length > 0 ? <TaskList tasks={children} ctx={ctx} nested /> : null}
    </li>
  );
}

/** Props of {@link TaskList}. */
export interface TaskListProps {
  tasks: readonly ShownTask[];
  ctx: TaskListContext;
  nested?: boolean;
  labelledBy?: string;
}

/**
 * The plan's tasks as nested lists (by code). Each task is one line (code and title as a disclosure button, one
 * status badge, deadline, unit and report counts, completion); its content and units open on demand. Each node has
 * the id "task-<taskId>" that links to it.
 */
export function TaskList({ tasks, ctx, nested = false, labelledBy }: TaskListProps) {
  return (
    <ul className={nested ? 'task-tree__children' : 'task-tree'} aria-labelledby={labelledBy}>
      {tasks.map((task) => (
        <TaskItem key={task.id} task={task} ctx={ctx} />
      ))}
    </ul>
  );
}
