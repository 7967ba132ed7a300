import { Button, SelectField, type SelectOption } from '../../ui';
import { ROLES, type Role } from '../api-types';
import { useI18n } from '../i18n-context';
import { roleLabel } from './role-text';

/** One role line being edited. */
export interface RoleRow {
  key: number;
  role: Role | '';
  unitId: string;
}

/** Props of {@link RoleRows}. */
export interface RoleRowsProps {
  rows: readonly RoleRow[];
  units: readonly SelectOption[];
  errors: Record<string, string>;
  onChange: (rows: RoleRow[]) => void;
}

let nextKey = 1;

/** Creates an empty role line. */
export function newRoleRow(): RoleRow {
  nextKey += 1;
  return { key: nextKey, role: '', unitId: '' };
}

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Editable list of (role, unit) pairs with add and remove buttons, inside a fieldset. */
export function RoleRows({ rows, units, errors, onChange }: RoleRowsProps) {
  const { t } = useI18n();
  const roleOptions = ROLES.map((r) => ({ value: r, label: roleLabel(r, t) }));
  const req = t('common.required');
  const patch = (index: number, change: Partial<RoleRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));

  return (
    <fieldset className="fieldset">
      <legend>{t('users.rolesLegend')}</legend>
      {errors.roles ? <p className="dt-field__error">{errors.roles}</p> : null}
      {rows.map((row, i) => (
        <div key={row.key} className="role-row">
          <SelectField label={t('users.roleN', { n: i + 1 })} requiredMark={req} required
            name={`role-${i}`} placeholder={t('users.rolePlaceholder')} options={roleOptions}
            value={row.role} error={errors[`roles.${i}.role`] ?? errors[`roles.${i}`]}
            onChange={(e) => patch(i, { role: isRole(e.target.value) ? e.target.value : '' })} />
          <SelectField label={t('users.unitN', { n: i + 1 })} requiredMark={req} required
            name={`unit-${i}`} placeholder={t('common.unitPlaceholder')} options={units}
            value={row.unitId} error={errors[`roles.${i}.unitId`]}
            onChange={(e) => patch(i, { unitId: e.target.value })} />
          {rows.length > 1 ? (
            <Button variant="quiet" size="small" className="role-row__remove"
              onClick={() => onChange(rows.filter((_, j) => j !== i))}>
              {t('users.removeRole', { n: i + 1 })}
            </Button>
          ) : null}
        </div>
      ))}
      <Button variant="secondary" size="small" onClick={() => onChange([...rows, newRoleRow()])}>
        {t('users.addRole')}
      </Button>
    </fieldset>
  );
}
