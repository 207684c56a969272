import { zodResolver } from '@hookform/resolvers/zod';
import { UserText } from '../../components/ui/user-text';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  leaderTitleInput,
  renameUnitInput,
  type UnitInput,
  unitInput,
} from '../../../shared/schemas/coordination';
import { Badge } from '../../components/ui/badge';
import { Button } from '../../components/ui/button';
import { Field, inputClass } from '../../components/ui/field';
import { Section } from '../../components/ui/section';
import { Loading } from '../../components/ui/states';
import { trpc } from '../../lib/trpc';
import { useFormSubmit } from '../../lib/use-form-submit';
import { ChainsAdmin, TaskForcesAdmin } from './groups-admin';
import { useAdminAction, useAdminSaved } from './use-admin-mutation';

/** 包保与专班管理 (admin): leaders' titles, units, task forces, industry chains. */
export function CoordinationPage() {
  const { t } = useTranslation();
  return (
    <div className="mx-auto flex w-full max-w-6xl flex-col gap-4 p-3 sm:p-4">
      <div>
        <h1 className="text-lg font-semibold text-slate-900">{t('leaders.admin.title')}</h1>
        <p className="text-xs text-slate-500">{t('leaders.admin.deactivateHint')}</p>
      </div>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <LeadersAdmin />
        <UnitsAdmin />
      </div>
      <TaskForcesAdmin />
      <ChainsAdmin />
    </div>
  );
}

/** A one-field edit beside a row (a leader's title, a unit's name), checked with the server's field schema. */
function InlineEdit({
  value,
  label,
  field,
  onSave,
}: {
  value: string;
  label: string;
  field: z.ZodType<string, string>;
  onSave: (v: string) => Promise<unknown>;
}) {
  const [editing, setEditing] = useState(false);
  const { t } = useTranslation();
  const { saved, refresh } = useAdminSaved();
  const form = useForm<{ value: string }>({ resolver: zodResolver(z.object({ value: field })) });
  const { errors, isSubmitting } = form.formState;
  const submit = useFormSubmit(form, { inline: true, onConflict: refresh })(async (v) => {
    await onSave(v.value);
    await saved();
    setEditing(false);
  });
  if (!editing)
    return (
      <button
        type="button"
        className="text-xs text-brand-600 hover:underline"
        onClick={() => (form.reset({ value }), setEditing(true))}
      >
        {label}
      </button>
    );
  const error = errors.value?.message ?? errors.root?.server?.message;
  return (
    <form className="flex flex-wrap items-center gap-1" noValidate onSubmit={(e) => void submit(e)}>
      <input
        aria-label={label}
        className={`${inputClass} !w-40`}
        aria-invalid={!!error}
        {...form.register('value')}
      />
      <Button type="submit" variant="primary" disabled={isSubmitting}>
        {t('common.save')}
      </Button>
      <Button variant="ghost" onClick={() => setEditing(false)}>
        {t('common.cancel')}
      </Button>
      {error && <span className="w-full text-xs text-red-600">{error}</span>}
    </form>
  );
}

function LeadersAdmin() {
  const { t } = useTranslation();
  const leaders = useQuery(trpc.leaders.list.queryOptions());
  const setTitle = useMutation(trpc.coordination.setLeaderTitle.mutationOptions());
  return (
    <Section title={t('leaders.admin.leaders')}>
      {!leaders.data ? (
        <Loading />
      ) : (
        <table className="w-full text-sm">
          <thead className="text-left text-xs text-slate-500">
            <tr>
              <th className="py-1 font-medium">{t('leaders.leaders.leader')}</th>
              <th className="py-1 font-medium">{t('leaders.admin.leaderTitle')}</th>
              <th className="py-1 text-right font-medium">{t('leaders.admin.load')}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {leaders.data.map((l) => (
              <tr key={l.id}>
                <td className="py-1.5 font-medium text-slate-900" data-user-text="">
                  {l.displayName}
                </td>
                <td className="py-1.5">
                  <span className="mr-2 text-slate-700" data-user-text="">
                    {l.title}
                  </span>
                  <InlineEdit
                    value={l.title ?? ''}
                    label={t('leaders.admin.editTitle')}
                    field={leaderTitleInput.shape.title}
                    onSave={(title) => setTitle.mutateAsync({ id: l.id, version: l.version, title })}
                  />
                </td>
                <td className="py-1.5 text-right tabular-nums text-slate-700">
                  {l.projects}{' '}
                  <span className="text-xs text-slate-400">
                    {t('punct.open')}
                    {t('leaders.admin.primaries')} {l.primaries}
                    {t('punct.close')}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}

function UnitsAdmin() {
  const { t } = useTranslation();
  const units = useQuery(trpc.coordination.units.queryOptions());
  const create = useMutation(trpc.coordination.createUnit.mutationOptions());
  const rename = useMutation(trpc.coordination.renameUnit.mutationOptions());
  const setActive = useMutation(trpc.coordination.setUnitActive.mutationOptions());
  const act = useAdminAction();
  const { saved, refresh } = useAdminSaved();
  const form = useForm<UnitInput>({ resolver: zodResolver(unitInput), defaultValues: { name: '' } });
  const { errors, isSubmitting } = form.formState;
  const submit = useFormSubmit(form, { onConflict: refresh })(async (values) => {
    await create.mutateAsync(values);
    form.reset({ name: '' });
    await saved();
  });
  return (
    <Section title={t('leaders.admin.units')}>
      <form className="mb-3 flex items-start gap-2" noValidate onSubmit={(e) => void submit(e)}>
        <Field label={t('leaders.admin.unitName')} error={errors.name?.message} className="flex-1">
          {(p) => <input {...p} className={inputClass} {...form.register('name')} />}
        </Field>
        <Button type="submit" variant="primary" className="mt-6" disabled={isSubmitting}>
          {t('leaders.admin.addUnit')}
        </Button>
      </form>
      {!units.data ? (
        <Loading />
      ) : (
        <ul className="divide-y divide-slate-100 text-sm" data-testid="units">
          {units.data.map((u) => (
            <li key={u.id} className="flex flex-wrap items-center justify-between gap-2 py-1.5">
              <span className={u.active ? 'text-slate-900' : 'text-slate-400 line-through'}>
                <UserText>{u.name}</UserText>
                <span className="ml-2 text-xs text-slate-400">
                  {t('leaders.admin.people')} {u.people} · {t('leaders.admin.projects')} {u.projects}
                </span>
              </span>
              <span className="flex items-center gap-2">
                {!u.active && <Badge>{t('leaders.admin.inactive')}</Badge>}
                <InlineEdit
                  value={u.name}
                  label={t('leaders.admin.rename')}
                  field={renameUnitInput.shape.name}
                  onSave={(name) => rename.mutateAsync({ id: u.id, version: u.version, name })}
                />
                <button
                  type="button"
                  className="text-xs text-slate-500 hover:underline"
                  onClick={() =>
                    void act(() => setActive.mutateAsync({ id: u.id, version: u.version, active: !u.active }))
                  }
                >
                  {u.active ? t('leaders.admin.deactivate') : t('leaders.admin.activate')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
