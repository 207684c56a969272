import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { toast } from 'sonner';
import { Badge } from '../../components/ui/badge';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { Field, inputClass } from '../../components/ui/field';
import { Empty, LoadError, Loading } from '../../components/ui/states';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { trpc } from '../../lib/trpc';
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
  const [temp, setTemp] = useState('');
  const done = (message: string) => {
    toast.success(message);
    setEditing(null);
    setTemp('');
    void qc.invalidateQueries({ queryKey: trpc.users.list.queryKey() });
  };
  // A refusal may come from a stale row (CONFLICT: the person changed their password meanwhile): refresh the list.
  const onError = (e: unknown) => {
    toast.error(errorMessage(e, t('common.unknownError')));
    void qc.invalidateQueries({ queryKey: trpc.users.list.queryKey() });
  };
  const create = useMutation(
    trpc.users.create.mutationOptions({ onSuccess: () => done(t('users.created')), onError }),
  );
  const update = useMutation(
    trpc.users.update.mutationOptions({ onSuccess: () => done(t('users.saved')), onError }),
  );
  const setActive = useMutation(
    trpc.users.setActive.mutationOptions({ onSuccess: () => done(t('users.saved')), onError }),
  );
  const reset = useMutation(
    trpc.users.resetPassword.mutationOptions({ onSuccess: () => done(t('users.saved')), onError }),
  );

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
                  <td className="px-3 py-2">{u.displayName}</td>
                  <td className="px-3 py-2">{t(`role.${u.role}`)}</td>
                  <td className="px-3 py-2">{u.unitName ?? '—'}</td>
                  <td className="px-3 py-2">{u.title ?? '—'}</td>
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
                          setActive.mutate({ id: u.id, version: u.version, active: !u.active });
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
            errors={fieldErrors(editing.mode === 'create' ? create.error : update.error)}
            pending={create.isPending || update.isPending}
            onCancel={() => setEditing(null)}
            onSubmit={(v) =>
              editing.mode === 'create'
                ? create.mutate({
                    username: v.username,
                    displayName: v.displayName,
                    role: v.role,
                    unitId: v.unitId,
                    title: v.title,
                    password: v.password,
                  })
                : update.mutate({
                    id: editing.id,
                    version: editing.version,
                    displayName: v.displayName,
                    role: v.role,
                    unitId: v.unitId,
                    title: v.title,
                  })
            }
          />
        )}
      </Dialog>
      <Dialog
        open={editing?.mode === 'reset'}
        onClose={() => setEditing(null)}
        title={t('users.resetPassword')}
      >
        {editing?.mode === 'reset' && (
          <form
            className="flex flex-col gap-3"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              reset.mutate({ id: editing.id, version: editing.version, password: temp });
            }}
          >
            <p className="text-sm text-slate-600">
              {editing.name} — {t('users.resetHint')}
            </p>
            <Field label={t('users.tempPassword')} error={fieldErrors(reset.error).password} required>
              {(props) => (
                <input
                  {...props}
                  type="password"
                  autoComplete="new-password"
                  className={inputClass}
                  value={temp}
                  onChange={(e) => setTemp(e.target.value)}
                />
              )}
            </Field>
            <div className="flex justify-end gap-2">
              <Button onClick={() => setEditing(null)}>{t('users.cancel')}</Button>
              <Button type="submit" variant="primary" disabled={reset.isPending}>
                {t('users.resetPassword')}
              </Button>
            </div>
          </form>
        )}
      </Dialog>
    </div>
  );
}
