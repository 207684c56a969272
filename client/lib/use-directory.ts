import { useQuery } from '@tanstack/react-query';
import { ownerError } from '../../shared/domain/permissions';
import { trpc } from './trpc';

/** People, units and leaders for pickers. */
export function useDirectory() {
  const users = useQuery(trpc.directory.users.queryOptions());
  const units = useQuery(trpc.directory.units.queryOptions());
  const people = users.data ?? [];
  return {
    // Who may be owner A or B: the shared rule (active officers; the directory lists active people only).
    officers: people.filter((u) => ownerError({ role: u.role, active: true }) === null),
    leaders: people.filter((u) => u.role === 'leader'),
    units: units.data ?? [],
  };
}

/** Officers and units as select options. */
export function useDirectoryOptions() {
  const { officers, units } = useDirectory();
  return {
    officers: officers.map((u) => ({ value: u.id, label: u.displayName })),
    units: units.map((u) => ({ value: u.id, label: u.name })),
  };
}
