import { useMutation, useQueryClient } from '@tanstack/react-query';
import { trpc } from '../../lib/trpc';
import { useMoveFlow } from './use-move-flow';

/**
 * A move sent straight to the server from a project's own page (no optimistic update): afterwards, and
 * on a conflict's reload, the project, its schedule (a move may complete a milestone) and the board refresh.
 */
export function useProjectMoveFlow() {
  const queryClient = useQueryClient();
  const moveMutation = useMutation(trpc.projects.move.mutationOptions());
  const invalidate = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.projects.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.schedules.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.board.pathKey() }),
    ]);
  return useMoveFlow({
    move: async (req, payload) => {
      try {
        await moveMutation.mutateAsync({
          id: req.project.id,
          version: req.project.version,
          to: req.to,
          ...payload,
        });
      } finally {
        await invalidate();
      }
    },
    onReload: () => void invalidate(),
  });
}
