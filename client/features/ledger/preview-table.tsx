import { useTranslation } from 'react-i18next';
import type { LedgerField } from '../../../shared/domain/ledger/columns';
import { joinMessages } from '../../../shared/errors/format';
import { PendingFactsBadge } from '../../components/pending-facts-badge';
import { Badge } from '../../components/ui/badge';
import { Empty } from '../../components/ui/states';
import { messageText } from '../../lib/errors';
import type { Preview } from './types';

const TONE = { create: 'green', update: 'blue', skip: 'slate', error: 'red' } as const;

/** The checked rows: the sheet's own text per mapped column, with each problem under its cell. */
export function PreviewTable({ preview }: { preview: Preview }) {
  const { t } = useTranslation();
  const columns = preview.columns.filter((c): c is typeof c & { field: LedgerField } => c.field !== null);
  const mapped = new Set<string>(columns.map((c) => c.field));
  if (!preview.rows.length) return <Empty>{t('ledger.import.noRows')}</Empty>;
  return (
    <div className="overflow-auto rounded-md border border-slate-200" style={{ maxHeight: '60vh' }}>
      <table className="min-w-full border-collapse text-sm" data-testid="preview-table">
        <thead className="sticky top-0 z-10 bg-slate-50 text-left text-xs text-slate-500">
          <tr>
            <th className="sticky left-0 whitespace-nowrap bg-slate-50 px-2 py-2 font-medium">
              {t('ledger.import.row')}
            </th>
            <th className="whitespace-nowrap px-2 py-2 font-medium">{t('ledger.import.result')}</th>
            {columns.map((c) => (
              <th key={c.index} className="whitespace-nowrap px-2 py-2 font-medium">
                {t(`ledger.fields.${c.field}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((r) => (
            <tr
              key={r.row}
              data-testid={`preview-row-${r.row}`}
              className="border-t border-slate-100 align-top"
            >
              <td className="sticky left-0 bg-white px-2 py-1.5 tabular-nums text-slate-500">{r.row}</td>
              <td className="px-2 py-1.5">
                <div className="flex min-w-28 flex-col items-start gap-1">
                  <Badge tone={TONE[r.action]}>{t(`ledger.import.action.${r.action}`)}</Badge>
                  {r.reason && (
                    <span className="text-xs text-slate-500">
                      {joinMessages(r.reasonCodes, (m) => messageText(m))}
                    </span>
                  )}
                  {r.action === 'create' && <PendingFactsBadge fields={r.pending} />}
                  {Object.entries(r.errors)
                    .filter(([f]) => !mapped.has(f))
                    .map(([f, m]) => (
                      <span key={f} className="text-xs text-red-600">
                        {t(`ledger.fields.${f as LedgerField}`)}
                        {t('punct.colon')}
                        {messageText(r.errorCodes[f as LedgerField], m)}
                      </span>
                    ))}
                  {r.noteCodes.map((n, i) => (
                    <span key={i} className="text-xs text-amber-700">
                      {messageText(n, r.notes[i])}
                    </span>
                  ))}
                </div>
              </td>
              {columns.map((c) => {
                const error = r.errors[c.field] && messageText(r.errorCodes[c.field], r.errors[c.field]);
                return (
                  <td
                    key={c.index}
                    data-field={c.field}
                    className={`max-w-64 px-2 py-1.5 ${error ? 'bg-red-50' : ''}`}
                    aria-invalid={error ? true : undefined}
                  >
                    <div
                      className={`truncate ${error ? 'font-medium text-red-800' : 'text-slate-800'}`}
                      title={r.cells[c.index]}
                      data-user-text
                    >
                      {r.cells[c.index] || <span className="text-slate-300">{t('common.none')}</span>}
                    </div>
                    {error && (
                      <p role="note" className="mt-0.5 min-w-40 text-xs text-red-600">
                        {error}
                      </p>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
