import { useDraggable } from '@dnd-kit/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProjectState } from '../../../shared/domain/stages';
import { PendingFactsBadge } from '../../components/pending-facts-badge';
import { Badge } from '../../components/ui/badge';
import { Menu } from '../../components/ui/menu';
import { useFormat } from '../../lib/format';
import { HIGHLIGHT_MS, useFreshChange } from '../../lib/live';
import type { Card } from './board-cache';
import { useMoveMenuItems } from '../moves';
import { useBoardExtras } from './board-extras';

/**
 * What a card shows: name, investor, badges, amount, owner and days since the last activity.
 * Memoised: dnd-kit re-renders every draggable on each pointer move, the card's content need not.
 */
const CardBody = memo(function CardBody({ card }: { card: Card }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { CardBadges } = useBoardExtras();
  return (
    <>
      <h3 className="line-clamp-2 text-sm font-medium leading-snug text-slate-900" data-user-text="">
        {card.name}
      </h3>
      <p className="mt-0.5 truncate text-xs text-slate-500" data-user-text="">
        {card.investor}
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-1">
        {card.major && <Badge tone="red">{t('board.major')}</Badge>}
        {card.isKey && <Badge tone="amber">{t('board.key')}</Badge>}
        <CardBadges card={card} />
        <PendingFactsBadge fields={card.missingFacts} compact />
        <Badge>{t(`industry.${card.industry}`)}</Badge>
      </div>
      <div className="mt-2 flex items-center justify-between text-xs">
        <span className="font-semibold text-slate-800">{fmt.money(card.amount)}</span>
        <span className="text-slate-500" data-user-text="">
          {card.ownerName}
        </span>
      </div>
      <p
        className={`mt-1 text-xs ${card.stalled ? 'font-medium text-red-600' : 'text-slate-400'}`}
        data-testid="card-activity"
      >
        {card.daysSinceActivity === 0
          ? t('board.today')
          : t('board.daysSince', { count: card.daysSinceActivity })}
      </p>
    </>
  );
});

const cardClass = (card: Card) =>
  `relative rounded-md border bg-white p-2.5 shadow-sm ${card.stalled ? 'border-slate-200 border-l-4 border-l-red-400' : 'border-slate-200'}`;

/** The card as it follows the pointer while dragging. */
export function CardOverlay({ card }: { card: Card }) {
  return (
    <div className={`${cardClass(card)} rotate-1 cursor-grabbing shadow-lg`}>
      <CardBody card={card} />
    </div>
  );
}

/** In the board's selection mode (bulk assign), each card carries a checkbox. */
export interface CardSelection {
  selected: ReadonlySet<number>;
  toggle: (card: Card) => void;
}

type Draggable = ReturnType<typeof useDraggable>;

/**
 * A board card: a link to the project (middle click opens a new tab) that is also the drag handle
 * (Space picks it up from the keyboard), with a "移至…" menu as the non-drag alternative.
 *
 * dnd-kit re-renders every draggable when the pointer enters another column, and the dragged one on
 * every pointer move: this wrapper only holds the drag state; everything inside is memoised on the
 * card and stable handlers. The source card stays in place, faded; the overlay follows the pointer.
 */
export function ProjectCard({
  card,
  onMove,
  canMove,
  selected,
  onToggle,
}: {
  card: Card;
  onMove: (card: Card, to: ProjectState) => void;
  /** From the shared permission model: a card the person may not move is not draggable and has no 移至 menu. */
  canMove: boolean;
  selected?: boolean;
  onToggle?: (card: Card) => void;
}) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: card.id,
    data: { card },
    disabled: !canMove,
  });
  // Someone else just moved or changed it (the live stream): a short highlight with their name.
  const changed = useFreshChange(card.id, HIGHLIGHT_MS);
  return (
    <div
      ref={setNodeRef}
      data-testid="card"
      data-project-id={card.id}
      data-live-changed={changed ? '' : undefined}
      className={`${cardClass(card)} hover:shadow ${isDragging ? 'opacity-40' : ''} ${selected ? 'ring-2 ring-brand-600' : changed ? 'ring-2 ring-amber-400 transition-shadow' : ''}`}
    >
      {changed && <LiveChangeTag name={changed.by} />}
      <CardContent
        card={card}
        onMove={canMove ? onMove : null}
        selected={selected}
        onToggle={onToggle}
        activatorRef={setActivatorNodeRef}
        listeners={listeners}
        attributes={attributes}
      />
    </div>
  );
}

function LiveChangeTag({ name }: { name: string }) {
  const { t } = useTranslation();
  return (
    <span
      role="status"
      className="absolute top-0 right-8 z-10 rounded-b bg-amber-100 px-1.5 py-0.5 text-[11px] font-medium text-amber-900 shadow-sm"
      data-testid="live-change"
    >
      {t('live.cardChanged', { name })}
    </span>
  );
}

const CardContent = memo(function CardContent({
  card,
  onMove,
  selected,
  onToggle,
  activatorRef,
  listeners,
  attributes,
}: {
  card: Card;
  onMove: ((card: Card, to: ProjectState) => void) | null;
  selected?: boolean;
  onToggle?: (card: Card) => void;
  activatorRef: Draggable['setActivatorNodeRef'];
  listeners: Draggable['listeners'];
  attributes: Draggable['attributes'];
}) {
  const { t } = useTranslation();
  const moveItems = useMoveMenuItems();
  // The card stays a link for assistive technology; dnd-kit's role="button" would hide that, and its
  // aria-disabled on a card the person may not move would announce the working link as disabled.
  const {
    role: _role,
    'aria-roledescription': _desc,
    'aria-disabled': _disabled,
    ...dragAttributes
  } = attributes;
  return (
    <>
      {onToggle && (
        <input
          type="checkbox"
          className="absolute bottom-2 right-2 h-4 w-4 accent-brand-600"
          aria-label={t('leaders.bulk.selectCard', { name: card.name })}
          checked={!!selected}
          onChange={() => onToggle(card)}
        />
      )}
      <Link
        ref={activatorRef}
        to={`/projects/${card.id}`}
        draggable={false}
        className="block pr-6 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
        {...listeners}
        {...dragAttributes}
      >
        <CardBody card={card} />
      </Link>
      {onMove && (
        <Menu
          className="absolute right-1.5 top-1.5"
          label={t('board.moveTo')}
          trigger={<span aria-hidden>⋯</span>}
          items={moveItems(card, (to) => onMove(card, to))}
        />
      )}
    </>
  );
});
