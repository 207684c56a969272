import { useTranslation } from 'react-i18next';
import { linkButtonClass } from '../../components/ui/button';
import type { BoardFilter } from '../../../shared/schemas/project';

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
      <a className={linkButtonClass} href={ledgerUrl('xlsx')} title={t('ledger.export.allHint')} download>
        {t('ledger.export.all')}
      </a>
      {filtered && (
        <a
          className={linkButtonClass}
          href={ledgerUrl('xlsx', filter)}
          title={t('ledger.export.filteredHint')}
          download
        >
          {t('ledger.export.filtered')}
        </a>
      )}
      <a
        className={`${linkButtonClass} !px-2 text-xs`}
        href={ledgerUrl('csv')}
        title={t('ledger.export.csvHint')}
        download
      >
        {t('ledger.export.csv')}
      </a>
    </div>
  );
}
