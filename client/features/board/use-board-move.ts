import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BoardFilter } from '../../../shared/schemas/project';
import { trpc } from '../../lib/trpc';
import type { MovePayload, MoveRequest } from '../moves';
import { type BoardData, boardWithMove } from './board-cache';

/**
 * Moves a card with an optimistic update: the card shows in its new column at once and goes back,
 * with the server's reason, if the server refuses.
 */
export function useBoardMove(filter: BoardFilter) {
  const queryClient = useQueryClient();
  const boardKey = trpc.board.get.queryKey(filter);
  const mutation = useMutation(trpc.projects.move.mutationOptions());

  const invalidate = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.board.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.projects.pathKey() }),
      // The swimlane view shows the same cards.
      queryClient.invalidateQueries({ queryKey: trpc.leaders.lanes.queryKey() }),
    ]);

  const move = async (req: MoveRequest, payload: MovePayload) => {
    await queryClient.cancelQueries({ queryKey: boardKey });
    const previous = queryClient.getQueryData<BoardData>(boardKey);
    if (previous) {
      queryClient.setQueryData<BoardData>(
        boardKey,
        boardWithMove(previous, req.project.id, req.to, payload.gates),
      );
    }
    try {
      await mutation.mutateAsync({
        id: req.project.id,
        version: req.project.version,
        to: req.to,
        gates: payload.gates,
        note: payload.note,
        dropCategory: payload.dropCategory,
      });
    } catch (error) {
      if (previous) queryClient.setQueryData(boardKey, previous);
      throw error;
    } finally {
      void invalidate();
    }
  };
  return { move, invalidate };
}
