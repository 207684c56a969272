import { useQueryClient } from '@tanstack/react-query';
import { trpc } from './trpc';

/** After a problem, instruction or leader change: the lists, the desk and the bell read fresh data. */
export function useInvalidateCoordination() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.problems.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.instructions.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.leaders.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.notifications.pathKey() }),
    ]);
}
