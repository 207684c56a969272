import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { PageErrorBoundary } from '../components/ui/page-error';
import { Loading } from '../components/ui/states';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { Button } from '../components/ui/button';
import { currentLanguage, setLanguage } from '../lib/i18n';
import { boardPath } from '../lib/home';
import { useLiveStream } from '../lib/live';
import { useMayEver } from '../lib/permissions';
import { forgetTaggedAnswers, trpc } from '../lib/trpc';
import { NotificationBell } from '../features/notifications';
import { ADMIN_PAGES, AdminMenu } from './admin-menu';
import { PhoneMenu } from './phone-menu';

const navClass = ({ isActive }: { isActive: boolean }) =>
  `rounded-md px-2.5 py-1.5 text-sm whitespace-nowrap ${isActive ? 'bg-white/15 text-white' : 'text-red-100 hover:bg-white/10 hover:text-white'}`;

export function AppLayout() {
  const { t } = useTranslation();
  const me = useQuery(trpc.auth.me.queryOptions());
  // Board, desk, project pages and the bell follow others' changes as they are committed (issue 18).
  useLiveStream(me.data && !me.data.mustChangePassword ? me.data.id : null);
  // Menu entries follow the shared model: the desk is for those who close problems (leaders, admins).
  const mayEver = useMayEver();
  // 大字号 (issue 20): the root font size grows, and with it every rem-sized text and space.
  const largeText = !!me.data?.largeText;
  useEffect(() => {
    document.documentElement.classList.toggle('large-text', largeText);
    return () => document.documentElement.classList.remove('large-text');
  }, [largeText]);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const logout = useMutation(
    trpc.auth.logout.mutationOptions({
      onSettled: async () => {
        queryClient.clear();
        forgetTaggedAnswers();
        await navigate('/login');
      },
    }),
  );
  const board = boardPath(me.data?.role);
  const entries = [
    { to: board, label: t('nav.board') },
    { to: '/review', label: t('review.nav') },
    { to: '/reports', label: t('report.nav') },
    { to: '/projects/off-funnel', label: t('nav.offFunnel') },
    ...(mayEver('import.update') ? [{ to: '/ledger/import', label: t('ledger.nav') }] : []),
    { to: '/major', label: t('schedules.nav.major') },
    ...(mayEver('problem.close') ? [{ to: '/desk', label: t('leaders.nav.desk') }] : []),
    { to: '/problems', label: t('leaders.nav.problems') },
  ];
  const toggleLanguage = () => setLanguage(currentLanguage() === 'en' ? 'zh-CN' : 'en');
  return (
    <div className="flex min-h-screen flex-col">
      <header className="flex flex-wrap items-center gap-x-4 gap-y-2 bg-brand-700 px-3 py-1.5 text-white shadow sm:px-4 sm:py-2">
        <div className="flex items-baseline gap-2">
          <span className="text-base font-semibold tracking-wide">{t('app.name')}</span>
          <span className="hidden text-xs text-red-200 2xl:inline">{t('app.district')}</span>
        </div>
        <nav className="hidden flex-wrap gap-1 sm:flex">
          {entries.map((e) => (
            <NavLink key={e.to} to={e.to} end={e.to === board} className={navClass}>
              {e.label}
            </NavLink>
          ))}
          {mayEver('office.manage') && <AdminMenu />}
        </nav>
        <div className="ml-auto flex items-center gap-3 text-sm">
          {me.data && !me.data.mustChangePassword && <NotificationBell />}
          {me.data && (
            <span className="hidden text-red-100 sm:inline">
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
            className="hidden rounded border border-white/30 px-2 py-0.5 text-xs hover:bg-white/10 sm:inline-block"
            onClick={toggleLanguage}
          >
            {t('nav.language')}
          </button>
          <Button
            variant="ghost"
            className="!hidden !text-red-100 hover:!bg-white/10 sm:!inline-flex"
            onClick={() => logout.mutate()}
          >
            {t('nav.logout')}
          </Button>
          {/* A phone keeps the header to one line: the pages, the account and the language in one menu. */}
          <PhoneMenu
            items={[
              ...entries,
              ...(mayEver('office.manage')
                ? ADMIN_PAGES.map((p) => ({ to: p.path, label: t(p.label) }))
                : []),
              { to: '/account/password', label: t('users.account.link') },
            ]}
            onLanguage={toggleLanguage}
            onLogout={() => logout.mutate()}
          />
        </div>
      </header>
      <main className="flex min-h-0 flex-1 flex-col">
        <PageErrorBoundary resetKey={location.pathname}>
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </PageErrorBoundary>
      </main>
    </div>
  );
}
