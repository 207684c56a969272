import { useQuery } from '@tanstack/react-query';
import { type ComponentType, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FUNNEL_STAGES, type FunnelStage } from '../../../shared/domain/stages';
import type { BoardFilter } from '../../../shared/schemas/project';
import { LoadError, Loading } from '../../components/ui/states';
import { useFormat } from '../../lib/format';
import { trpc } from '../../lib/trpc';
import type { Lane } from './types';

/** Cards a cell shows before 展开. */
const CELL_SHOWN = 12;

type LaneCard = Lane['cells'][number]['cards'][number];
export interface LaneDnd {
  /** The board's card (draggable, with its 移至 menu): cards move through the board's one move path. */
  renderCard: (card: LaneCard) => ReactNode;
  /** The board's drop target for a cell: a drop there moves the card to the cell's stage. */
  Cell: ComponentType<{ id: string; stage: FunnelStage; label: string; children: ReactNode }>;
}

/** The board in swimlanes by primary leader: one row per leader, one cell per stage; cells take drops. */
export function LeaderLanes({ filter, renderCard, Cell }: { filter: BoardFilter } & LaneDnd) {
  const { t } = useTranslation();
  const lanes = useQuery({ ...trpc.leaders.lanes.queryOptions(filter), placeholderData: (prev) => prev });
  if (lanes.isPending) return <Loading />;
  if (lanes.isError) return <LoadError message={lanes.error.message} onRetry={() => void lanes.refetch()} />;
  return (
    <div className="min-h-0 flex-1 overflow-auto" data-testid="lanes">
      <div className="grid min-w-[72rem] grid-cols-[9rem_repeat(5,minmax(0,1fr))] gap-1.5">
        <div />
        {FUNNEL_STAGES.map((s) => (
          <div key={s} className="px-2 text-sm font-semibold text-slate-700">
            {t(`stage.${s}`)}
          </div>
        ))}
        {lanes.data.map((lane) => (
          <LaneRow key={lane.leader?.id ?? 'none'} lane={lane} renderCard={renderCard} Cell={Cell} />
        ))}
      </div>
    </div>
  );
}

function LaneRow({ lane, renderCard, Cell }: { lane: Lane } & LaneDnd) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const name = lane.leader?.displayName ?? t('leaders.lanes.noLeader');
  return (
    <>
      <div className="rounded-md bg-white p-2 text-sm" data-testid="lane">
        <p
          className={`font-semibold ${lane.leader ? 'text-slate-900' : 'text-red-700'}`}
          data-user-text={lane.leader ? '' : undefined}
        >
          {name}
        </p>
        {lane.leader?.title && (
          <p className="text-xs text-slate-500" data-user-text="">
            {lane.leader.title}
          </p>
        )}
        <p className="mt-1 text-xs text-slate-500">
          {t('leaders.lanes.total', { count: lane.count, amount: fmt.money(lane.amount) })}
        </p>
      </div>
      {lane.cells.map((cell) => (
        <Cell
          key={cell.stage}
          id={`lane-${lane.leader?.id ?? 'none'}-${cell.stage}`}
          stage={cell.stage}
          label={`${name} · ${t(`stage.${cell.stage}`)}`}
        >
          <LaneCell cards={cell.cards} renderCard={renderCard} />
        </Cell>
      ))}
    </>
  );
}

/** A cell's cards: the first few, and all of them after 展开 (a button, so the keyboard reaches it). */
function LaneCell({ cards, renderCard }: { cards: LaneCard[]; renderCard: LaneDnd['renderCard'] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const shown = open ? cards : cards.slice(0, CELL_SHOWN);
  return (
    <>
      {shown.map((c) => (
        <div key={c.id}>{renderCard(c)}</div>
      ))}
      {cards.length > CELL_SHOWN && (
        <button
          type="button"
          aria-expanded={open}
          className="rounded px-1 py-0.5 text-left text-xs text-brand-700 hover:bg-white hover:underline focus-visible:outline-2 focus-visible:outline-brand-600"
          onClick={() => setOpen((o) => !o)}
        >
          {open ? t('leaders.lanes.less') : t('leaders.lanes.more', { count: cards.length - CELL_SHOWN })}
        </button>
      )}
    </>
  );
}
