import type { RouterOutputs } from '../../lib/trpc';
import type { ProjectState } from '../../../shared/domain/stages';
import { isFunnelStage } from '../../../shared/domain/stages';

export type BoardData = RouterOutputs['board']['get'];
export type Card = BoardData['columns'][number]['cards'][number];

/**
 * The board as it will look once a move is accepted: the card leaves its column and, for a funnel
 * stage, heads the target column. Counts and totals follow. Used for the optimistic update.
 */
export function boardWithMove(
  board: BoardData,
  cardId: number,
  to: ProjectState,
  gates: { agreedInvestment?: number | null } = {},
): BoardData {
  const from = board.columns.find((c) => c.cards.some((card) => card.id === cardId));
  const card = from?.cards.find((c) => c.id === cardId);
  if (!from || !card) return board;
  const moved: Card = {
    ...card,
    stage: isFunnelStage(to) ? to : card.stage,
    // The agreed amount given with the move counts instead of the estimate.
    amount: gates.agreedInvestment ?? card.amount,
    daysSinceActivity: 0,
    stalled: false,
  };
  return {
    ...board,
    columns: board.columns.map((col) => {
      if (col === from && col.stage === to) return col;
      if (col === from) {
        return {
          ...col,
          count: col.count - 1,
          amount: col.amount - card.amount,
          cards: col.cards.filter((c) => c.id !== cardId),
        };
      }
      if (col.stage === to)
        return {
          ...col,
          count: col.count + 1,
          amount: col.amount + moved.amount,
          cards: [moved, ...col.cards],
        };
      return col;
    }),
  };
}
