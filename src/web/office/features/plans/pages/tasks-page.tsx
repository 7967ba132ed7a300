import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { PageHeader } from '../../../../ui';
import { plansQueries } from '../api';
import type { MyTask } from '../api-types';
import { AsyncView, EmptyText } from '../../../app/components/async-view';
import { MyTaskItem, type MyTaskGroup } from '../components/my-task-item';
import { useI18n } from '../../../app/i18n-context';
import { Link, paths } from '../../../app/router';
import { can, useMe } from '../../../app/session';
import { useDocumentTitle } from '../../../app/use-document-title';

interface PlanGroup {
  planId: string;
  planNumber: string | null;
  planTitle: string;
  tasks: MyTaskGroup[];
}

/** Groups the (task, unit) lines by plan, then by task, keeping the server's order. */
function groupByPlan(items: readonly MyTask[]): PlanGroup[] {
  const plans = new Map<string, PlanGroup>();
  const tasks = new Map<string, MyTaskGroup>();
  for (const item of items) {
    let plan = plans.get(item.planId);
    if (!plan) {
      plan = { planId: item.planId, planNumber: item.planNumber, planTitle: item.planTitle, tasks: [] };
      plans.set(item.planId, plan);
    }
    let task = tasks.get(item.taskId);
    if (!task) {
      task = { taskId: item.taskId, planId: item.planId, code: item.code, title: item.title, dueOn: item.dueOn, units: [] };
      tasks.set(item.taskId, task);
      plan.tasks.push(task);
    }
    if (!task.units.some((u) => u.unitId === item.unitId)) task.units.push(item);
  }
  return [...plans.values()];
}

/** "Nhiệm vụ của đơn vị": the tasks of the user's units by plan, with earlier reports and the progress-report form. */
export function TasksPage() {
  const { t } = useI18n();
  const me = useMe();
  const [openTask, setOpenTask] = useState<string | null>(null);
  const list = useQuery(plansQueries.myTasks());
  useDocumentTitle(t('tasks.title'));

  return (
    <>
      <PageHeader title={t('tasks.title')} description={t('tasks.intro')} />
      <AsyncView result={list}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyText text={t('tasks.empty')} />
          ) : (
            groupByPlan(data.items).map((plan) => {
              const number = plan.planNumber ?? t('plans.noNumber');
              const headingId = `plan-${plan.planId}`;
              return (
                <section key={plan.planId} className="panel" aria-labelledby={headingId}>
                  <h2 id={headingId}>{t('tasks.plan', { number })}</h2>
                  {plan.planTitle ? <p>{plan.planTitle}</p> : null}
                  {can(me, 'plans.read') ? (
                    <p>
                      <Link to={paths.plan(plan.planId)}>{t('tasks.openPlan', { number })}</Link>
                    </p>
                  ) : null}
                  <ul className="my-task-list" aria-labelledby={headingId}>
                    {plan.tasks.map((task) => (
                      <MyTaskItem key={task.taskId} task={task} open={openTask === task.taskId}
                        onToggle={(open) => setOpenTask(open ? task.taskId : null)} />
                    ))}
                  </ul>
                </section>
              );
            })
          )
        }
      </AsyncView>
    </>
  );
}
