import { useTranslation } from 'react-i18next';
import type { TallyDimension, TallyFigures, TallyLine } from '../../../shared/domain/problem-tally';
import { UserText } from '../../components/ui/user-text';
import { useFormat } from '../../lib/format';

const FIGURES = ['raised', 'solved', 'closed', 'overdue', 'rate', 'medianDays'] as const;
const cell = 'px-3 py-2 text-right tabular-nums';

/** One dimension of the tally: a line per unit, leader, month or industry, then 合计; on a phone the names stay while the figures scroll. */
export function TallyTable({
  by,
  lines,
  total,
}: {
  by: TallyDimension;
  lines: TallyLine[];
  total: TallyFigures;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const name = (l: TallyLine) => {
    if (by === 'month') return fmt.month(l.key);
    if (by === 'category') return t(`industry.${l.key}` as 'industry.finance');
    if (l.key === '') return t(by === 'unit' ? 'problemTally.noUnit' : 'problemTally.noLeader');
    return <UserText>{l.name ?? ''}</UserText>;
  };
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[640px] text-sm" data-testid="tally-table">
        <thead>
          <tr className="border-b border-slate-200 bg-slate-50 text-xs text-slate-600">
            <th scope="col" className="sticky left-0 bg-slate-50 px-3 py-2 text-left font-medium">
              {t(`problemTally.col.${by}`)}
            </th>
            {FIGURES.map((f) => (
              <th key={f} scope="col" className="px-3 py-2 text-right font-medium">
                {t(`problemTally.col.${f}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {lines.map((l) => (
            <tr
              key={l.key}
              data-testid="tally-line"
              className={l.raised === 0 ? 'text-slate-400' : 'text-slate-800'}
            >
              <th scope="row" className="sticky left-0 bg-white px-3 py-2 text-left font-normal">
                {name(l)}
              </th>
              <Figures f={l} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t-2 border-slate-300 font-semibold text-slate-900" data-testid="tally-total">
            <th scope="row" className="sticky left-0 bg-white px-3 py-2 text-left">
              {t('problemTally.total')}
            </th>
            <Figures f={total} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function Figures({ f }: { f: TallyFigures }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const num = (n: number) => n.toLocaleString(fmt.lang);
  return (
    <>
      <td className={cell}>{num(f.raised)}</td>
      <td className={cell}>{num(f.solved)}</td>
      <td className={cell}>{num(f.closed)}</td>
      <td className={`${cell} ${f.overdue > 0 ? 'text-red-600' : ''}`}>{num(f.overdue)}</td>
      <td className={cell}>
        {f.rate === null ? (
          t('common.none')
        ) : (
          <span className="inline-flex items-center gap-2">
            <span className="hidden h-1.5 w-16 overflow-hidden rounded-full bg-slate-100 sm:inline-block">
              <span className="block h-full rounded-full bg-emerald-500" style={{ width: `${f.rate}%` }} />
            </span>
            <span className="w-14 text-right">{fmt.rate(f.rate)}</span>
          </span>
        )}
      </td>
      <td className={cell}>
        {f.medianDays === null ? t('common.none') : f.medianDays.toLocaleString(fmt.lang)}
      </td>
    </>
  );
}
