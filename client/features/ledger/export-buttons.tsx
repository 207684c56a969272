import { useTranslation } from 'react-i18next';
import type { BoardFilter } from '../../../shared/schemas/project';

const linkClass =
  'inline-flex items-center justify-center gap-1 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600';

/** Download URL of the ledger: the whole ledger, or the board's projects for its current filter. */
export function ledgerUrl(format: 'xlsx' | 'csv', filter?: BoardFilter): string {
  const params = new URLSearchParams({ scope: filter ? 'board' : 'all' });
  if (filter) {
    const set = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined));
    params.set('filter', JSON.stringify(set));
  }
  return `/api/ledger.${format}?${params.toString()}`;
}

/** 导出台账 / 导出当前筛选 on the board: plain links, the browser saves what the server sends. */
export function LedgerExportButtons({ filter, filtered }: { filter: BoardFilter; filtered: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="flex items-center gap-2">
      <a className={linkClass} href={ledgerUrl('xlsx')} title={t('ledger.export.allHint')} download>
        {t('ledger.export.all')}
      </a>
      {filtered && (
        <a
          className={linkClass}
          href={ledgerUrl('xlsx', filter)}
          title={t('ledger.export.filteredHint')}
          download
        >
          {t('ledger.export.filtered')}
        </a>
      )}
      <a
        className={`${linkClass} !px-2 text-xs`}
        href={ledgerUrl('csv')}
        title={t('ledger.export.csvHint')}
        download
      >
        {t('ledger.export.csv')}
      </a>
    </div>
  );
}
