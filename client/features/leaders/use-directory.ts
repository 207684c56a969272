import { useQuery } from '@tanstack/react-query';
import { trpc } from '../../lib/trpc';

/** People, units, leaders and task forces for pickers. */
export function useDirectory() {
  const users = useQuery(trpc.directory.users.queryOptions());
  const units = useQuery(trpc.directory.units.queryOptions());
  const people = users.data ?? [];
  return {
    officers: people.filter((u) => u.role === 'staff' || u.role === 'admin'),
    leaders: people.filter((u) => u.role === 'leader'),
    units: units.data ?? [],
  };
}
