import { useState } from 'react';
import { Button, Field, SelectField, type SelectOption } from '../../../../ui';
import { ROLES, type Role } from '../../../app/api-types';
import { useI18n } from '../../../app/i18n-context';
import { roleDescription, roleLabel } from './role-text';

/** One role line being edited. */
export interface RoleRow {
  key: number;
  role: Role | '';
  unitId: string;
}

/** Props of {@link RoleRows}. */
export interface RoleRowsProps {
  rows: readonly RoleRow[];
  /** Units valid today, as options. */
  units: readonly SelectOption[];
  /** Units of grants the user already holds on units closed since: they may stay, shown as no longer active. */
  extraUnits?: readonly SelectOption[];
  errors: Record<string, string>;
  onChange: (rows: RoleRow[]) => void;
}

let nextKey = 1;

/** Creates an empty role line. */
export function newRoleRow(role: Role | '' = '', unitId = ''): RoleRow {
  nextKey += 1;
  return { key: nextKey, role, unitId };
}

/** Tells whether a code is one of the roles the office knows (the server sends roles as plain strings). */
export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Lower case, without Vietnamese tone marks, đ as d: "Sở Tư pháp" and "so tu phap" match. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/** Props of {@link RoleLine}. */
interface RoleLineProps {
  row: RoleRow;
  index: number;
  units: readonly SelectOption[];
  removable: boolean;
  errors: Record<string, string>;
  onPatch: (change: Partial<RoleRow>) => void;
  onRemove: () => void;
}

function RoleLine({ row, index: i, units, removable, errors, onPatch, onRemove }: RoleLineProps) {
  const { t } = useI18n();
  const [filter, setFilter] = useState('');
  const roleOptions = ROLES.map((r) => ({ value: r, label: roleLabel(r, t) }));
  const req = t('common.required');
  const needle = fold(filter.trim());
  // the chosen unit stays listed whatever the filter, so the select never silently changes value
  const shown = needle ? units.filter((u) => u.value === row.unitId || fold(u.label).includes(needle)) : units;
  const onlyChosen = needle !== '' && shown.every((u) => u.value === row.unitId);

  return (
    <div className="role-row">
      <SelectField label={t('users.roleN', { n: i + 1 })} requiredMark={req} required
        name={`role-${i}`} placeholder={t('users.rolePlaceholder')} options={roleOptions}
        value={row.role} error={errors[`roles.${i}.role`] ?? errors[`roles.${i}`]}
        hint={row.role ? roleDescription(row.role, t) : undefined}
        onChange={(e) => onPatch({ role: isRole(e.target.value) ? e.target.value : '' })} />
      <Field label={t('roles.unitFilter', { n: i + 1 })} type="search" name={`unit-filter-${i}`} autoComplete="off"
        hint={t('roles.unitFilterHint')} value={filter} onChange={(e) => setFilter(e.target.value)} />
      <SelectField label={t('users.unitN', { n: i + 1 })} requiredMark={req} required
        name={`unit-${i}`} placeholder={onlyChosen && !row.unitId ? t('roles.noMatch') : t('common.unitPlaceholder')}
        options={shown} value={row.unitId} error={errors[`roles.${i}.unitId`]}
        onChange={(e) => onPatch({ unitId: e.target.value })} />
      {removable ? (
        <Button variant="quiet" size="small" className="role-row__remove" onClick={onRemove}>
          {t('users.removeRole', { n: i + 1 })}
        </Button>
      ) : null}
    </div>
  );
}

/** Editable list of (role, unit) pairs, each role with what it allows and units searchable by name. */
export function RoleRows({ rows, units, extraUnits = [], errors, onChange }: RoleRowsProps) {
  const { t } = useI18n();
  const options = extraUnits.length ? [...units, ...extraUnits.filter((x) => !units.some((u) => u.value === x.value))] : units;
  const patch = (index: number, change: Partial<RoleRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));

  return (
    <fieldset className="fieldset">
      <legend>{t('users.rolesLegend')}</legend>
      {errors.roles ? <p className="dt-field__error">{errors.roles}</p> : null}
      {rows.map((row, i) => (
        <RoleLine key={row.key} row={row} index={i} units={options} removable={rows.length > 1} errors={errors}
          onPatch={(change) => patch(i, change)} onRemove={() => onChange(rows.filter((_, j) => j !== i))} />
      ))}
      <Button variant="secondary" size="small" onClick={() => onChange([...rows, newRoleRow()])}>
        {t('users.addRole')}
      </Button>
    </fieldset>
  );
}

/** A short list of every role with what it allows, for the users page. */
export function RoleHelp() {
  const { t } = useI18n();
  return (
    <details className="panel">
      <summary>{t('roles.helpTitle')}</summary>
      <p>{t('roles.helpIntro')}</p>
      <dl className="details-list">
        {ROLES.map((r) => (
          <div key={r} className="details-list__row">
            <dt>{roleLabel(r, t)}</dt>
            <dd>{roleDescription(r, t)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
