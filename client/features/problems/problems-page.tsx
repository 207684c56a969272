import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PROBLEM_STATUSES, type ProblemStatus } from '../../../shared/domain/problems';
import type { ProblemListInput } from '../../../shared/schemas/problems';
import { inputClass } from '../../components/ui/field';
import { Tabs } from '../../components/ui/tabs';
import { Empty, LoadError, Loading } from '../../components/ui/states';
import { trpc } from '../../lib/trpc';
import { positiveInt, useUrlFilters } from '../../lib/url-filters';
import { ProblemList } from './problem-list';
import { useDirectory } from '../../lib/use-directory';
import { ProblemListExport } from './export-links';
import { ProblemTally } from './problem-tally';

const selectClass = `${inputClass} !w-auto`;

const VIEWS = ['list', 'tally'] as const;

/** 问题清单 and its 办结统计, one tab each (`view=tally` in the URL). */
export function ProblemsPage() {
  const { t } = useTranslation();
  const { params, set } = useUrlFilters();
  const view = params.get('view') === 'tally' ? 'tally' : 'list';
  return (
    <div className="mx-auto flex w-full max-w-6xl flex-col gap-3 p-3 sm:p-4">
      <h1 className="text-lg font-semibold text-slate-900">{t('leaders.problems.title')}</h1>
      <Tabs
        look="line"
        items={VIEWS}
        value={view}
        label={(v) => t(`problemTally.tabs.${v}`)}
        // Each view keeps its own parameters: switching drops the other's.
        onChange={(v) =>
          set('view', v === 'tally' ? v : undefined, ...(v === 'tally' ? LIST_KEYS : TALLY_KEYS))
        }
      />
      {view === 'tally' ? <ProblemTally /> : <ProblemListView />}
    </div>
  );
}

const LIST_KEYS = ['project', 'unit', 'leader', 'status', 'overdue'];
const TALLY_KEYS = ['from', 'to', 'by'];

/** 问题清单: every project's problems, filtered by unit, status, leader and overdue (kept in the URL). */
function ProblemListView() {
  const { t } = useTranslation();
  const { params, set } = useUrlFilters();
  const dir = useDirectory();
  const filter = useMemo<ProblemListInput>(() => {
    const status = params.get('status');
    return {
      projectId: positiveInt(params.get('project')),
      unitId: positiveInt(params.get('unit')),
      leaderId: positiveInt(params.get('leader')),
      status: PROBLEM_STATUSES.includes(status as ProblemStatus) ? (status as ProblemStatus) : undefined,
      overdue: params.get('overdue') === '1' || undefined,
    };
  }, [params]);
  const list = useQuery({ ...trpc.problems.list.queryOptions(filter), placeholderData: (prev) => prev });
  const overdue = list.data?.filter((p) => p.overdue).length ?? 0;

  return (
    <>
      <div>
        {list.data && (
          <p className="text-xs text-slate-500">
            {t('leaders.problems.count', { count: list.data.length, overdue })}
          </p>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <select
          aria-label={t('leaders.problems.unit')}
          className={selectClass}
          value={filter.unitId ?? ''}
          onChange={(e) => set('unit', e.target.value || undefined)}
        >
          <option value="">{t('leaders.problems.allUnits')}</option>
          {dir.units.map((u) => (
            <option key={u.id} value={u.id} data-user-text="">
              {u.name}
            </option>
          ))}
        </select>
        <select
          aria-label={t('leaders.problems.status')}
          className={selectClass}
          value={filter.status ?? ''}
          onChange={(e) => set('status', e.target.value || undefined)}
        >
          <option value="">{t('leaders.problems.allStatuses')}</option>
          {PROBLEM_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`leaders.problemStatus.${s}`)}
            </option>
          ))}
        </select>
        <select
          aria-label={t('leaders.problems.leader')}
          className={selectClass}
          value={filter.leaderId ?? ''}
          onChange={(e) => set('leader', e.target.value || undefined)}
        >
          <option value="">{t('leaders.problems.allLeaders')}</option>
          {dir.leaders.map((u) => (
            <option key={u.id} value={u.id} data-user-text="">
              {u.displayName}
            </option>
          ))}
        </select>
        <label className="flex items-center gap-1.5 text-sm text-slate-700">
          <input
            type="checkbox"
            checked={filter.overdue ?? false}
            onChange={(e) => set('overdue', e.target.checked ? '1' : undefined)}
          />
          {t('leaders.problems.overdueOnly')}
        </label>
        <span className="ml-auto">
          <ProblemListExport filter={filter} />
        </span>
      </div>
      <div className="rounded-lg border border-slate-200 bg-white px-3">
        {list.isPending && <Loading />}
        {list.isError && <LoadError message={list.error.message} onRetry={() => void list.refetch()} />}
        {list.data &&
          (list.data.length === 0 ? (
            <Empty>{t('leaders.problems.emptyFiltered')}</Empty>
          ) : (
            <ProblemList rows={list.data} showProject />
          ))}
      </div>
    </>
  );
}
