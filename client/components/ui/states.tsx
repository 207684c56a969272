import { useTranslation } from 'react-i18next';
import { Button } from './button';

export function Loading() {
  const { t } = useTranslation();
  return (
    <div role="status" className="flex items-center justify-center p-10 text-sm text-slate-500">
      <span className="mr-2 inline-block h-4 w-4 animate-spin rounded-full border-2 border-slate-300 border-t-brand-600" />
      {t('common.loading')}
    </div>
  );
}

export function LoadError({ message, onRetry }: { message?: string; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="m-6 rounded-md border border-red-200 bg-red-50 p-4 text-sm text-red-700">
      <p>{message ?? t('common.loadFailed')}</p>
      {onRetry && (
        <Button className="mt-2" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </div>
  );
}

export function Empty({ children }: { children: string }) {
  return <p className="px-3 py-6 text-center text-sm text-slate-400">{children}</p>;
}
