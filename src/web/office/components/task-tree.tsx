import { formatDate } from '../../ui';
import type { Assignment, PlanPeriod, TaskNode } from '../api-types-plans';
import { useI18n } from '../i18n-context';
import { taskAnchor } from './plan-fragment';
import { periodLabel, roleText, stateLabel, statusLabel } from './plan-text';
import { ProgressBar } from './progress-bar';

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
      <span className="assignment__unit">{a.unitName}</span>
      <span className="assignment__role">{roleText(a.role, a.requested, t)}</span>
      {origin ? <span className="assignment__origin">{origin}</span> : null}
      <StatusBadge status={a.status} />
      <span className="assignment__report">
        {a.lastReport
          ? t('plan.lastReport', { period: periodLabel(a.lastReport.period, periods, t), state: stateLabel(a.lastReport.state, t) })
          : t('plan.noReport')}
      </span>
    </li>
  );
}

function TaskItem({ task, periods }: { task: TaskNode; periods: readonly PlanPeriod[] }) {
  const { t } = useI18n();
  const due = task.dueOn ? formatDate(task.dueOn) : task.deadlineText;
  const assignments = task.assignments ?? [];
  const children = task.children ?? [];
  // A numbering level that only groups sub-tasks: no status, deadline or units of its own.
  const heading = task.status === 'heading';
  const anchor = taskAnchor(task.id);
  // The target of "#task-<id>" links (figure records): focusable by script, named by its code and title only.
  return (
    <li id={anchor} tabIndex={-1} aria-labelledby={`${anchor}-head`} className="task-tree__item fragment-target">
      <p id={`${anchor}-head`} className="task-tree__head">
        <span className="task-tree__code">{task.code}</span> <span className="task-tree__title">{task.title}</span>{' '}
        {heading ? null : <StatusBadge status={task.status} />}
      </p>
      <p className="task-tree__meta">
        {heading ? null : <span>{due ? t('plan.due', { date: due }) : t('plan.noDue')}</span>}
        <span>
          {t('plans.completion')}: <ProgressBar value={task.completion} />
        </span>
      </p>
      {task.content ? (
        <details className="task-tree__content">
          <summary>{t('plan.content')}</summary>
          <p>{task.content}</p>
        </details>
      ) : null}
      {assignments.length > 0 ? (
        <ul className="assignments" aria-label={t('plan.assignments', { code: task.code })}>
          {assignments.map((a) => (
            <AssignmentLine key={`${a.unitId}-${a.role}`} a={a} periods={periods} />
          ))}
        </ul>
      ) : heading ? null : (
        <p className="muted">{t('plan.noAssignment')}</p>
      )}
      {children.length > 0 ? <TaskList tasks={children} periods={periods} nested /> : null}
    </li>
  );
}

/** Props of {@link TaskList}. */
export interface TaskListProps {
  tasks: readonly TaskNode[];
  periods: readonly PlanPeriod[];
  nested?: boolean;
  labelledBy?: string;
}

/**
 * The plan's tasks as nested lists (by code), each with status, due date, completion and assigned units;
 * each node has the id "task-<taskId>" that links to it.
 */
export function TaskList({ tasks, periods, nested = false, labelledBy }: TaskListProps) {
  return (
    <ul className={nested ? 'task-tree__children' : 'task-tree'} aria-labelledby={labelledBy}>
      {tasks.map((task) => (
        <TaskItem key={task.id} task={task} periods={periods} />
      ))}
    </ul>
  );
}
