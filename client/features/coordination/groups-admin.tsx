import { zodResolver } from '@hookform/resolvers/zod';
import { UserText } from '../../components/ui/user-text';
import { useMutation, useQuery } from '@tanstack/react-query';
import { type ComponentProps, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { INDUSTRIES } from '../../../shared/domain/catalog';
import {
  type ChainInput,
  chainInput,
  type TaskForceInput,
  taskForceInput,
} from '../../../shared/schemas/coordination';
import { Badge } from '../../components/ui/badge';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { Field, inputClass } from '../../components/ui/field';
import { FormButtons } from '../../components/ui/form-buttons';
import { Section } from '../../components/ui/section';
import { Loading } from '../../components/ui/states';
import { toNumberOrNull } from '../../lib/form-values';
import { trpc } from '../../lib/trpc';
import type { RouterOutputs } from '../../lib/trpc';
import { useDirectory } from '../../lib/use-directory';
import { useFormSubmit } from '../../lib/use-form-submit';
import { useAdminAction, useAdminSaved } from './use-admin-mutation';

type Out = RouterOutputs['coordination'];
type TaskForce = Out['taskForces'][number];
type Chain = Out['chains'][number];

export function TaskForcesAdmin() {
  const { t } = useTranslation();
  const list = useQuery(trpc.coordination.taskForces.queryOptions());
  const setActive = useMutation(trpc.coordination.setTaskForceActive.mutationOptions());
  const act = useAdminAction();
  const [editing, setEditing] = useState<TaskForce | 'new' | null>(null);
  return (
    <Section
      title={t('leaders.admin.taskForces')}
      actions={<Button onClick={() => setEditing('new')}>{t('leaders.admin.addTaskForce')}</Button>}
    >
      {!list.data ? (
        <Loading />
      ) : (
        <ul className="grid grid-cols-1 gap-2 md:grid-cols-2" data-testid="task-forces">
          {list.data.map((tf) => (
            <li
              key={tf.id}
              className={`rounded-md border border-slate-200 p-3 text-sm ${tf.active ? '' : 'opacity-60'}`}
            >
              <div className="flex items-start justify-between gap-2">
                <div>
                  <p className="font-semibold text-slate-900">
                    <UserText>{tf.name}</UserText>{' '}
                    {!tf.active && <Badge>{t('leaders.admin.inactive')}</Badge>}
                  </p>
                  <p className="text-xs text-slate-500">
                    {t('leaders.admin.lead')} <UserText>{tf.leadLeaderName}</UserText> ·{' '}
                    {t('leaders.admin.projects')} {tf.projects}
                  </p>
                </div>
                <RowActions
                  className="shrink-0"
                  active={tf.active}
                  onEdit={() => setEditing(tf)}
                  onToggle={() =>
                    void act(() =>
                      setActive.mutateAsync({ id: tf.id, version: tf.version, active: !tf.active }),
                    )
                  }
                />
              </div>
              {tf.description && (
                <p className="mt-1 text-xs text-slate-600" data-user-text="">
                  {tf.description}
                </p>
              )}
              <p className="mt-1 text-xs text-slate-500">
                {t('leaders.admin.members')}
                {t('punct.colon')}
                {tf.members.length ? (
                  <UserText>{tf.members.map((m) => m.displayName).join(t('punct.list'))}</UserText>
                ) : (
                  t('common.none')
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
      {editing && (
        <TaskForceDialog tf={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </Section>
  );
}

function TaskForceDialog({ tf, onClose }: { tf: TaskForce | null; onClose: () => void }) {
  const { t } = useTranslation();
  const dir = useDirectory();
  const create = useMutation(trpc.coordination.createTaskForce.mutationOptions());
  const update = useMutation(trpc.coordination.updateTaskForce.mutationOptions());
  const { saved, refresh } = useAdminSaved();
  const form = useForm<TaskForceInput, unknown, z.output<typeof taskForceInput>>({
    resolver: zodResolver(taskForceInput),
    defaultValues: {
      name: tf?.name ?? '',
      leadLeaderId: tf?.leadLeaderId,
      description: tf?.description ?? '',
      memberIds: tf?.members.map((m) => m.id) ?? [],
    },
  });
  const { errors, isSubmitting } = form.formState;
  const members = useWatch({ control: form.control, name: 'memberIds' }) ?? [];
  const submit = useFormSubmit(form, { onConflict: () => refresh().then(onClose) })(async (input) => {
    await (tf ? update.mutateAsync({ ...input, id: tf.id, version: tf.version }) : create.mutateAsync(input));
    await saved();
    onClose();
  });
  return (
    <Dialog
      open
      onClose={onClose}
      title={tf ? t('leaders.admin.editTaskForce') : t('leaders.admin.addTaskForce')}
    >
      <form className="flex flex-col gap-3" noValidate onSubmit={(e) => void submit(e)}>
        <Field label={t('leaders.admin.tfName')} error={errors.name?.message} required>
          {(p) => <input {...p} className={inputClass} {...form.register('name')} />}
        </Field>
        <Field label={t('leaders.admin.lead')} error={errors.leadLeaderId?.message} required>
          {(p) => (
            <LeaderSelect
              {...p}
              leaders={dir.leaders}
              empty={t('common.select')}
              {...form.register('leadLeaderId', { setValueAs: toNumberOrNull })}
            />
          )}
        </Field>
        <Field label={t('leaders.admin.description')} error={errors.description?.message}>
          {(p) => <input {...p} className={inputClass} {...form.register('description')} />}
        </Field>
        <fieldset>
          <legend className="text-sm font-medium text-slate-700">{t('leaders.admin.members')}</legend>
          <div className="mt-1 grid max-h-40 grid-cols-2 gap-1 overflow-y-auto sm:grid-cols-3">
            {dir.officers.map((u) => (
              <label key={u.id} className="flex items-center gap-1.5 text-sm">
                <input
                  type="checkbox"
                  checked={members.includes(u.id)}
                  onChange={(e) =>
                    form.setValue(
                      'memberIds',
                      e.target.checked ? [...members, u.id] : members.filter((x) => x !== u.id),
                    )
                  }
                />
                <UserText>{u.displayName}</UserText>
              </label>
            ))}
          </div>
          <FieldMessage message={errors.memberIds?.message} />
        </fieldset>
        <FormButtons label={t('common.save')} pending={isSubmitting} onCancel={onClose} className="" />
      </form>
    </Dialog>
  );
}

export function ChainsAdmin() {
  const { t } = useTranslation();
  const list = useQuery(trpc.coordination.chains.queryOptions());
  const setActive = useMutation(trpc.coordination.setChainActive.mutationOptions());
  const act = useAdminAction();
  const [editing, setEditing] = useState<Chain | 'new' | null>(null);
  return (
    <Section
      title={t('leaders.admin.chains')}
      actions={<Button onClick={() => setEditing('new')}>{t('leaders.admin.addChain')}</Button>}
    >
      {!list.data ? (
        <Loading />
      ) : (
        <ul className="grid grid-cols-1 gap-2 sm:grid-cols-2 lg:grid-cols-4" data-testid="chains">
          {list.data.map((c) => (
            <li
              key={c.id}
              className={`rounded-md border border-slate-200 p-2.5 text-sm ${c.active ? '' : 'opacity-60'}`}
            >
              <p className="font-semibold text-slate-900" data-user-text="">
                {c.name}
              </p>
              <p className="text-xs text-slate-500">
                {t('leaders.admin.chainLeader')}{' '}
                {c.chainLeaderName ? <UserText>{c.chainLeaderName}</UserText> : t('common.none')}
              </p>
              <div className="mt-1 flex flex-wrap gap-1">
                {c.industries.map((i) => (
                  <Badge key={i}>{t(`industry.${i}`)}</Badge>
                ))}
                {!c.active && <Badge tone="amber">{t('leaders.admin.inactive')}</Badge>}
              </div>
              <RowActions
                className="mt-1"
                active={c.active}
                onEdit={() => setEditing(c)}
                onToggle={() =>
                  void act(() => setActive.mutateAsync({ id: c.id, version: c.version, active: !c.active }))
                }
              />
            </li>
          ))}
        </ul>
      )}
      {editing && <ChainDialog chain={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Section>
  );
}

function ChainDialog({ chain, onClose }: { chain: Chain | null; onClose: () => void }) {
  const { t } = useTranslation();
  const dir = useDirectory();
  const create = useMutation(trpc.coordination.createChain.mutationOptions());
  const update = useMutation(trpc.coordination.updateChain.mutationOptions());
  const { saved, refresh } = useAdminSaved();
  const form = useForm<ChainInput>({
    resolver: zodResolver(chainInput),
    defaultValues: {
      name: chain?.name ?? '',
      chainLeaderId: chain?.chainLeaderId ?? null,
      industries: chain?.industries ?? [],
    },
  });
  const { errors, isSubmitting } = form.formState;
  const submit = useFormSubmit(form, { onConflict: () => refresh().then(onClose) })(async (input) => {
    await (chain
      ? update.mutateAsync({ ...input, id: chain.id, version: chain.version })
      : create.mutateAsync(input));
    await saved();
    onClose();
  });
  return (
    <Dialog open onClose={onClose} title={chain ? t('leaders.admin.editChain') : t('leaders.admin.addChain')}>
      <form className="flex flex-col gap-3" noValidate onSubmit={(e) => void submit(e)}>
        <Field label={t('leaders.admin.chainName')} error={errors.name?.message} required>
          {(p) => <input {...p} className={inputClass} {...form.register('name')} />}
        </Field>
        <Field label={t('leaders.admin.chainLeader')} error={errors.chainLeaderId?.message}>
          {(p) => (
            <LeaderSelect
              {...p}
              leaders={dir.leaders}
              empty={t('common.none')}
              {...form.register('chainLeaderId', { setValueAs: toNumberOrNull })}
            />
          )}
        </Field>
        <fieldset>
          <legend className="text-sm font-medium text-slate-700">{t('leaders.admin.industries')}</legend>
          <div className="mt-1 grid grid-cols-2 gap-1">
            {INDUSTRIES.map((i) => (
              <label key={i} className="flex items-center gap-1.5 text-sm">
                <input type="checkbox" value={i} {...form.register('industries')} />
                {t(`industry.${i}`)}
              </label>
            ))}
          </div>
          <FieldMessage message={errors.industries?.message ?? errors.industries?.root?.message} />
        </fieldset>
        <FormButtons label={t('common.save')} pending={isSubmitting} onCancel={onClose} className="" />
      </form>
    </Dialog>
  );
}

function FieldMessage({ message }: { message: string | undefined }) {
  return message ? <p className="text-xs text-red-600">{message}</p> : null;
}

/** 修改 and 停用/启用 beside a task force or a chain. */
function RowActions({
  active,
  onEdit,
  onToggle,
  className,
}: {
  active: boolean;
  onEdit: () => void;
  onToggle: () => void;
  className: string;
}) {
  const { t } = useTranslation();
  return (
    <span className={`flex gap-2 text-xs ${className}`}>
      <button type="button" className="text-brand-600 hover:underline" onClick={onEdit}>
        {t('common.edit')}
      </button>
      <button type="button" className="text-slate-500 hover:underline" onClick={onToggle}>
        {active ? t('leaders.admin.deactivate') : t('leaders.admin.activate')}
      </button>
    </span>
  );
}

/** A choice among the district leaders; the empty option says what no choice means. */
function LeaderSelect({
  leaders,
  empty,
  ...props
}: {
  leaders: { id: number; displayName: string }[];
  empty: string;
} & ComponentProps<'select'>) {
  return (
    <select {...props} className={inputClass}>
      <option value="">{empty}</option>
      {leaders.map((l) => (
        <option key={l.id} value={l.id} data-user-text="">
          {l.displayName}
        </option>
      ))}
    </select>
  );
}
