import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Button, Field, SelectField } from '../../../../ui';
import { TextareaField } from '../../../../ui/textarea-field';
import { FormError } from '../../../app/components/form-error';
import { fieldErrors } from '../../../app/errors';
import { useI18n } from '../../../app/i18n-context';
import { trainingQueries } from '../api';
import type { CourseBody, CourseDetail } from '../api-types';
import { Choices } from './choices';

/** The create / edit form of a course; the server checks it (skills, audience, organiser, plan task, budget). */
export function CourseForm(props: { initial?: CourseDetail; submitLabel: string; busy: boolean; error: unknown; onSubmit: (body: CourseBody) => void }) {
  const { t } = useI18n();
  const options = useQuery(trainingQueries.options());
  const i = props.initial;
  const [d, setD] = useState({
    title: i?.title ?? '',
    skills: (i?.skills.map((s) => s.code) ?? []) as CourseBody['skills'],
    audiences: (i?.audiences.map((a) => a.code) ?? []) as CourseBody['audiences'],
    organiserUnitId: i?.organiserUnit.id ?? '',
    planId: i?.planTask?.planId ?? '',
    planTaskId: i?.planTask?.id ?? '',
    budget: i?.budgetVnd != null ? String(i.budgetVnd) : '',
    description: i?.description ?? '',
  });
  const set = (patch: Partial<typeof d>) => setD((x) => ({ ...x, ...patch }));
  const errors = fieldErrors(props.error);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const budget = d.budget.replace(/[.\s,]/g, '');
    props.onSubmit({ title: d.title, skills: d.skills, audiences: d.audiences, organiserUnitId: d.organiserUnitId, planTaskId: d.planTaskId || null, budgetVnd: budget ? Number(budget) : null, description: d.description || null });
  };
  return (
    <form className="training-form" noValidate onSubmit={onSubmit}>
      <FormError error={props.error} shownFields={['title', 'skills', 'audiences', 'organiserUnitId', 'planTaskId', 'budgetVnd']} />
      <Field label={t('training.course.title')} name="title" required value={d.title} error={errors.title} onChange={(e) => set({ title: e.target.value })} />
      <Choices legend={t('training.course.skills')} name="skills" options={options.data?.skills ?? []} value={d.skills} error={errors.skills} onChange={(v) => set({ skills: v as CourseBody['skills'] })} />
      <Choices legend={t('training.course.audiences')} name="audiences" options={options.data?.participantTypes ?? []} value={d.audiences} error={errors.audiences} onChange={(v) => set({ audiences: v as CourseBody['audiences'] })} />
      <SelectField label={t('training.course.organiser')} name="organiserUnitId" required value={d.organiserUnitId} placeholder={t('training.choose')} error={errors.organiserUnitId}
        options={(options.data?.units ?? []).map((u) => ({ value: u.id, label: u.name }))} onChange={(e) => set({ organiserUnitId: e.target.value })} />
      <SelectField label={t('training.course.plan')} name="planId" value={d.planId} placeholder={t('training.course.noPlan')}
        options={(options.data?.plans ?? []).map((p) => ({ value: p.id, label: p.title }))} onChange={(e) => set({ planId: e.target.value, planTaskId: '' })} />
      {d.planId ? (
        <SelectField label={t('training.course.planTask')} name="planTaskId" value={d.planTaskId} placeholder={t('training.choose')} error={errors.planTaskId}
          options={(options.data?.plans.find((p) => p.id === d.planId)?.tasks ?? []).map((task) => ({ value: task.id, label: `${task.code}. ${task.title}` }))} onChange={(e) => set({ planTaskId: e.target.value })} />
      ) : null}
      <Field label={t('training.course.budget')} name="budgetVnd" inputMode="numeric" value={d.budget} error={errors.budgetVnd} onChange={(e) => set({ budget: e.target.value })} />
      <TextareaField label={t('training.course.description')} name="description" rows={3} value={d.description} onChange={(e) => set({ description: e.target.value })} />
      <div className="button-row">
        <Button type="submit" busy={props.busy}>{props.submitLabel}</Button>
      </div>
    </form>
  );
}
