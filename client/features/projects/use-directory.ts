import { useQuery } from '@tanstack/react-query';
import { trpc } from '../../lib/trpc';

/** People and units as select options. */
export function useDirectoryOptions() {
  const users = useQuery(trpc.directory.users.queryOptions());
  const units = useQuery(trpc.directory.units.queryOptions());
  const people = users.data ?? [];
  return {
    officers: people
      .filter((u) => u.role === 'staff' || u.role === 'admin')
      .map((u) => ({ value: u.id, label: u.displayName })),
    units: (units.data ?? []).map((u) => ({ value: u.id, label: u.name })),
  };
}
