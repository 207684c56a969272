import { zodResolver } from '@hookform/resolvers/zod';
import { withUserText } from '../../components/ui/user-text';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toast } from '../../lib/toast';
import type { z } from 'zod';
import { assignLeaderInput } from '../../../shared/schemas/leaders';
import { Badge } from '../../components/ui/badge';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { Field, inputClass } from '../../components/ui/field';
import { FormAlert } from '../../components/ui/form-alert';
import { FormButtons } from '../../components/ui/form-buttons';
import { Section } from '../../components/ui/section';
import { Empty, Loading } from '../../components/ui/states';
import { useFormat } from '../../lib/format';
import { toNumberOrNull } from '../../lib/form-values';
import { useCan } from '../../lib/permissions';
import { trpc } from '../../lib/trpc';
import { useFormSubmit, useSaveAction } from '../../lib/use-form-submit';
import { useInvalidateCoordination } from '../../lib/use-invalidate-coordination';
import type { Leadership } from './types';

const assignForm = assignLeaderInput.pick({ leaderId: true, role: true });

/**
 * 包保领导 / 专班 on the project page: who leads it now, its task force, and the full history. The
 * controls follow the shared model with the person's `rel` to the project: the primary leader is the
 * admin's, co-leaders and the task force also the project's leaders'.
 */
export function LeadersSection({ projectId, flagged }: { projectId: number; flagged: boolean }) {
  const { t } = useTranslation();
  const can = useCan();
  const fmt = useFormat();
  const data = useQuery(trpc.leaders.forProject.queryOptions({ projectId }));
  const invalidate = useInvalidateCoordination();
  const end = useMutation(trpc.leaders.end.mutationOptions());
  const [assigning, setAssigning] = useState(false);
  const l = data.data;
  const rel = l?.rel ?? 0;
  const act = useSaveAction();
  const endOne = async (a: Leadership['co'][number]) => {
    if (!window.confirm(t('leaders.leaders.confirmEnd', { name: a.leaderName }))) return;
    if (await act(() => end.mutateAsync({ assignmentId: a.id }))) toast.success(t('leaders.leaders.ended'));
    await invalidate();
  };
  return (
    <Section
      title={t('leaders.leaders.section')}
      actions={
        can('leader.assignCo', rel) && (
          <Button onClick={() => setAssigning(true)}>{t('leaders.leaders.assign')}</Button>
        )
      }
    >
      {!l ? (
        <Loading />
      ) : (
        <div className="flex flex-col gap-3 text-sm" data-testid="leaders-section">
          <dl className="grid grid-cols-[6rem_1fr] gap-x-3 gap-y-2">
            <dt className="text-slate-500">{t('leaders.leaders.primary')}</dt>
            <dd>
              {l.primary ? (
                <LeaderLine
                  a={l.primary}
                  onEnd={can('leader.assignPrimary', rel) ? () => void endOne(l.primary!) : undefined}
                />
              ) : (
                <span className="flex items-center gap-2 text-slate-400">
                  {t('leaders.leaders.none')}
                  {flagged && <Badge tone="red">{t('leaders.noPrimary')}</Badge>}
                </span>
              )}
            </dd>
            <dt className="text-slate-500">{t('leaders.leaders.co')}</dt>
            <dd className="flex flex-col gap-1">
              {l.co.length ? (
                l.co.map((a) => (
                  <LeaderLine
                    key={a.id}
                    a={a}
                    onEnd={can('leader.assignCo', rel) ? () => void endOne(a) : undefined}
                  />
                ))
              ) : (
                <span className="text-slate-400">{t('leaders.leaders.none')}</span>
              )}
            </dd>
            <dt className="text-slate-500">{t('leaders.leaders.taskForce')}</dt>
            <dd>
              {can('taskForce.set', rel) ? (
                <TaskForcePicker projectId={projectId} current={l.taskForce?.id ?? null} />
              ) : (
                (l.taskForce?.name ?? (
                  <span className="text-slate-400">{t('leaders.leaders.noTaskForce')}</span>
                ))
              )}
            </dd>
          </dl>
          <div>
            <h3 className="mb-1 text-xs font-semibold text-slate-600">{t('leaders.leaders.history')}</h3>
            {l.history.length === 0 ? (
              <Empty>{t('leaders.leaders.noHistory')}</Empty>
            ) : (
              <ol className="space-y-1 text-xs text-slate-600" data-testid="leader-history">
                {l.history.map((h) => (
                  <li key={h.id} className={h.endedAt ? 'text-slate-400' : ''}>
                    <span className="font-medium text-slate-700" data-user-text="">
                      {h.leaderName}
                    </span>{' '}
                    · {t(`leaders.role.${h.role}`)} ·{' '}
                    {h.endedAt
                      ? t('leaders.leaders.periodEnded', {
                          from: fmt.date(h.assignedAt),
                          to: fmt.date(h.endedAt),
                        })
                      : t('leaders.leaders.period', { from: fmt.date(h.assignedAt) })}{' '}
                    · {withUserText((name) => t('leaders.leaders.by', { name }), h.assignedByName)}
                  </li>
                ))}
              </ol>
            )}
          </div>
        </div>
      )}
      {assigning && l && (
        <AssignDialog
          projectId={projectId}
          leadership={l}
          primaryAllowed={can('leader.assignPrimary', rel)}
          onClose={() => setAssigning(false)}
        />
      )}
    </Section>
  );
}

