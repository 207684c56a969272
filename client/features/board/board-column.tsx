import { useDroppable } from '@dnd-kit/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FunnelStage, ProjectState } from '../../../shared/domain/stages';
import type { BoardFilter } from '../../../shared/schemas/project';
import { Empty } from '../../components/ui/states';
import { useFormat } from '../../lib/format';
import { useCan } from '../../lib/permissions';
import { trpc } from '../../lib/trpc';
import type { BoardData, Card } from './board-cache';
import { type CardSelection, ProjectCard } from './project-card';

const STAGE_ACCENT: Record<FunnelStage, string> = {
  negotiating: 'border-t-sky-500',
  introduced: 'border-t-indigo-500',
  landed: 'border-t-amber-500',
  started: 'border-t-orange-600',
  completed: 'border-t-emerald-600',
};

/** Memoised: the board page re-renders when a drag starts or ends; a column only when its own data does. */
export const BoardColumn = memo(function BoardColumn({
  column,
  filter,
  pageSize,
  onMove,
  selection,
}: {
  column: BoardData['columns'][number];
  filter: BoardFilter;
  pageSize: number;
  onMove: (card: Card, to: ProjectState) => void;
  selection?: CardSelection;
}) {
  const { t } = useTranslation();
  const can = useCan();
  const fmt = useFormat();
  const { setNodeRef, isOver } = useDroppable({ id: column.stage });
  const [wantMore, setWantMore] = useState(false);
  // Columns are paged: the board loads 50 cards per column, further pages on request (docs/decisions/001).
  const more = useInfiniteQuery(
    trpc.board.column.infiniteQueryOptions(
      { ...filter, stage: column.stage, limit: pageSize },
      { initialCursor: pageSize, getNextPageParam: (last) => last.nextCursor, enabled: wantMore },
    ),
  );
  const extra = wantMore ? (more.data?.pages.flatMap((p) => p.cards) ?? []) : [];
  const shown = column.cards.length + extra.length;
  const remaining = column.count - shown;

  return (
    <section
      ref={setNodeRef}
      data-testid={`column-${column.stage}`}
      aria-label={t(`stage.${column.stage}`)}
      className={`relative flex min-h-0 min-w-64 flex-1 flex-col rounded-lg border-t-4 bg-slate-100 ${STAGE_ACCENT[column.stage]}`}
    >
      {/* The drop highlight is its own layer that only fades in and out: no repaint of 50 cards at every column crossing. */}
      <div
        aria-hidden
        className={`pointer-events-none absolute inset-0 z-10 rounded-lg ring-2 ring-brand-600/50 will-change-[opacity] ${isOver ? 'opacity-100' : 'opacity-0'}`}
      />
      <header className="flex items-baseline justify-between px-3 pb-2 pt-2.5">
        <h2 className="text-sm font-semibold text-slate-800">{t(`stage.${column.stage}`)}</h2>
        <span className="text-xs text-slate-500" data-testid="column-total">
          <span data-testid="column-count" className="font-semibold text-slate-700">
            {column.count}
          </span>{' '}
          · {fmt.money(column.amount)}
        </span>
      </header>
      <div className="flex min-h-24 flex-1 flex-col gap-2 overflow-y-auto px-2 pb-2">
        {column.count === 0 && <Empty>{t('board.emptyColumn')}</Empty>}
        {[...column.cards, ...extra].map((card) => (
          <ProjectCard
            key={card.id}
            card={card}
            onMove={onMove}
            canMove={can('project.move', card.rel)}
            selected={selection?.selected.has(card.id)}
            onToggle={selection?.toggle}
          />
        ))}
        {remaining > 0 && (
          <button
            type="button"
            className="rounded-md py-1.5 text-xs text-slate-500 hover:bg-slate-200 disabled:opacity-50"
            disabled={more.isFetching}
            onClick={() => (wantMore ? void more.fetchNextPage() : setWantMore(true))}
          >
            {more.isFetching ? t('common.loading') : t('board.loadMore', { count: remaining })}
          </button>
        )}
      </div>
    </section>
  );
});
