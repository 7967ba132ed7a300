import { Button, DataTable, DateText, type DataColumn } from '../../../../ui';
import type { User } from '../api-types';
import { useI18n } from '../../../app/i18n-context';
import { ConfirmAction } from '../../../app/components/confirm-action';
import { roleInUnit } from './role-text';

/** A pending enable/disable waiting for confirmation. */
export interface PendingToggle {
  user: User;
  disable: boolean;
}

/** Props of {@link UsersTable}. */
export interface UsersTableProps {
  users: readonly User[];
  selfId: string;
  canWrite: boolean;
  pending: PendingToggle | null;
  busy: boolean;
  onAskToggle: (pending: PendingToggle | null) => void;
  onConfirmToggle: () => void;
  onReset: (user: User) => void;
  onEdit: (user: User) => void;
}

/** Table of accounts with roles, status, last sign-in and (for writers) enable/disable and reset actions. */
export function UsersTable(props: UsersTableProps) {
  const { users, selfId, canWrite, pending, busy, onAskToggle, onConfirmToggle, onReset, onEdit } = props;
  const { t } = useI18n();

  const actions = (u: User) => {
    if (pending?.user.id === u.id) {
      return (
        <ConfirmAction
          question={t(pending.disable ? 'users.confirmDisable' : 'users.confirmEnable', { name: u.displayName })}
          confirmLabel={t(pending.disable ? 'users.disable' : 'users.enable')}
          danger={pending.disable}
          busy={busy}
          onConfirm={onConfirmToggle}
          onCancel={() => onAskToggle(null)}
        />
      );
    }
    return (
      <div className="button-row">
        <Button variant="secondary" size="small" aria-label={`${t('users.edit')}: ${u.username}`} onClick={() => onEdit(u)}>
          {t('users.edit')}
        </Button>
        {u.id !== selfId ? (
          <Button variant={u.isDisabled ? 'secondary' : 'danger'} size="small"
            aria-label={`${t(u.isDisabled ? 'users.enable' : 'users.disable')}: ${u.username}`}
            onClick={() => onAskToggle({ user: u, disable: !u.isDisabled })}>
            {t(u.isDisabled ? 'users.enable' : 'users.disable')}
          </Button>
        ) : null}
        <Button variant="secondary" size="small" aria-label={`${t('users.reset')}: ${u.username}`}
          onClick={() => onReset(u)}>
          {t('users.reset')}
        </Button>
      </div>
    );
  };

  const columns: DataColumn<User>[] = [
    {
      key: 'username',
      header: t('users.username'),
      rowHeader: true,
      cell: (u) => (u.email ? <>{u.username}<br /><span className="muted">{u.email}</span></> : u.username),
    },
    { key: 'name', header: t('users.displayName'), cell: (u) => u.displayName },
    {
      key: 'roles',
      header: t('users.roles'),
      cell: (u) =>
        u.roles.length === 0 ? t('common.dash') : (
          <ul className="plain-list">
            {u.roles.map((r) => (
              <li key={`${r.role}:${r.unitId}`}>{roleInUnit(r, t)}</li>
            ))}
          </ul>
        ),
    },
    {
      key: 'status',
      header: t('users.status'),
      cell: (u) => (
        <>
          <span className={u.isDisabled ? 'badge badge--muted' : 'badge badge--ok'}>
            {t(u.isDisabled ? 'users.disabled' : 'users.active')}
          </span>
          {u.mustChangePassword && !u.isDisabled ? <> <span className="badge badge--muted">{t('users.mustChange')}</span></> : null}
        </>
      ),
    },
    {
      key: 'last',
      header: t('users.lastSignIn'),
      cell: (u) => <DateText value={u.lastSignInAt} withTime fallback={t('users.never')} />,
    },
  ];
  if (canWrite) columns.push({ key: 'actions', header: t('users.actions'), cell: actions });

  return (
    <DataTable caption={t('users.caption')} rows={users} rowKey={(u) => u.id} columns={columns}
      emptyText={t('common.empty')} />
  );
}
