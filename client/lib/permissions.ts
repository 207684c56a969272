import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Role } from '../../shared/domain/catalog';
import { type Action, allows, type Relation, rolesFor } from '../../shared/domain/permissions';
import { trpc } from './trpc';

/** The signed-in person's role, or undefined while unknown (then nothing is offered). */
export function useRole(): Role | undefined {
  return useQuery(trpc.auth.me.queryOptions()).data?.role;
}

/**
 * The shared permission model (shared/domain/permissions.ts), asked for the signed-in person: the client
 * shows an action only where the server would allow it. `rel` is the person's relation to the project,
 * as the board cards, the project page and every list of objects on projects carry it.
 */
export function useCan(): (action: Action, rel?: Relation) => boolean {
  const role = useRole();
  return useCallback((action: Action, rel: Relation = 0) => !!role && allows(role, action, rel), [role]);
}

/** Whether the person may do `action` on some object at all (menus, pages, links not tied to one project). */
export function useMayEver(): (action: Action) => boolean {
  const role = useRole();
  return useCallback((action: Action) => !!role && rolesFor(action).includes(role), [role]);
}
