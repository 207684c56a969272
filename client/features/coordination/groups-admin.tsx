import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INDUSTRIES, type Industry } from '../../../shared/domain/catalog';
import { Badge } from '../../components/ui/badge';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { Field, inputClass } from '../../components/ui/field';
import { Section } from '../../components/ui/section';
import { Loading } from '../../components/ui/states';
import { trpc } from '../../lib/trpc';
import type { RouterOutputs } from '../../lib/trpc';
import { useAdminSave } from './use-admin-mutation';
import { useDirectory } from '../../lib/use-directory';

type Out = RouterOutputs['coordination'];
type TaskForce = Out['taskForces'][number];
type Chain = Out['chains'][number];

export function TaskForcesAdmin() {
  const { t } = useTranslation();
  const list = useQuery(trpc.coordination.taskForces.queryOptions());
  const setActive = useMutation(trpc.coordination.setTaskForceActive.mutationOptions());
  const save = useAdminSave();
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
                    {tf.name} {!tf.active && <Badge>{t('leaders.admin.inactive')}</Badge>}
                  </p>
                  <p className="text-xs text-slate-500">
                    {t('leaders.admin.lead')} {tf.leadLeaderName} · {t('leaders.admin.projects')}{' '}
                    {tf.projects}
                  </p>
                </div>
                <RowActions
                  className="shrink-0"
                  active={tf.active}
                  onEdit={() => setEditing(tf)}
                  onToggle={() =>
                    void save(() =>
                      setActive.mutateAsync({ id: tf.id, version: tf.version, active: !tf.active }),
                    )
                  }
                />
              </div>
              {tf.description && <p className="mt-1 text-xs text-slate-600">{tf.description}</p>}
              <p className="mt-1 text-xs text-slate-500">
                {t('leaders.admin.members')}：
                {tf.members.map((m) => m.displayName).join('、') || t('common.none')}
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
  const save = useAdminSave();
  const [name, setName] = useState(tf?.name ?? '');
  const [lead, setLead] = useState(tf ? String(tf.leadLeaderId) : '');
  const [description, setDescription] = useState(tf?.description ?? '');
  const [members, setMembers] = useState<number[]>(tf?.members.map((m) => m.id) ?? []);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = async () => {
    setErrors({});
    const input = { name, leadLeaderId: Number(lead), description, memberIds: members };
    const ok = await save(
      () =>
        tf ? update.mutateAsync({ ...input, id: tf.id, version: tf.version }) : create.mutateAsync(input),
      setErrors,
    );
    if (ok) onClose();
  };
  return (
    <Dialog
      open
      onClose={onClose}
      title={tf ? t('leaders.admin.editTaskForce') : t('leaders.admin.addTaskForce')}
    >
      <div className="flex flex-col gap-3">
        <Field label={t('leaders.admin.tfName')} error={errors.name} required>
          {(p) => (
            <input {...p} className={inputClass} value={name} onChange={(e) => setName(e.target.value)} />
          )}
        </Field>
        <Field label={t('leaders.admin.lead')} error={errors.leadLeaderId} required>
          {(p) => (
            <LeaderSelect
              {...p}
              leaders={dir.leaders}
              empty={t('common.select')}
              value={lead}
              onChange={setLead}
            />
          )}
        </Field>
        <Field label={t('leaders.admin.description')} error={errors.description}>
          {(p) => (
            <input
              {...p}
              className={inputClass}
              value={description}
              onChange={(e) => setDescription(e.target.value)}
            />
          )}
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
                    setMembers((m) => (e.target.checked ? [...m, u.id] : m.filter((x) => x !== u.id)))
                  }
                />
                {u.displayName}
              </label>
            ))}
          </div>
          {errors.memberIds && <p className="text-xs text-red-600">{errors.memberIds}</p>}
        </fieldset>
        <DialogButtons onCancel={onClose} onSave={() => void submit()} />
      </div>
    </Dialog>
  );
}

export function ChainsAdmin() {
  const { t } = useTranslation();
  const list = useQuery(trpc.coordination.chains.queryOptions());
  const setActive = useMutation(trpc.coordination.setChainActive.mutationOptions());
  const save = useAdminSave();
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
              <p className="font-semibold text-slate-900">{c.name}</p>
              <p className="text-xs text-slate-500">
                {t('leaders.admin.chainLeader')} {c.chainLeaderName ?? t('common.none')}
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
                  void save(() => setActive.mutateAsync({ id: c.id, version: c.version, active: !c.active }))
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
  const save = useAdminSave();
  const [name, setName] = useState(chain?.name ?? '');
  const [leader, setLeader] = useState(chain?.chainLeaderId ? String(chain.chainLeaderId) : '');
  const [industries, setIndustries] = useState<Industry[]>(chain?.industries ?? []);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = async () => {
    setErrors({});
    const input = { name, chainLeaderId: leader ? Number(leader) : null, industries };
    const ok = await save(
      () =>
        chain
          ? update.mutateAsync({ ...input, id: chain.id, version: chain.version })
          : create.mutateAsync(input),
      setErrors,
    );
    if (ok) onClose();
  };
  return (
    <Dialog open onClose={onClose} title={chain ? t('leaders.admin.editChain') : t('leaders.admin.addChain')}>
      <div className="flex flex-col gap-3">
        <Field label={t('leaders.admin.chainName')} error={errors.name} required>
          {(p) => (
            <input {...p} className={inputClass} value={name} onChange={(e) => setName(e.target.value)} />
          )}
        </Field>
        <Field label={t('leaders.admin.chainLeader')} error={errors.chainLeaderId}>
          {(p) => (
            <LeaderSelect
              {...p}
              leaders={dir.leaders}
              empty={t('common.none')}
              value={leader}
              onChange={setLeader}
            />
          )}
        </Field>
        <fieldset>
          <legend className="text-sm font-medium text-slate-700">{t('leaders.admin.industries')}</legend>
          <div className="mt-1 grid grid-cols-2 gap-1">
            {INDUSTRIES.map((i) => (
              <label key={i} className="flex items-center gap-1.5 text-sm">
                <input
                  type="checkbox"
                  checked={industries.includes(i)}
                  onChange={(e) =>
                    setIndustries((s) => (e.target.checked ? [...s, i] : s.filter((x) => x !== i)))
                  }
                />
                {t(`industry.${i}`)}
              </label>
            ))}
          </div>
          {(errors.industries ?? errors['0']) && (
            <p className="text-xs text-red-600">{errors.industries ?? errors['0']}</p>
          )}
        </fieldset>
        <DialogButtons onCancel={onClose} onSave={() => void submit()} />
      </div>
    </Dialog>
  );
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
  value,
  onChange,
  ...props
}: {
  leaders: { id: number; displayName: string }[];
  empty: string;
  value: string;
  onChange: (value: string) => void;
  id: string;
  'aria-invalid': boolean;
  'aria-describedby'?: string;
}) {
  return (
    <select {...props} className={inputClass} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{empty}</option>
      {leaders.map((l) => (
        <option key={l.id} value={l.id}>
          {l.displayName}
        </option>
      ))}
    </select>
  );
}

function DialogButtons({ onCancel, onSave }: { onCancel: () => void; onSave: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="flex justify-end gap-2">
      <Button onClick={onCancel}>{t('common.cancel')}</Button>
      <Button variant="primary" onClick={onSave}>
        {t('common.save')}
      </Button>
    </div>
  );
}
