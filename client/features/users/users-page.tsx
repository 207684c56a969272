import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { toast } from '../../lib/toast';
import { Badge } from '../../components/ui/badge';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { Empty, LoadError, Loading } from '../../components/ui/states';
import { trpc } from '../../lib/trpc';
import { useSaveAction } from '../../lib/use-form-submit';
import { ResetPasswordForm } from './reset-password-form';
import { UserForm, type UserValues } from './user-form';

type Editing =
  | { mode: 'create' }
  | { mode: 'edit'; id: number; version: number; values: UserValues }
  | { mode: 'reset'; id: number; version: number; name: string };
const blank: UserValues = {
  username: '',
  displayName: '',
  role: 'staff',
  unitId: null,
  title: '',
  password: '',
};

/** /admin/users: accounts, roles and units; deactivation instead of deletion; password resets. */
export function UsersPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const list = useQuery(trpc.users.list.queryOptions());
  const units = useQuery(trpc.directory.units.queryOptions());
  const [editing, setEditing] = useState<Editing | null>(null);
  const refresh = () => qc.invalidateQueries({ queryKey: trpc.users.list.queryKey() });
  const done = (message: string) => {
    toast.success(message);
    setEditing(null);
    void refresh();
  };
  // A refusal may come from a stale row (CONFLICT: the person changed their password meanwhile): refresh.
  const act = useSaveAction({ onConflict: refresh });
  const create = useMutation(trpc.users.create.mutationOptions());
  const update = useMutation(trpc.users.update.mutationOptions());
  const setActive = useMutation(trpc.users.setActive.mutationOptions());
  const reset = useMutation(trpc.users.resetPassword.mutationOptions());

  if (list.isError) return <LoadError message={list.error.message} onRetry={() => void list.refetch()} />;
  if (!list.data) return <Loading />;
  const unitOptions = (units.data ?? []).map((u) => ({ id: u.id, name: u.name }));

  return (
    <div className="mx-auto flex w-full max-w-6xl flex-col gap-3 p-4">
      <div className="flex items-center justify-between gap-3">
        <h1 className="text-lg font-semibold">{t('users.title')}</h1>
        <Link to="/coordination" className="text-sm text-brand-700 underline">
          {t('users.coordinationLink')}
        </Link>
        <Button variant="primary" onClick={() => setEditing({ mode: 'create' })}>
          {t('users.add')}
        </Button>
      </div>
      {list.data.length === 0 ? (
        <Empty>{t('users.empty')}</Empty>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-sm">
            <thead className="bg-slate-50 text-left text-slate-600">
              <tr>
                {(['username', 'displayName', 'role', 'unit', 'title_', 'status', 'actions'] as const).map(
                  (k) => (
                    <th key={k} className="px-3 py-2 font-medium">
                      {t(`users.${k}`)}
                    </th>
                  ),
                )}
              </tr>
            </thead>
            <tbody>
              {list.data.map((u) => (
                <tr key={u.id} className={`border-t border-slate-100 ${u.active ? '' : 'text-slate-400'}`}>
                  <td className="px-3 py-2 font-mono">{u.username}</td>
                  <td className="px-3 py-2" data-user-text="">
                    {u.displayName}
                  </td>
                  <td className="px-3 py-2">{t(`role.${u.role}`)}</td>
                  <td className="px-3 py-2" data-user-text="">
                    {u.unitName ?? '—'}
                  </td>
                  <td className="px-3 py-2" data-user-text="">
                    {u.title ?? '—'}
                  </td>
                  <td className="px-3 py-2">
                    <span className="flex gap-1">
                      <Badge tone={u.active ? 'green' : 'slate'}>
                        {t(u.active ? 'users.active' : 'users.inactive')}
                      </Badge>
                      {u.mustChangePassword && <Badge tone="amber">{t('users.mustChange')}</Badge>}
                    </span>
                  </td>
                  <td className="px-3 py-2">
                    <span className="flex gap-1">
                      <Button
                        variant="ghost"
                        onClick={() =>
                          setEditing({
                            mode: 'edit',
                            id: u.id,
                            version: u.version,
                            values: {
                              ...blank,
                              username: u.username,
                              displayName: u.displayName,
                              role: u.role,
                              unitId: u.unitId,
                              title: u.title ?? '',
                            },
                          })
                        }
                      >
                        {t('users.edit')}
                      </Button>
                      <Button
                        variant="ghost"
                        onClick={() =>
                          setEditing({ mode: 'reset', id: u.id, version: u.version, name: u.displayName })
                        }
                      >
                        {t('users.resetPassword')}
                      </Button>
                      <Button
                        variant="ghost"
                        onClick={() => {
                          if (
                            u.active &&
                            !window.confirm(t('users.deactivateConfirm', { name: u.displayName }))
                          )
                            return;
                          void act(async () => {
                            await setActive.mutateAsync({ id: u.id, version: u.version, active: !u.active });
                            done(t('users.saved'));
                          });
                        }}
                      >
                        {t(u.active ? 'users.deactivate' : 'users.activate')}
                      </Button>
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Dialog
        open={editing?.mode === 'create' || editing?.mode === 'edit'}
        onClose={() => setEditing(null)}
        title={t(editing?.mode === 'edit' ? 'users.edit' : 'users.add')}
      >
        {(editing?.mode === 'create' || editing?.mode === 'edit') && (
          <UserForm
            key={editing.mode === 'edit' ? editing.id : 'new'}
            initial={editing.mode === 'edit' ? editing.values : blank}
            creating={editing.mode === 'create'}
            units={unitOptions}
            onConflict={refresh}
            onCancel={() => setEditing(null)}
            onSubmit={async ({ username = '', password = '', ...v }) => {
              if (editing.mode === 'create') await create.mutateAsync({ ...v, username, password });
              else await update.mutateAsync({ ...v, id: editing.id, version: editing.version });
              done(t(editing.mode === 'create' ? 'users.created' : 'users.saved'));
            }}
          />
        )}
      </Dialog>
      <Dialog
        open={editing?.mode === 'reset'}
        onClose={() => setEditing(null)}
        title={t('users.resetPassword')}
      >
        {editing?.mode === 'reset' && (
          <ResetPasswordForm
            name={editing.name}
            onCancel={() => setEditing(null)}
            onConflict={refresh}
            onSubmit={async (password) => {
              await reset.mutateAsync({ id: editing.id, version: editing.version, password });
              done(t('users.saved'));
            }}
          />
        )}
      </Dialog>
    </div>
  );
}
