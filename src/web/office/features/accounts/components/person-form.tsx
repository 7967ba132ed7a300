import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Alert, Button, Field, SelectField } from '../../../../ui';
import { accountQueries, peopleApi } from '../api';
import type { PersonInput } from '../api-types';
import { fieldErrors } from '../../../app/errors';
import { useI18n } from '../../../app/i18n-context';
import { FormError } from '../../../app/components/form-error';
import { WithUnitOptions } from '../../organisations/components/unit-options';

const EMPTY = { fullName: '', title: '', unitId: '', email: '', phone: '' };
type Values = typeof EMPTY;
const FIELDS = Object.keys(EMPTY);

function optional(value: string): string | undefined {
  const v = value.trim();
  return v === '' ? undefined : v;
}

/** Form that adds a person to the directory (the list and the first-run checklist refresh) and reports field errors from the server. */
export function PersonForm() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Values>(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const create = useMutation({
    mutationFn: peopleApi.create,
    onSuccess: () => {
      setValues(EMPTY);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: accountQueries.people }),
        queryClient.invalidateQueries({ queryKey: accountQueries.checklistKey }),
      ]);
    },
    onError: (err) => setErrors(fieldErrors(err)),
  });
  const req = t('common.required');

  const set = (key: keyof Values) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.reset();
    const local: Record<string, string> = {};
    if (!values.fullName.trim()) local.fullName = t('people.nameRequired');
    if (!values.unitId) local.unitId = t('people.unitRequired');
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    const input: PersonInput = {
      fullName: values.fullName.trim(),
      unitId: values.unitId,
      title: optional(values.title),
      email: optional(values.email),
      phone: optional(values.phone),
    };
    create.mutate(input);
  };

  return (
    <form className="panel" onSubmit={onSubmit} noValidate aria-labelledby="person-form-title">
      <h2 id="person-form-title">{t('people.add')}</h2>
      {create.data ? <Alert variant="success">{t('people.added', { name: create.data.fullName })}</Alert> : null}
      <FormError error={create.error} shownFields={FIELDS} />
      <div className="form-grid">
        <Field label={t('people.fullName')} requiredMark={req} required name="fullName" autoComplete="off"
          value={values.fullName} onChange={set('fullName')} error={errors.fullName} />
        <Field label={t('people.jobTitle')} name="title" autoComplete="off"
          value={values.title} onChange={set('title')} error={errors.title} />
        <WithUnitOptions>
          {(options) => (
            <SelectField label={t('people.unit')} requiredMark={req} required name="unitId"
              placeholder={t('common.unitPlaceholder')} options={options}
              value={values.unitId} onChange={set('unitId')} error={errors.unitId} />
          )}
        </WithUnitOptions>
        <Field label={t('people.email')} type="email" name="email" autoComplete="off"
          value={values.email} onChange={set('email')} error={errors.email} />
        <Field label={t('people.phone')} type="tel" name="phone" autoComplete="off"
          value={values.phone} onChange={set('phone')} error={errors.phone} />
      </div>
      <Button type="submit" busy={create.isPending}>{t('people.add')}</Button>
    </form>
  );
}
