import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { Menu } from '../components/ui/menu';

/** The office's own pages, under one 管理 entry so the header stays one line at 1280 px. */
export const ADMIN_PAGES = [
  { path: '/coordination', label: 'leaders.nav.coordination' },
  { path: '/admin/users', label: 'users.nav' },
  { path: '/admin/audit', label: 'audit.nav' },
  { path: '/admin/settings', label: 'settings.nav' },
] as const;

/** Highlighted like a current link while one of its pages is open; the menu marks which one. */
export function AdminMenu() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const here = ADMIN_PAGES.find((p) => pathname.startsWith(p.path));
  return (
    <Menu
      label={t('nav.admin')}
      trigger={
        <>
          {t('nav.admin')} <span aria-hidden>▾</span>
        </>
      }
      triggerClassName={`rounded-md px-2.5 py-1.5 text-sm whitespace-nowrap ${here ? 'bg-white/15 text-white' : 'text-red-100 hover:bg-white/10 hover:text-white'}`}
      items={ADMIN_PAGES.map((p) => ({
        key: p.path,
        label: t(p.label),
        current: p === here,
        onSelect: () => void navigate(p.path),
      }))}
    />
  );
}
