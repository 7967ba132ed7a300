import { useEffect, useRef } from 'react';
import { Button, DateText } from '../../../../ui';
import type { MyTask } from '../api-types';
import { useI18n } from '../../../app/i18n-context';
import { roleText } from './plan-text';
import { CarriedByNote } from '../../organisations/components/carried-by';
import { ReportForm } from './report-form';
import { ReportHistory } from './report-history';
import { StatusBadge } from './task-tree';

/** One task of the user's units: the same task assigned to several of them is shown once. */
export interface MyTaskGroup {
  taskId: string;
  planId: string;
  code: string;
  title: string;
  dueOn: string | null;
  units: MyTask[];
}

/** Props of {@link MyTaskItem}. */
export interface MyTaskItemProps {
  task: MyTaskGroup;
  open: boolean;
  onToggle: (open: boolean) => void;
}

/** A task with its due date, each unit's role, status and earlier reports, and the "Báo cáo tiến độ" form. */
export function MyTaskItem({ task, open, onToggle }: MyTaskItemProps) {
  const { t } = useI18n();
  const toggleRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(open);
  const formId = `report-form-${task.taskId}`;
  useEffect(() => {
    if (wasOpen.current && !open) toggleRef.current?.focus();
    wasOpen.current = open;
  }, [open]);

  return (
    <li className="my-task">
      <h3 className="my-task__title">
        <span className="task-tree__code">{task.code}</span> {task.title}
      </h3>
      <p className="task-tree__meta">
        <span>
          {t('import.deadline')}: <DateText value={task.dueOn} fallback={t('plan.noDue')} />
        </span>
      </p>
      <ul className="my-task__units" aria-label={t('tasks.units', { code: task.code })}>
        {task.units.map((u) => (
          <li key={u.unitId} className="my-task__unit">
            <p className="assignment">
              <span className="assignment__unit">{u.unitName}</span> <CarriedByNote carriedBy={u.carriedBy} />
              <span className="assignment__role">{roleText(u.role, u.requested, t)}</span>
              <StatusBadge status={u.status} />
            </p>
            <ReportHistory reports={u.reports} label={`${t('tasks.history')} — ${u.unitName}`} />
          </li>
        ))}
      </ul>
      <Button ref={toggleRef} variant="secondary" size="small" aria-expanded={open}
        aria-controls={open ? formId : undefined} onClick={() => onToggle(!open)}>
        {t('tasks.report')}
        <span className="dt-visually-hidden"> {t('tasks.reportContext', { code: task.code })}</span>
      </Button>
      {open ? (
        <ReportForm id={formId} planId={task.planId} taskId={task.taskId} code={task.code}
          units={task.units.map((u) => ({ unitId: u.unitId, unitName: u.unitName }))}
          onClose={() => onToggle(false)} />
      ) : null}
    </li>
  );
}
