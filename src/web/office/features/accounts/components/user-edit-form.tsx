import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, Field } from '../../../../ui';
import { accountQueries, accountsApi } from '../api';
import type { Role } from '../../../app/api-types';
import type { RoleGrant, User, UserPatch } from '../api-types';
import { fieldErrors } from '../../../app/errors';
import { useI18n } from '../../../app/i18n-context';
import { FormError } from '../../../app/components/form-error';
import { isRole, newRoleRow, RoleRows, type RoleRow } from './role-rows';
import { WithUnitOptions } from '../../organisations/components/unit-options';

/** Props of {@link UserEditForm}. */
export interface UserEditFormProps {
  user: User;
  onSaved: (user: User) => void;
  onCancel: () => void;
}

/**
 * An administrator edits an account: display name, email, and its role grants (add or remove; new grants only on
 * units valid today, grants on units closed since may stay). Roles apply from the person's next action.
 */
export function UserEditForm({ user, onSaved, onCancel }: UserEditFormProps) {
  const { t } = useI18n();
  const [values, setValues] = useState({ displayName: user.displayName, email: user.email ?? '' });
  const [roles, setRoles] = useState<RoleRow[]>(() =>
    user.roles.length ? user.roles.map((r) => newRoleRow(isRole(r.role) ? r.role : '', r.unitId)) : [newRoleRow()]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: async ({ patch, grants }: { patch: UserPatch; grants: RoleGrant[] }) => {
      await accountsApi.update(user.id, patch);
      return accountsApi.setRoles(user.id, grants);
    },
    onSuccess: async (saved) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: accountQueries.users }),
        queryClient.invalidateQueries({ queryKey: accountQueries.checklistKey }),
      ]);
      onSaved(saved);
    },
    onError: (err) => setErrors(fieldErrors(err)),
  });
  const firstRef = useRef<HTMLInputElement>(null);
  useEffect(() => firstRef.current?.focus(), [user.id]);

  const extraUnits = user.roles.map((r) => ({ value: r.unitId, label: t('roles.closedUnit', { name: r.unitName ?? t('common.dash') }) }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.reset();
    const local: Record<string, string> = {};
    if (!values.displayName.trim()) local.displayName = t('users.displayNameRequired');
    const complete = roles.filter((r): r is RoleRow & { role: Role } => r.role !== '' && r.unitId !== '');
    if (complete.length !== roles.length || complete.length === 0) local.roles = t('users.rolesRequired');
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    save.mutate({
      patch: { displayName: values.displayName.trim(), email: values.email.trim() || null },
      grants: complete.map((r) => ({ role: r.role, unitId: r.unitId })),
    });
  };

  const shown = ['displayName', 'email', 'roles', ...roles.flatMap((_, i) => [`roles.${i}`, `roles.${i}.role`, `roles.${i}.unitId`])];

  return (
    <form className="panel" onSubmit={onSubmit} noValidate aria-labelledby="user-edit-title">
      <h2 id="user-edit-title">{t('users.editFor', { name: user.displayName })}</h2>
      <FormError error={save.error} shownFields={shown} />
      <div className="form-grid">
        <Field ref={firstRef} label={t('users.displayName')} requiredMark={t('common.required')} required name="displayName"
          autoComplete="off" value={values.displayName} error={errors.displayName}
          onChange={(e) => setValues((v) => ({ ...v, displayName: e.target.value }))} />
        <Field label={t('users.email')} name="email" type="email" autoComplete="off" autoCapitalize="none" spellCheck={false}
          hint={t('users.emailHint')} value={values.email} error={errors.email}
          onChange={(e) => setValues((v) => ({ ...v, email: e.target.value }))} />
      </div>
      <WithUnitOptions>
        {(options) => (
          <RoleRows rows={roles} units={options} extraUnits={extraUnits} errors={errors} onChange={setRoles} />
        )}
      </WithUnitOptions>
      <div className="button-row">
        <Button type="submit" busy={save.isPending}>{t('users.save')}</Button>
        <Button variant="secondary" onClick={onCancel}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}
