import {
  type CollisionDetection,
  DndContext,
  type DragEndEvent,
  type DragStartEvent,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { useQuery } from '@tanstack/react-query';
import { Suspense, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Action, rolesFor } from '../../../shared/domain/permissions';
import { isFunnelStage } from '../../../shared/domain/stages';
import { LoadError, Loading } from '../../components/ui/states';
import { useFormat } from '../../lib/format';
import { useCan } from '../../lib/permissions';
import { trpc } from '../../lib/trpc';
import { useMoveFlow } from '../moves';
import { useStableHandler } from '../../lib/use-stable-handler';
import { useDndAccessibility } from '../../lib/dnd-accessibility';
import { Button } from '../../components/ui/button';
import type { Card } from './board-cache';
import { type BoardExtras, BoardExtrasContext } from './board-extras';
import { BoardColumn } from './board-column';
import { BoardFilters } from './board-filters';
import { columnCoordinates } from './keyboard-coordinates';
import { useStageDndNames } from './dnd-names';
import { CardOverlay, ProjectCard } from './project-card';
import { LaneDropCell } from './lane-drop-cell';
import { useBoardFilters } from './use-board-filters';
import { useBoardMove } from './use-board-move';

const PAGE_SIZE = 50;
/** The bulk bar's changes: the select button shows for roles the shared model lets do any of them. */
const BULK_ACTIONS: Action[] = ['leader.assignPrimary', 'taskForce.set', 'project.changeOwner'];

/** Pointer drops go to the column under the pointer; keyboard drops to the column the card overlaps. */
const collision: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  return hits.length ? hits : rectIntersection(args);
};

/** The board; `extras` are the other features' parts, composed by client/app/board-route.tsx. */
export function BoardPage({ extras }: { extras: BoardExtras }) {
  const { Export, Create, BulkBar, Lanes } = extras;
  const { t } = useTranslation();
  const fmt = useFormat();
  const filters = useBoardFilters();
  const board = useQuery({ ...trpc.board.get.queryOptions(filters.filter), placeholderData: (prev) => prev });
  const { move, invalidate } = useBoardMove(filters.filter);
  const flow = useMoveFlow({ move, onReload: () => void invalidate() });
  const [dragging, setDragging] = useState<Card | null>(null);
  const me = useQuery(trpc.auth.me.queryOptions());
  const can = useCan();
  // Bulk assignment: selected card ids with the version each was seen at.
  const [picked, setPicked] = useState<Map<number, { version: number; rel: number }> | null>(null);
  const toggle = useCallback(
    (c: Card) =>
      setPicked((m) => {
        const next = new Map(m);
        if (next.has(c.id)) next.delete(c.id);
        else next.set(c.id, { version: c.version, rel: c.rel });
        return next;
      }),
    [],
  );
  const selection = useMemo(
    () => (picked ? { selected: new Set(picked.keys()), toggle } : undefined),
    [picked, toggle],
  );
  // Stable, so the memoised columns and cards do not re-render when the page does (a drag starts or ends).
  const requestMove = useStableHandler(flow.requestMove);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter: columnCoordinates,
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
    }),
  );

  const accessibility = useDndAccessibility(useStageDndNames(), t('board.dragHint'));
  const renderCard = useCallback(
    (card: Card) => (
      <ProjectCard
        card={card}
        onMove={requestMove}
        canMove={can('project.move', card.rel)}
        selected={selection?.selected.has(card.id)}
        onToggle={selection?.toggle}
      />
    ),
    [requestMove, can, selection],
  );

  const onDragStart = (e: DragStartEvent) => setDragging((e.active.data.current as { card: Card }).card);
  const onDragEnd = (e: DragEndEvent) => {
    setDragging(null);
    const card = (e.active.data.current as { card: Card } | undefined)?.card;
    // A column's id is its stage; a swimlane cell carries its stage in its data.
    const to = (e.over?.data.current as { stage?: string } | undefined)?.stage ?? e.over?.id;
    if (!card || typeof to !== 'string' || !isFunnelStage(to) || to === card.stage) return;
    flow.requestMove(card, to);
  };

  const active = board.data?.columns.reduce(
    (s, c) => ({ count: s.count + c.count, amount: s.amount + c.amount }),
    { count: 0, amount: 0 },
  );

  return (
    <BoardExtrasContext value={extras}>
      {/* Busy while the cards shown are still the previous filter's (placeholder data). */}
      <div
        className="flex min-h-0 flex-1 flex-col gap-3 p-4"
        data-testid="board"
        aria-busy={board.isPending || board.isPlaceholderData}
      >
        <div className="flex flex-wrap items-center justify-between gap-3">
          <div>
            <h1 className="text-lg font-semibold text-slate-900">{t('board.title')}</h1>
            {active && (
              <p className="text-xs text-slate-500">
                {t('board.summary', { count: active.count, amount: fmt.money(active.amount) })}
              </p>
            )}
          </div>
          <div className="flex items-center gap-2">
            <Export filter={filters.filter} filtered={filters.active} />
            {BULK_ACTIONS.some((a) => me.data && rolesFor(a).includes(me.data.role)) && (
              <Button onClick={() => setPicked((m) => (m ? null : new Map()))}>
                {picked ? t('leaders.bulk.done') : t('leaders.bulk.select')}
              </Button>
            )}
            <Create />
          </div>
        </div>
        <BoardFilters filters={filters} />
        <Suspense fallback={null}>
          {picked && (
            <BulkBar
              selected={[...picked].map(([id, seen]) => ({ id, ...seen }))}
              role={me.data?.role}
              onClear={() => setPicked(new Map())}
            />
          )}
        </Suspense>
        {board.isPending && <Loading />}
        {board.isError && <LoadError message={board.error.message} onRetry={() => void board.refetch()} />}
        {board.data && (
          <DndContext
            sensors={sensors}
            collisionDetection={collision}
            onDragStart={onDragStart}
            onDragEnd={onDragEnd}
            onDragCancel={() => setDragging(null)}
            accessibility={accessibility}
          >
            {filters.lanes ? (
              <Suspense fallback={<Loading />}>
                <Lanes filter={filters.filter} renderCard={renderCard} Cell={LaneDropCell} />
              </Suspense>
            ) : (
              /* A fixed height (not flex-1: the page may grow) so each column scrolls on its own under its header. */
              <div
                className="flex min-h-96 shrink-0 gap-3 overflow-x-auto pb-2"
                style={{ height: 'calc(100vh - 11.5rem)' }}
              >
                {board.data.columns.map((column) => (
                  <BoardColumn
                    key={column.stage}
                    column={column}
                    filter={filters.filter}
                    pageSize={PAGE_SIZE}
                    onMove={requestMove}
                    selection={selection}
                  />
                ))}
              </div>
            )}
            <DragOverlay>{dragging ? <CardOverlay card={dragging} /> : null}</DragOverlay>
          </DndContext>
        )}
        {flow.dialog}
        <p className="sr-only">{t('board.dragHint')}</p>
      </div>
    </BoardExtrasContext>
  );
}
