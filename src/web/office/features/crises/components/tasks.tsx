import { useState } from 'react';
import { Button, DataTable, Field, formatDateTime, SelectField } from '../../../../ui';
import { FormError } from '../../../app/components/form-error';
import { useI18n } from '../../../app/i18n-context';
import { crisesApi } from '../api';
import type { CrisisDetail, CrisisOptions } from '../api-types';
import { instantOf } from '../pages/crisis-new-page';
import { useCrisisChange } from './use-change';
import { DateTimeInput } from '../../../app/components/date-time-input';

type Task = CrisisDetail['tasks'][number];

/** Tasks with their owner and deadline, overdue ones marked; the form to add one. */
export function Tasks({ crisis, options }: { crisis: CrisisDetail; options: CrisisOptions | undefined }) {
  const { t } = useI18n();
  const [d, setD] = useState({ title: '', ownerUserId: '', ownerUnitId: '', dueAt: '' });
  const add = useCrisisChange(crisis.id, () => crisesApi.task(crisis.id, { title: d.title, ownerUserId: d.ownerUserId || null, ownerUnitId: d.ownerUnitId || null, dueAt: instantOf(d.dueAt) ?? '' }), () => setD({ title: '', ownerUserId: '', ownerUnitId: '', dueAt: '' }));
  const done = useCrisisChange(crisis.id, (taskId: string) => crisesApi.taskDone(crisis.id, taskId));
  const state = (task: Task) => (task.doneAt ? `${t('crises.tasks.done')} (${formatDateTime(task.doneAt)})` : task.isOverdue ? t('crises.tasks.overdue') : t('crises.tasks.open'));
  return (
    <section aria-labelledby="tasks">
      <h2 id="tasks">{t('crises.tasks.title')}</h2>
      <DataTable<Task>
        caption={t('crises.tasks.title')}
        hideCaption
        rows={crisis.tasks}
        rowKey={(x) => x.id}
        emptyText={t('crises.none')}
        columns={[
          { key: 'title', header: t('crises.field.taskTitle'), rowHeader: true, cell: (x) => x.title },
          { key: 'owner', header: t('crises.field.ownerPerson'), cell: (x) => x.ownerName },
          { key: 'due', header: t('crises.field.dueAt'), cell: (x) => formatDateTime(x.dueAt) },
          { key: 'state', header: t('crises.col.status'), cell: (x) => (x.isOverdue ? <strong>{state(x)}</strong> : state(x)) },
          { key: 'act', header: '', cell: (x) => (crisis.abilities.canAct && !x.doneAt ? <Button size="small" onClick={() => done.mutate(x.id)} aria-label={`${t('crises.tasks.markDone')}: ${x.title}`}>{t('crises.tasks.markDone')}</Button> : null) },
        ]}
      />
      {crisis.abilities.canAct ? (
        <form className="crisis-inline" onSubmit={(e) => { e.preventDefault(); add.mutate(undefined); }} aria-label={t('crises.tasks.add')}>
          <Field label={t('crises.field.taskTitle')} name="taskTitle" value={d.title} onChange={(e) => setD({ ...d, title: e.target.value })} />
          <SelectField label={t('crises.field.ownerPerson')} name="ownerUserId" value={d.ownerUserId} placeholder={t('crises.none')} options={(options?.people ?? []).map((p) => ({ value: p.id, label: p.name }))} onChange={(e) => setD({ ...d, ownerUserId: e.target.value })} />
          <SelectField label={t('crises.field.ownerUnit')} name="ownerUnitId" value={d.ownerUnitId} placeholder={t('crises.none')} options={(options?.units ?? []).map((u) => ({ value: u.id, label: u.name }))} onChange={(e) => setD({ ...d, ownerUnitId: e.target.value })} />
          <DateTimeInput label={t('crises.field.dueAt')} name="taskDue" value={d.dueAt} onChange={(v) => setD({ ...d, dueAt: v })} />
          <Button type="submit" busy={add.isPending}>{t('crises.tasks.add')}</Button>
          <FormError error={add.error ?? done.error} />
        </form>
      ) : null}
    </section>
  );
}
