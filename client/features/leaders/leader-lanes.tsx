import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FUNNEL_STAGES } from '../../../shared/domain/stages';
import type { BoardFilter } from '../../../shared/schemas/project';
import { Badge } from '../../components/ui/badge';
import { LoadError, Loading } from '../../components/ui/states';
import { useFormat } from '../../lib/format';
import { trpc } from '../../lib/trpc';
import type { Lane } from './types';

/** The board in swimlanes by primary leader: one row per leader, one cell per stage. Read-only. */
export function LeaderLanes({ filter }: { filter: BoardFilter }) {
  const { t } = useTranslation();
  const lanes = useQuery({ ...trpc.leaders.lanes.queryOptions(filter), placeholderData: (prev) => prev });
  if (lanes.isPending) return <Loading />;
  if (lanes.isError) return <LoadError message={lanes.error.message} onRetry={() => void lanes.refetch()} />;
  return (
    <div className="min-h-0 flex-1 overflow-auto" data-testid="lanes">
      <div className="grid min-w-[64rem] grid-cols-[9rem_repeat(5,minmax(0,1fr))] gap-1.5">
        <div />
        {FUNNEL_STAGES.map((s) => (
          <div key={s} className="px-2 text-sm font-semibold text-slate-700">
            {t(`stage.${s}`)}
          </div>
        ))}
        {lanes.data.map((lane) => (
          <LaneRow key={lane.leader?.id ?? 'none'} lane={lane} />
        ))}
      </div>
    </div>
  );
}

function LaneRow({ lane }: { lane: Lane }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <>
      <div className="rounded-md bg-white p-2 text-sm" data-testid="lane">
        <p className={`font-semibold ${lane.leader ? 'text-slate-900' : 'text-red-700'}`}>
          {lane.leader?.displayName ?? t('leaders.lanes.noLeader')}
        </p>
        {lane.leader?.title && <p className="text-xs text-slate-500">{lane.leader.title}</p>}
        <p className="mt-1 text-xs text-slate-500">
          {t('leaders.lanes.total', { count: lane.count, amount: fmt.money(lane.amount) })}
        </p>
      </div>
      {lane.cells.map((cell) => (
        <div key={cell.stage} className="flex flex-col gap-1 rounded-md bg-slate-100 p-1.5">
          {cell.cards.map((c) => (
            <Link
              key={c.id}
              to={`/projects/${c.id}`}
              className={`block rounded border border-slate-200 bg-white px-2 py-1.5 text-xs hover:shadow ${c.stalled ? 'border-l-4 border-l-red-400' : ''}`}
            >
              <span className="line-clamp-2 font-medium text-slate-900">{c.name}</span>
              <span className="mt-0.5 flex flex-wrap items-center gap-1 text-slate-500">
                {fmt.money(c.amount)}
                {c.major && <Badge tone="red">{t('board.major')}</Badge>}
                {c.noPrimaryLeader && <Badge tone="red">{t('leaders.noPrimary')}</Badge>}
              </span>
            </Link>
          ))}
          {cell.count > cell.cards.length && (
            <span className="px-1 text-xs text-slate-500">
              {t('leaders.lanes.more', { count: cell.count - cell.cards.length })}
            </span>
          )}
        </div>
      ))}
    </>
  );
}
