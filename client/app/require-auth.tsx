import { useQuery } from '@tanstack/react-query';
import { Navigate, Outlet, useLocation } from 'react-router';
import { Loading } from '../components/ui/states';
import { trpc } from '../lib/trpc';

/** Signed-in pages: without a session, go to the login page and come back afterwards. */
export function RequireAuth() {
  const me = useQuery(trpc.auth.me.queryOptions());
  const location = useLocation();
  if (me.isPending) return <Loading />;
  if (!me.data) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  // A temporary password set by an admin must be changed before anything else (issue 6).
  if (me.data.mustChangePassword && location.pathname !== '/account/password')
    return <Navigate to="/account/password" replace />;
  return <Outlet />;
}
