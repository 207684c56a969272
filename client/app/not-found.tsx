import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useBoardPath } from '../lib/home';

export function NotFoundPage() {
  const { t } = useTranslation();
  const board = useBoardPath();
  return (
    <div className="p-10 text-center text-slate-500">
      <p className="text-lg">404</p>
      <Link className="text-brand-600 underline" to={board}>
        {t('project.back')}
      </Link>
    </div>
  );
}
