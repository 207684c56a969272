import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/ui/badge';
import { inputClass } from '../../components/ui/field';
import { trpc } from '../../lib/trpc';

const selectClass = `${inputClass} !w-auto`;

/** The board's leader and task-force filters and the swimlane toggle; values live in the board's URL. */
export function LeaderBoardFilters({
  leaderId,
  taskForceId,
  lanes,
  onChange,
}: {
  leaderId: number | undefined;
  taskForceId: number | undefined;
  lanes: boolean;
  onChange: (key: 'leader' | 'taskForce' | 'lanes', value: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const leaders = useQuery(trpc.leaders.list.queryOptions());
  const taskForces = useQuery(trpc.leaders.taskForceOptions.queryOptions());
  return (
    <>
      <select
        aria-label={t('leaders.leaders.leader')}
        className={selectClass}
        value={leaderId ?? ''}
        onChange={(e) => onChange('leader', e.target.value || undefined)}
      >
        <option value="">{t('leaders.filters.allLeaders')}</option>
        {(leaders.data ?? []).map((l) => (
          <option key={l.id} value={l.id} data-user-text="">
            {l.displayName}
          </option>
        ))}
      </select>
      <select
        aria-label={t('leaders.leaders.taskForce')}
        className={selectClass}
        value={taskForceId ?? ''}
        onChange={(e) => onChange('taskForce', e.target.value || undefined)}
      >
        <option value="">{t('leaders.filters.allTaskForces')}</option>
        {(taskForces.data ?? []).map((tf) => (
          <option key={tf.id} value={tf.id} data-user-text="">
            {tf.name}
          </option>
        ))}
      </select>
      <label className="flex items-center gap-1.5 text-sm text-slate-700">
        <input
          type="checkbox"
          checked={lanes}
          onChange={(e) => onChange('lanes', e.target.checked ? '1' : undefined)}
        />
        {t('leaders.lanes.toggle')}
      </label>
    </>
  );
}

/** 未落实包保 on a card: a major project at 引进 or later without a primary leader. */
export function NoPrimaryBadge() {
  const { t } = useTranslation();
  return <Badge tone="red">{t('leaders.noPrimary')}</Badge>;
}
