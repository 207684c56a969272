import { useQuery } from '@tanstack/react-query';
import { Navigate, useLocation } from 'react-router';
import { homePath } from '../lib/home';
import { trpc } from '../lib/trpc';
import { BoardRoute } from './board-route';

/**
 * `/`: the person's start page. A leader goes to the desk; a link to a filtered board (`/?stalled=1`)
 * takes them to the same board at `/board`. Staff and admins keep the board here.
 */
export function HomeRoute() {
  const role = useQuery(trpc.auth.me.queryOptions()).data?.role;
  const { search } = useLocation();
  if (homePath(role) === '/desk') return <Navigate to={search ? `/board${search}` : '/desk'} replace />;
  return <BoardRoute />;
}
