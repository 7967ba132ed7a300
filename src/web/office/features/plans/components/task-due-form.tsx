import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Button } from '../../../../ui';
import { TextareaField } from '../../../../ui/textarea-field';
import { plansQueries, tasksApi } from '../api';
import type { TaskNode } from '../api-types';
import { fieldErrors } from '../../../app/errors';
import { useI18n } from '../../../app/i18n-context';
import { DateInput } from '../../../app/components/date-input';
import { FormError } from '../../../app/components/form-error';

/**
 * "Đặt hạn" on an open task, for the coordinator: a deadline the plan wrote in words comes in without a due date
 * (never a made-up one), and a person sets it here, with a reason the audit log keeps. The written deadline stays.
 */
export function TaskDueForm({ task, planId }: { task: TaskNode; planId: string }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [date, setDate] = useState(task.dueOn ?? '');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [saved, setSaved] = useState<string | null>(null);
  const saving = useMutation({
    mutationFn: (dueOn: string | null) => tasksApi.setDue(task.id, dueOn, reason),
    onSuccess: async (result) => {
      setSaved(result.dueOn ? t('taskDue.saved') : t('taskDue.cleared'));
      setReason('');
      setDate(result.dueOn ?? '');
      await Promise.all([queryClient.invalidateQueries({ queryKey: plansQueries.detail(planId).queryKey }), queryClient.invalidateQueries({ queryKey: plansQueries.figures(planId).queryKey })]);
    },
    onError: (err) => {
      const server = fieldErrors(err);
      setErrors({ dueOn: server.dueOn, reason: server.reason });
    },
  });
  const submit = (dueOn: string | null) => {
    const found: Record<string, string | undefined> = {};
    // "Lưu hạn" needs a date (the field gives "" for text that is not one); only "Xóa hạn" removes it
    if (dueOn !== null && !/^\d{4}-\d{2}-\d{2}$/u.test(dueOn)) found.dueOn = t('taskDue.dateRequired');
    if (!reason.trim()) found.reason = t('taskDue.reasonRequired');
    setErrors(found);
    setSaved(null);
    saving.reset();
    if (Object.values(found).some(Boolean)) return;
    saving.mutate(dueOn);
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    submit(date);
  };
  return (
    <details className="task-due">
      <summary>{task.dueOn ? t('taskDue.change') : t('taskDue.set')}</summary>
      <form className="task-due__form" onSubmit={onSubmit} noValidate>
        {task.deadlineText ? <p className="muted">{t('taskDue.written', { text: task.deadlineText })}</p> : null}
        <FormError error={saving.error} shownFields={['dueOn', 'reason']} />
        <DateInput label={t('taskDue.date')} name="dueOn" value={date} onChange={setDate} error={errors.dueOn} requiredMark={t('common.required')} required />
        <TextareaField label={t('taskDue.reason')} hint={t('taskDue.reasonHint')} name="reason" rows={2} value={reason}
          error={errors.reason} requiredMark={t('common.required')} required onChange={(e) => setReason(e.target.value)} />
        <div className="button-row">
          <Button type="submit" busy={saving.isPending && saving.variables !== null} disabled={saving.isPending}>{t('taskDue.save')}</Button>
          {task.dueOn ? (
            <Button type="button" variant="secondary" busy={saving.isPending && saving.variables === null} disabled={saving.isPending} onClick={() => submit(null)}>
              {t('taskDue.clear')}
            </Button>
          ) : null}
        </div>
        {saved ? <p role="status" className="muted">{saved}</p> : null}
      </form>
    </details>
  );
}
