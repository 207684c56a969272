import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { Menu } from '../components/ui/menu';

/** Below 640 px the header's links, account, language and sign-out sit in one 菜单 (issue 16). */
export function PhoneMenu({
  items,
  onLanguage,
  onLogout,
}: {
  items: { to: string; label: string }[];
  onLanguage: () => void;
  onLogout: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  return (
    <Menu
      label={t('nav.menu')}
      className="relative sm:hidden"
      trigger={
        <>
          <span aria-hidden>☰</span> {t('nav.menu')}
        </>
      }
      triggerClassName="rounded-md border border-white/30 px-2 py-1 text-sm text-red-50 hover:bg-white/10"
      items={[
        ...items.map((i) => ({
          key: i.to,
          label: i.label,
          current: pathname === i.to,
          onSelect: () => void navigate(i.to),
        })),
        { key: 'language', label: t('nav.language'), onSelect: onLanguage },
        { key: 'logout', label: t('nav.logout'), onSelect: onLogout },
      ]}
    />
  );
}
