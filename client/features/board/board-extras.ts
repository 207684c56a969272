import type { Role } from '../../../shared/domain/catalog';
import { type ComponentType, createContext, type ReactNode, useContext } from 'react';
import type { FunnelStage } from '../../../shared/domain/stages';
import type { BoardFilter } from '../../../shared/schemas/project';
import type { Card } from './board-cache';

/**
 * What other features add to the board, handed in by client/app/board-route.tsx so that the board
 * imports none of them (docs/decisions/101-feature-walls.md). Each slot renders nothing by default.
 */
export interface BoardExtras {
  /** Toolbar buttons before the selection toggle (the ledger's export). */
  Export: ComponentType<{ filter: BoardFilter; filtered: boolean }>;
  /** Toolbar buttons after it (新建项目). */
  Create: ComponentType;
  /** Filters after the board's own (leader, task force, swimlanes). */
  Filters: ComponentType<{
    leaderId: number | undefined;
    taskForceId: number | undefined;
    lanes: boolean;
    onChange: (key: 'leader' | 'taskForce' | 'lanes', value: string | undefined) => void;
  }>;
  /** The bar shown in selection mode. */
  BulkBar: ComponentType<{
    /** `rel`: the person's relation to each selected project (shared/domain/permissions.ts). */
    selected: { id: number; version: number; rel: number }[];
    role: Role | undefined;
    onClear: () => void;
  }>;
  /**
   * The swimlane view, shown instead of the columns, inside the board's drag context: it renders each
   * card with `renderCard` and wraps each cell in `Cell`, so cards move exactly as on the columns.
   */
  Lanes: ComponentType<{
    filter: BoardFilter;
    renderCard: (card: Card) => ReactNode;
    Cell: ComponentType<{ id: string; stage: FunnelStage; label: string; children: ReactNode }>;
  }>;
  /** Badges on a card after 重大/重点 (schedule light, 未落实包保). */
  CardBadges: ComponentType<{ card: Card }>;
}

const none = () => null;
const noExtras: BoardExtras = {
  Export: none,
  Create: none,
  Filters: none,
  BulkBar: none,
  Lanes: none,
  CardBadges: none,
};

export const BoardExtrasContext = createContext<BoardExtras>(noExtras);
export const useBoardExtras = () => useContext(BoardExtrasContext);
