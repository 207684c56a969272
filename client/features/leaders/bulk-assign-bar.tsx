import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from '../../lib/toast';
import { Button } from '../../components/ui/button';
import { inputClass } from '../../components/ui/field';
import type { Role } from '../../../shared/domain/catalog';
import { type Action, rolesFor } from '../../../shared/domain/permissions';
import { useCan } from '../../lib/permissions';
import { trpc } from '../../lib/trpc';
import { useDirectory } from '../../lib/use-directory';
import { useSaveAction } from '../../lib/use-form-submit';

type Kind = 'leader' | 'taskForce' | 'owner';

/** The action each bulk change needs on every selected project (shared/domain/permissions.ts). */
const ACTION: Record<Kind, Action> = {
  leader: 'leader.assignPrimary',
  taskForce: 'taskForce.set',
  owner: 'project.changeOwner',
};

/**
 * The board's bulk action bar: with cards selected, assign a primary leader (admin), a task force (admin,
 * leading leader) or change owner A (admin, owner A), as the shared model says. All or nothing on the
 * server; a stale card is a CONFLICT, a card the person may not change is counted here first.
 */
export function BulkAssignBar({
  selected,
  role,
  onClear,
}: {
  /** Each selected card with the version seen and the person's relation to it (`rel`). */
  selected: { id: number; version: number; rel: number }[];
  role: Role | undefined;
  onClear: () => void;
}) {
  const can = useCan();
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const dir = useDirectory();
  const taskForces = useQuery(trpc.leaders.taskForceOptions.queryOptions());
  const kinds = (['leader', 'taskForce', 'owner'] as const).filter(
    (k) => role !== undefined && rolesFor(ACTION[k]).includes(role),
  );
  const [kind, setKind] = useState<Kind>(kinds[0] ?? 'owner');
  const [target, setTarget] = useState('');
  const opts = {
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.board.pathKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.leaders.pathKey() }),
      ]),
  };
  // Decision 082: the server refuses the whole batch; the bar says so before the person submits.
  const blocked = selected.filter((p) => !can(ACTION[kind], p.rel)).length;
  const leader = useMutation(trpc.leaders.bulkLeader.mutationOptions(opts));
  const taskForce = useMutation(trpc.leaders.bulkTaskForce.mutationOptions(opts));
  const owner = useMutation(trpc.leaders.bulkOwner.mutationOptions(opts));
  const act = useSaveAction();
  const pending = leader.isPending || taskForce.isPending || owner.isPending;
  if (!kinds.length) return null;

  const projects = selected.map(({ id, version }) => ({ id, version }));
  const apply = () =>
    act(async () => {
      const r =
        kind === 'leader'
          ? await leader.mutateAsync({ projects, leaderId: Number(target) })
          : kind === 'taskForce'
            ? await taskForce.mutateAsync({
                projects,
                taskForceId: target === 'none' ? null : Number(target),
              })
            : await owner.mutateAsync({ projects, ownerAId: Number(target) });
      toast.success(t('leaders.bulk.applied', { count: r.changed }));
      onClear();
    });
  const choices =
    kind === 'leader'
      ? dir.leaders.map((u) => ({
          value: String(u.id),
          label: u.title ? `${u.displayName}${t('punct.open')}${u.title}${t('punct.close')}` : u.displayName,
        }))
      : kind === 'taskForce'
        ? [
            ...(taskForces.data ?? []).map((tf) => ({ value: String(tf.id), label: tf.name })),
            { value: 'none', label: t('leaders.bulk.removeTaskForce') },
          ]
        : dir.officers.map((u) => ({ value: String(u.id), label: u.displayName }));

  return (
    <div
      role="region"
      aria-label={t('leaders.bulk.select')}
      data-testid="bulk-bar"
      className="flex flex-wrap items-center gap-2 rounded-lg border border-brand-600/30 bg-red-50 px-3 py-2 text-sm"
    >
      <span className="font-medium text-brand-700">
        {t('leaders.bulk.selected', { count: selected.length })}
      </span>
      <select
        aria-label={t('leaders.bulk.select')}
        className={`${inputClass} !w-auto`}
        value={kind}
        onChange={(e) => (setKind(e.target.value as Kind), setTarget(''))}
      >
        {kinds.map((k) => (
          <option key={k} value={k}>
            {t(`leaders.bulk.${k}`)}
          </option>
        ))}
      </select>
      <select
        aria-label={t(`leaders.bulk.${kind}`)}
        className={`${inputClass} !w-auto`}
        value={target}
        onChange={(e) => setTarget(e.target.value)}
      >
        <option value="">{t('common.select')}</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value} data-user-text="">
            {c.label}
          </option>
        ))}
      </select>
      <Button
        variant="primary"
        disabled={!selected.length || !target || pending || blocked > 0}
        onClick={() => void apply()}
      >
        {t('leaders.bulk.apply')}
      </Button>
      {blocked > 0 && (
        <span className="text-red-700" data-testid="bulk-blocked">
          {t('leaders.bulk.blocked', { count: blocked })}
        </span>
      )}
      <Button variant="ghost" onClick={onClear} disabled={!selected.length}>
        {t('leaders.bulk.clear')}
      </Button>
    </div>
  );
}
