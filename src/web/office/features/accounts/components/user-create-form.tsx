import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Alert, Button, Field } from '../../../../ui';
import { accountQueries, usersApi } from '../api';
import type { Role } from '../../../app/api-types';
import { fieldErrors } from '../../../app/errors';
import { useI18n } from '../../../app/i18n-context';
import { FormError } from '../../../app/components/form-error';
import { newRoleRow, RoleRows, type RoleRow } from './role-rows';
import { WithUnitOptions } from '../../organisations/components/unit-options';

const MIN_PASSWORD = 10;
const EMPTY = { username: '', displayName: '', email: '', password: '' };

/** Form that creates a back-office account with one or more (role, unit) pairs; the users list and the checklist refresh. */
export function UserCreateForm() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [values, setValues] = useState(EMPTY);
  const [roles, setRoles] = useState<RoleRow[]>(() => [newRoleRow()]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const create = useMutation({
    mutationFn: usersApi.create,
    onSuccess: () => {
      setValues(EMPTY);
      setRoles([newRoleRow()]);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: accountQueries.users }),
        queryClient.invalidateQueries({ queryKey: accountQueries.checklistKey }),
      ]);
    },
    onError: (err) => setErrors(fieldErrors(err)),
  });
  const req = t('common.required');

  const set = (key: keyof typeof EMPTY) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.reset();
    const local: Record<string, string> = {};
    if (!values.username.trim()) local.username = t('users.usernameRequired');
    if (!values.displayName.trim()) local.displayName = t('users.displayNameRequired');
    if (values.password.length < MIN_PASSWORD) local.password = t('users.passwordShort');
    const complete = roles.filter((r): r is RoleRow & { role: Role } => r.role !== '' && r.unitId !== '');
    if (complete.length === 0 || complete.length !== roles.length) local.roles = t('users.rolesRequired');
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    create.mutate({
      username: values.username.trim(),
      displayName: values.displayName.trim(),
      email: values.email.trim() || null,
      password: values.password,
      // the administrator knows this password: the person must choose their own at the first sign-in
      mustChangePassword: true,
      roles: complete.map((r) => ({ role: r.role, unitId: r.unitId })),
    });
  };

  const shown = ['username', 'displayName', 'email', 'password', 'roles', ...roles.flatMap((_, i) => [`roles.${i}`, `roles.${i}.role`, `roles.${i}.unitId`])];

  return (
    <form className="panel" onSubmit={onSubmit} noValidate aria-labelledby="user-create-title">
      <h2 id="user-create-title">{t('users.create')}</h2>
      {create.data ? <Alert variant="success">{t('users.created', { name: create.data.username })}</Alert> : null}
      <FormError error={create.error} shownFields={shown} />
      <div className="form-grid">
        <Field label={t('users.username')} requiredMark={req} required name="username" autoComplete="off"
          autoCapitalize="none" spellCheck={false} value={values.username} onChange={set('username')}
          error={errors.username} />
        <Field label={t('users.displayName')} requiredMark={req} required name="displayName" autoComplete="off"
          value={values.displayName} onChange={set('displayName')} error={errors.displayName} />
        <Field label={t('users.email')} name="email" type="email" autoComplete="off" autoCapitalize="none"
          spellCheck={false} hint={t('users.emailHint')} value={values.email} onChange={set('email')}
          error={errors.email} />
        <Field label={t('users.initialPassword')} requiredMark={req} required name="password" type="password"
          autoComplete="new-password" minLength={MIN_PASSWORD} hint={t('users.passwordHintForced')}
          value={values.password} onChange={set('password')} error={errors.password} />
      </div>
      <WithUnitOptions>
        {(options) => (
          <RoleRows rows={roles} units={options} errors={errors} onChange={setRoles} />
        )}
      </WithUnitOptions>
      <Button type="submit" busy={create.isPending}>{t('users.create')}</Button>
    </form>
  );
}
