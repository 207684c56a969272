import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../components/ui/button';
import { useBoardPath } from '../../lib/home';
import type { ImportResult } from './types';

export function ImportDone({
  result,
  reportUrl,
  onAgain,
}: {
  result: ImportResult;
  reportUrl: string;
  onAgain: () => void;
}) {
  const { t } = useTranslation();
  const board = useBoardPath();
  return (
    <div
      role="status"
      className="flex flex-col items-start gap-3 rounded-lg border border-emerald-200 bg-emerald-50 p-6"
    >
      <h2 className="text-base font-semibold text-emerald-900">{t('ledger.import.doneTitle')}</h2>
      <p className="text-sm text-emerald-900">{t('ledger.import.done', result)}</p>
      {result.unitsCreated.length > 0 && (
        <p className="text-sm text-emerald-800">
          {t('ledger.import.unitsCreated', { names: result.unitsCreated.join('、') })}
        </p>
      )}
      {result.pending > 0 && (
        <p className="text-sm text-amber-900">
          {t('pending.done', { count: result.pending })}{' '}
          <Link to="/projects/pending" className="font-medium underline">
            {t('pending.doneLink')}
          </Link>
        </p>
      )}
      <p className="text-xs text-emerald-700">
        {t('ledger.import.took', { seconds: (result.ms / 1000).toFixed(1) })}
      </p>
      <div className="flex flex-wrap gap-2">
        <a
          className="inline-flex items-center rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700"
          href={reportUrl}
          download
        >
          {t('ledger.import.doneReport')}
        </a>
        <Link
          className="inline-flex items-center rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-50"
          to={board}
        >
          {t('ledger.import.toBoard')}
        </Link>
        <Button variant="ghost" onClick={onAgain}>
          {t('ledger.import.again')}
        </Button>
      </div>
    </div>
  );
}
