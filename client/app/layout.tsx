import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../components/ui/states';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { Button } from '../components/ui/button';
import { currentLanguage, setLanguage } from '../lib/i18n';
import { boardPath } from '../lib/home';
import { useMayEver } from '../lib/permissions';
import { trpc } from '../lib/trpc';
import { NotificationBell } from '../features/notifications';
import { AdminMenu } from './admin-menu';

const navClass = ({ isActive }: { isActive: boolean }) =>
  `rounded-md px-2.5 py-1.5 text-sm whitespace-nowrap ${isActive ? 'bg-white/15 text-white' : 'text-red-100 hover:bg-white/10 hover:text-white'}`;

export function AppLayout() {
  const { t } = useTranslation();
  const me = useQuery(trpc.auth.me.queryOptions());
  // Menu entries follow the shared model: the desk is for those who close problems (leaders, admins).
  const mayEver = useMayEver();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const logout = useMutation(
    trpc.auth.logout.mutationOptions({
      onSettled: async () => {
        queryClient.clear();
        await navigate('/login');
      },
    }),
  );
  return (
    <div className="flex min-h-screen flex-col">
      <header className="flex flex-wrap items-center gap-x-4 gap-y-2 bg-brand-700 px-4 py-2 text-white shadow">
        <div className="flex items-baseline gap-2">
          <span className="text-base font-semibold tracking-wide">{t('app.name')}</span>
          <span className="hidden text-xs text-red-200 2xl:inline">{t('app.district')}</span>
        </div>
        <nav className="flex flex-wrap gap-1">
          <NavLink to={boardPath(me.data?.role)} end className={navClass}>
            {t('nav.board')}
          </NavLink>
          <NavLink to="/review" className={navClass}>
            {t('review.nav')}
          </NavLink>
          <NavLink to="/projects/off-funnel" className={navClass}>
            {t('nav.offFunnel')}
          </NavLink>
          {mayEver('import.update') && (
            <NavLink to="/ledger/import" className={navClass}>
              {t('ledger.nav')}
            </NavLink>
          )}
          <NavLink to="/major" className={navClass}>
            {t('schedules.nav.major')}
          </NavLink>
          {mayEver('problem.close') && (
            <NavLink to="/desk" className={navClass}>
              {t('leaders.nav.desk')}
            </NavLink>
          )}
          <NavLink to="/problems" className={navClass}>
            {t('leaders.nav.problems')}
          </NavLink>
          {mayEver('office.manage') && <AdminMenu />}
        </nav>
        <div className="ml-auto flex items-center gap-3 text-sm">
          {me.data && !me.data.mustChangePassword && <NotificationBell />}
          {me.data && (
            <span className="text-red-100">
              <NavLink
                to="/account/password"
                title={`${t(`role.${me.data.role}`)} · ${t('users.account.link')}`}
                className="hover:underline"
                data-user-text=""
              >
                {me.data.displayName}
              </NavLink>
              {/* The role where there is room; on narrower screens in the name's tooltip. */}
              <span className="hidden 2xl:inline"> · {t(`role.${me.data.role}`)}</span>
            </span>
          )}
          <button
            type="button"
            lang={currentLanguage() === 'en' ? 'zh-CN' : 'en'}
            className="rounded border border-white/30 px-2 py-0.5 text-xs hover:bg-white/10"
            onClick={() => setLanguage(currentLanguage() === 'en' ? 'zh-CN' : 'en')}
          >
            {t('nav.language')}
          </button>
          <Button
            variant="ghost"
            className="!text-red-100 hover:!bg-white/10"
            onClick={() => logout.mutate()}
          >
            {t('nav.logout')}
          </Button>
        </div>
      </header>
      <main className="flex min-h-0 flex-1 flex-col">
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