function LeaderLine({ a, onEnd }: { a: Leadership['co'][number]; onEnd?: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <span className="flex flex-wrap items-center gap-x-2">
      <span className="font-medium text-slate-900" data-user-text="">
        {a.leaderName}
      </span>
      {a.leaderTitle && (
        <span className="text-xs text-slate-500" data-user-text="">
          {a.leaderTitle}
        </span>
      )}
      <span className="text-xs text-slate-400">
        {t('leaders.leaders.period', { from: fmt.date(a.assignedAt) })}
      </span>
      {onEnd && (
        <button type="button" className="text-xs text-brand-600 hover:underline" onClick={onEnd}>
          {t('leaders.leaders.end')}
        </button>
      )}
    </span>
  );
}

function TaskForcePicker({ projectId, current }: { projectId: number; current: number | null }) {
  const { t } = useTranslation();
  const options = useQuery(trpc.leaders.taskForceOptions.queryOptions());
  const set = useMutation(trpc.leaders.setTaskForce.mutationOptions());
  const invalidate = useInvalidateCoordination();
  const act = useSaveAction();
  return (
    <select
      aria-label={t('leaders.leaders.setTaskForce')}
      className={`${inputClass} !w-auto max-w-full`}
      value={current ?? ''}
      disabled={set.isPending}
      onChange={(e) => {
        const taskForceId = e.target.value ? Number(e.target.value) : null;
        void act(async () => {
          await set.mutateAsync({ projectId, taskForceId });
          toast.success(t('leaders.leaders.taskForceSaved'));
        }).then(invalidate);
      }}
    >
      <option value="">{t('leaders.leaders.noTaskForce')}</option>
      {(options.data ?? []).map((o) => (
        <option key={o.id} value={o.id} data-user-text="">
          {o.name}
        </option>
      ))}
    </select>
  );
}

function AssignDialog({
  projectId,
  leadership,
  primaryAllowed,
  onClose,
}: {
  projectId: number;
  leadership: Leadership;
  /** 主包 is offered only to those the model lets assign it (admins). */
  primaryAllowed: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const leaders = useQuery(trpc.leaders.list.queryOptions());
  const assign = useMutation(trpc.leaders.assign.mutationOptions());
  const invalidate = useInvalidateCoordination();
  const form = useForm<z.input<typeof assignForm>>({
    resolver: zodResolver(assignForm),
    defaultValues: { role: leadership.primary || !primaryAllowed ? 'co' : 'primary' },
  });
  const { errors, isSubmitting } = form.formState;
  const role = useWatch({ control: form.control, name: 'role' });
  // The primary this person saw: someone else changing it meanwhile is a CONFLICT, and the dialog reloads.
  const submit = useFormSubmit(form, { inline: true, onConflict: () => invalidate().then(onClose) })(async (
    values,
  ) => {
    await assign.mutateAsync({ projectId, expectedPrimaryId: leadership.primary?.id ?? null, ...values });
    toast.success(t('leaders.leaders.assigned'));
    await invalidate();
    onClose();
  });
  return (
    <Dialog open onClose={onClose} title={t('leaders.leaders.assignTitle')}>
      <form className="flex flex-col gap-3" noValidate onSubmit={(e) => void submit(e)}>
        <Field label={t('leaders.leaders.leader')} error={errors.leaderId?.message} required>
          {(p) => (
            <select
              {...p}
              className={inputClass}
              {...form.register('leaderId', { setValueAs: toNumberOrNull })}
            >
              <option value="">{t('common.select')}</option>
              {(leaders.data ?? [])
                .filter((l) => l.active)
                .map((l) => (
                  <option key={l.id} value={l.id}>
                    {l.displayName}
                    {l.title ? `${t('punct.open')}${l.title}${t('punct.close')}` : ''} · {l.projects}
                  </option>
                ))}
            </select>
          )}
        </Field>
        <Field label={t('leaders.leaders.role')} error={errors.role?.message}>
          {(p) => (
            <select {...p} className={inputClass} {...form.register('role')}>
              {primaryAllowed && <option value="primary">{t('leaders.role.primary')}</option>}
              <option value="co">{t('leaders.role.co')}</option>
            </select>
          )}
        </Field>
        {role === 'primary' && leadership.primary && (
          <p className="text-xs text-amber-700">{t('leaders.leaders.replaceHint')}</p>
        )}
        <FormAlert errors={errors} />
        <FormButtons label={t('common.save')} pending={isSubmitting} onCancel={onClose} className="" />
      </form>
    </Dialog>
  );
}
