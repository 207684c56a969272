import { useTranslation } from 'react-i18next';
import { LEDGER_COLUMNS, LEDGER_FIELDS, type LedgerField } from '../../../shared/domain/ledger/columns';
import { inputClass } from '../../components/ui/field';
import { UserText } from '../../components/ui/user-text';
import type { Preview } from './types';

const IMPORTABLE = LEDGER_FIELDS.filter((f) => !LEDGER_COLUMNS[f].exportOnly);

/** Each sheet column with an example value and the field it is imported as; a select fixes a match. */
export function MappingPanel({
  preview,
  onChange,
}: {
  preview: Preview;
  onChange: (mapping: (LedgerField | null)[]) => void;
}) {
  const { t } = useTranslation();
  const current = preview.columns.map((c) => c.field);
  const set = (index: number, field: LedgerField | null) =>
    onChange(current.map((f, i) => (i === index ? field : f === field && field !== null ? null : f)));
  return (
    <div className="grid grid-cols-1 gap-2 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4">
      {preview.columns.map((c) => (
        <div
          key={c.index}
          className={`rounded-md border px-2.5 py-2 ${c.field ? 'border-slate-200 bg-white' : 'border-dashed border-slate-300 bg-slate-50'}`}
        >
          <div className="flex items-baseline justify-between gap-2">
            <span className="truncate text-sm font-medium text-slate-800" title={c.header}>
              {c.header ? <UserText>{c.header}</UserText> : `${t('ledger.import.column')} ${c.index + 1}`}
            </span>
            <span className="shrink-0 truncate text-xs text-slate-400" title={c.sample}>
              {c.sample && (
                <>
                  {t('ledger.import.sample')}
                  {t('punct.colon')}
                  <UserText>{c.sample}</UserText>
                </>
              )}
            </span>
          </div>
          <select
            aria-label={`${c.header || c.index + 1} ${t('ledger.import.field')}`}
            className={`${inputClass} mt-1 py-1 ${c.field ? '' : 'text-slate-400'}`}
            value={c.field ?? ''}
            onChange={(e) => set(c.index, (e.target.value || null) as LedgerField | null)}
          >
            <option value="">{t('ledger.import.notImported')}</option>
            {IMPORTABLE.map((f) => (
              <option key={f} value={f}>
                {t(`ledger.fields.${f}`)}
              </option>
            ))}
          </select>
        </div>
      ))}
    </div>
  );
}
