import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Alert, Field, PageHeader } from '../../../../ui';
import { accountQueries, usersApi } from '../api';
import type { User } from '../api-types';
import { AsyncView } from '../../../app/components/async-view';
import { FormError } from '../../../app/components/form-error';
import { Pager } from '../../../app/components/pager';
import { FirstRunChecklist } from '../components/first-run-checklist';
import { RoleHelp } from '../components/role-rows';
import { UserCreateForm } from '../components/user-create-form';
import { UserEditForm } from '../components/user-edit-form';
import { UserResetForm } from '../components/user-reset-form';
import { UsersTable, type PendingToggle } from '../components/users-table';
import { useI18n } from '../../../app/i18n-context';
import { can, useMe } from '../../../app/session';
import { useDebounced } from '../../../app/use-debounced';
import { useDocumentTitle } from '../../../app/use-document-title';

const LIMIT = 50;

/**
 * User administration: the first-run checklist, a searchable list, editing (name, email, roles), enable/disable
 * with confirmation, password reset, account creation and what each role allows.
 */
export function UsersPage() {
  const { t } = useI18n();
  const me = useMe();
  const canWrite = can(me, 'users.write');
  const [q, setQ] = useState('');
  const debounced = useDebounced(q.trim(), 300);
  const [page, setPage] = useState({ q: '', offset: 0 });
  const [pending, setPending] = useState<PendingToggle | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [resetUser, setResetUser] = useState<User | null>(null);
  const [editUser, setEditUser] = useState<User | null>(null);
  useDocumentTitle(t('users.title'));

  useEffect(() => {
    setPage((p) => (p.q === debounced ? p : { q: debounced, offset: 0 }));
  }, [debounced]);

  const list = useQuery(accountQueries.userList({ q: page.q, limit: LIMIT, offset: page.offset }));
  const queryClient = useQueryClient();
  // the list and the first-run checklist (administrators, unit users) show what changed
  const refresh = () => Promise.all([
    queryClient.invalidateQueries({ queryKey: accountQueries.users }),
    queryClient.invalidateQueries({ queryKey: accountQueries.checklistKey }),
  ]);
  const toggle = useMutation({
    mutationFn: (p: PendingToggle) => usersApi.setDisabled(p.user.id, p.disable),
    onSuccess: (_, p) => {
      setNotice(t(p.disable ? 'users.disabledOk' : 'users.enabledOk', { name: p.user.displayName }));
      setPending(null);
      return refresh();
    },
  });
  const confirmToggle = () => {
    if (pending) toggle.mutate(pending);
  };

  return (
    <>
      <PageHeader title={t('users.title')} description={t('users.intro')} />
      <FirstRunChecklist />
      {notice ? <Alert variant="success">{notice}</Alert> : null}
      <FormError error={toggle.error} />
      <form className="search-form" role="search" onSubmit={(e) => e.preventDefault()}>
        <Field label={t('users.searchAll')} type="search" name="q" autoComplete="off" value={q}
          onChange={(e) => setQ(e.target.value)} />
      </form>
      <AsyncView result={list}>
        {(data) => (
          <>
            <UsersTable users={data.items} selfId={me.user.id} canWrite={canWrite} pending={pending} busy={toggle.isPending}
              onAskToggle={(p) => { setPending(p); setNotice(null); toggle.reset(); }}
              onConfirmToggle={confirmToggle}
              onReset={(u) => { setResetUser(u); setEditUser(null); setNotice(null); }}
              onEdit={(u) => { setEditUser(u); setResetUser(null); setNotice(null); }} />
            <Pager total={data.total} offset={page.offset} limit={LIMIT} busy={list.isFetching}
              onChange={(offset) => setPage((p) => ({ ...p, offset }))} />
          </>
        )}
      </AsyncView>
      {canWrite && resetUser ? (
        <UserResetForm key={resetUser.id} user={resetUser} onCancel={() => setResetUser(null)}
          onDone={(u) => { setResetUser(null); setNotice(t('users.resetOk', { name: u.displayName })); }} />
      ) : null}
      {canWrite && editUser ? (
        <UserEditForm key={editUser.id} user={editUser} onCancel={() => setEditUser(null)}
          onSaved={(u) => { setEditUser(null); setNotice(t('users.savedOk', { name: u.displayName })); }} />
      ) : null}
      {canWrite ? <UserCreateForm /> : null}
      <RoleHelp />
    </>
  );
}
