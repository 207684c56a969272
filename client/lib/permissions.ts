import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { type Action, allows, type Relation } from '../../shared/domain/permissions';
import { trpc } from './trpc';

/**
 * The shared permission model (shared/domain/permissions.ts), asked for the signed-in person: the client
 * shows an action only where the server would allow it. `rel` is the person's relation to the project,
 * as the board cards and the project page carry it.
 */
export function useCan(): (action: Action, rel?: Relation) => boolean {
  const me = useQuery(trpc.auth.me.queryOptions());
  const role = me.data?.role;
  return useCallback((action: Action, rel: Relation = 0) => !!role && allows(role, action, rel), [role]);
}
