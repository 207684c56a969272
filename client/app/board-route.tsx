import { BoardPage } from '../features/board/board-page';
import type { BoardExtras } from '../features/board/board-extras';
import { BulkAssignBar, LeaderBoardFilters, LeaderLanes, NoPrimaryBadge } from '../features/leaders';
import { LedgerExportButtons } from '../features/ledger';
import { CreateProjectButton } from '../features/projects';
import { ScheduleBadge } from '../features/schedules';

/** The board with what the other features add to it: the board itself imports none of them. */
const extras: BoardExtras = {
  Export: LedgerExportButtons,
  Create: CreateProjectButton,
  Filters: LeaderBoardFilters,
  BulkBar: BulkAssignBar,
  Lanes: LeaderLanes,
  CardBadges: ({ card }) => (
    <>
      <ScheduleBadge
        light={card.scheduleLight ?? null}
        needsSchedule={card.major && card.stage !== 'negotiating'}
      />
      {card.noPrimaryLeader && <NoPrimaryBadge />}
    </>
  ),
};

export function BoardRoute() {
  return <BoardPage extras={extras} />;
}
