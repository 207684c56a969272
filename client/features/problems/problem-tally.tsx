import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  PERIOD_PRESETS,
  presetPeriod,
  TALLY_DIMENSIONS,
  type TallyDimension,
} from '../../../shared/domain/problem-tally';
import { isValidDateString } from '../../../shared/domain/dates';
import { linkButtonClass } from '../../components/ui/button';
import { inputClass } from '../../components/ui/field';
import { pillClass, Tabs } from '../../components/ui/tabs';
import { Empty, LoadError, Loading } from '../../components/ui/states';
import { todayBusinessDate, useFormat } from '../../lib/format';
import { trpc } from '../../lib/trpc';
import { useUrlFilters } from '../../lib/url-filters';
import { TallyTable } from './tally-table';

const LINES = { unit: 'byUnit', leader: 'byLeader', month: 'byMonth', category: 'byCategory' } as const;

/** The period and dimension in the URL (from, to, by); this year to today when absent or malformed. */
function usePeriod() {
  const { params, set } = useUrlFilters();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const valid = isValidDateString(from) && isValidDateString(to) && from <= to;
  const period = valid ? { from, to } : presetPeriod('year', todayBusinessDate());
  const byParam = params.get('by') as TallyDimension;
  const by = TALLY_DIMENSIONS.includes(byParam) ? byParam : 'unit';
  return { period, by, set };
}

/** 办结统计: raised, solved, closed, overdue, 办结率 and median days, by unit, leader, month or industry. */
export function ProblemTally() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { period, by, set } = usePeriod();
  const tally = useQuery({ ...trpc.problems.tally.queryOptions(period), placeholderData: (prev) => prev });
  const setPeriod = (p: { from: string; to: string }) => {
    set('from', p.from);
    set('to', p.to);
  };
  const today = todayBusinessDate();
  const total = tally.data?.total;
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-white p-3">
        <div className="flex flex-wrap gap-1" role="group" aria-label={t('problemTally.period')}>
          {PERIOD_PRESETS.map((p) => {
            const range = presetPeriod(p, today);
            const active = range.from === period.from && range.to === period.to;
            return (
              <button
                key={p}
                type="button"
                aria-pressed={active}
                className={pillClass(active)}
                onClick={() => setPeriod(range)}
              >
                {t(`problemTally.presets.${p}`)}
              </button>
            );
          })}
        </div>
        {(['from', 'to'] as const).map((end) => (
          <label key={end} className="flex items-center gap-1 text-sm text-slate-600">
            {t(`problemTally.${end}`)}
            <input
              type="date"
              className={`${inputClass} !w-auto`}
              value={period[end]}
              {...(end === 'from' ? { max: period.to } : { min: period.from })}
              onChange={(e) => e.target.value && setPeriod({ ...period, [end]: e.target.value })}
            />
          </label>
        ))}
        <a
          className={`${linkButtonClass} ml-auto`}
          href={`/api/problems/tally.xlsx?${new URLSearchParams(period).toString()}`}
          title={t('problemTally.export.tallyHint')}
          download
        >
          {t('problemTally.export.tally')}
        </a>
      </div>

      {tally.isPending && <Loading />}
      {tally.isError && <LoadError message={tally.error.message} onRetry={() => void tally.refetch()} />}
      {total && tally.data && (
        <section
          aria-label={t('problemTally.title')}
          className="rounded-lg border border-slate-200 bg-white"
          data-testid="problem-tally"
        >
          <header className="border-b border-slate-100 px-4 py-3">
            <h2 className="text-sm font-semibold text-slate-800">
              {t('problemTally.title')}
              <span className="ml-2 font-normal text-slate-500">
                {fmt.date(tally.data.from)} — {fmt.date(tally.data.to)}
              </span>
            </h2>
            <p className="mt-1 text-base text-slate-900" data-testid="tally-summary">
              {t('problemTally.summary', {
                raised: total.raised.toLocaleString(fmt.lang),
                solved: total.solved.toLocaleString(fmt.lang),
                rate: total.rate === null ? t('common.none') : fmt.rate(total.rate),
              })}
            </p>
            <p className="text-xs text-slate-500">
              {t('problemTally.summaryMore', {
                closed: total.closed.toLocaleString(fmt.lang),
                overdue: total.overdue.toLocaleString(fmt.lang),
                days:
                  total.medianDays === null
                    ? t('common.none')
                    : t('problemTally.days', { count: total.medianDays }),
              })}
            </p>
          </header>
          {total.raised === 0 ? (
            <Empty>{t('problemTally.empty')}</Empty>
          ) : (
            <div className="p-3">
              <Tabs
                className="mb-2"
                items={TALLY_DIMENSIONS}
                value={by}
                label={(d) => t(`problemTally.by.${d}`)}
                onChange={(d) => set('by', d === 'unit' ? undefined : d)}
              />
              <TallyTable by={by} lines={tally.data[LINES[by]]} total={total} />
              <p className="mt-2 text-xs text-slate-400">{t('problemTally.hint')}</p>
            </div>
          )}
        </section>
      )}
    </div>
  );
}
