import { useMutation, useQuery } from '@tanstack/react-query';
import { UserText } from '../../components/ui/user-text';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { toast } from 'sonner';
import { INDUSTRIES } from '../../../shared/domain/catalog';
import { FUNNEL_STAGES } from '../../../shared/domain/stages';
import type { OverviewFilter } from '../../../shared/schemas/schedules';
import { Badge } from '../../components/ui/badge';
import { Button } from '../../components/ui/button';
import { inputClass } from '../../components/ui/field';
import { Empty, LoadError, Loading } from '../../components/ui/states';
import { errorMessage } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { useMayEver } from '../../lib/permissions';
import { trpc } from '../../lib/trpc';
import { LightBadge } from './light-badge';
import { MilestoneBar, TimelineAxis, TimelineBackdrop } from './schedule-timeline';
import { makeScale } from './timeline-scale';

const LIGHT_FILTERS = ['red', 'yellow', 'green', 'none'] as const;

function useOverviewFilter(): [OverviewFilter, (key: keyof OverviewFilter, value: string) => void] {
  const [params, setParams] = useSearchParams();
  const filter: OverviewFilter = {
    light: (LIGHT_FILTERS as readonly string[]).includes(params.get('light') ?? '')
      ? (params.get('light') as OverviewFilter['light'])
      : undefined,
    leaderId: params.get('leader') ? Number(params.get('leader')) : undefined,
    industry: (INDUSTRIES as readonly string[]).includes(params.get('industry') ?? '')
      ? (params.get('industry') as OverviewFilter['industry'])
      : undefined,
    stage: (FUNNEL_STAGES as readonly string[]).includes(params.get('stage') ?? '')
      ? (params.get('stage') as OverviewFilter['stage'])
      : undefined,
  };
  const set = (key: keyof OverviewFilter, value: string) => {
    const next = new URLSearchParams(params);
    const name = key === 'leaderId' ? 'leader' : key;
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  return [filter, set];
}

/** 挂图作战: every major project as a row on one shared timeline, red first; filters and xlsx export. */
export function MajorPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [filter, setFilter] = useOverviewFilter();
  const mayEver = useMayEver();
  const people = useQuery(trpc.directory.users.queryOptions());
  const overview = useQuery(trpc.schedules.overview.queryOptions(filter));
  const exporter = useMutation(trpc.schedules.exportOverview.mutationOptions());
  const leaders = (people.data ?? []).filter((u) => u.role === 'leader');

  const download = async () => {
    try {
      const file = await exporter.mutateAsync(filter);
      const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
      const url = URL.createObjectURL(
        new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
      );
      const a = document.createElement('a');
      a.href = url;
      a.download = file.filename;
      a.click();
      URL.revokeObjectURL(url);
    } catch (error) {
      toast.error(errorMessage(error, t('common.unknownError')));
    }
  };

  const rows = overview.data?.rows ?? [];
  const today = overview.data?.today ?? '';
  const scale = makeScale(
    rows.flatMap((r) => r.milestones.flatMap((m) => [m.plannedDate, m.actualDate])),
    today || new Date().toISOString().slice(0, 10),
    fmt.lang,
  );
  const counts = { red: 0, yellow: 0, green: 0, none: 0 };
  for (const r of rows) counts[r.light ?? 'none'] += 1;

  return (
    <div className="mx-auto flex w-full max-w-[1400px] flex-col gap-4 p-4">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold text-slate-900">{t('schedules.major.title')}</h1>
          <p className="mt-1 text-sm text-slate-500">{t('schedules.major.subtitle')}</p>
        </div>
        <div className="flex gap-2">
          {mayEver('office.manage') && (
            <Link
              to="/schedules/templates"
              className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-50"
            >
              {t('schedules.nav.templates')}
            </Link>
          )}
          <Button variant="primary" onClick={() => void download()} disabled={exporter.isPending}>
            {exporter.isPending ? t('schedules.major.exporting') : t('schedules.major.export')}
          </Button>
        </div>
      </header>
      <div className="flex flex-wrap items-center gap-2 rounded-lg border border-slate-200 bg-white p-3">
        <select
          aria-label={t('schedules.figures.light')}
          className={`${inputClass} !w-32`}
          value={filter.light ?? ''}
          onChange={(e) => setFilter('light', e.target.value)}
        >
          <option value="">{t('schedules.major.allLights')}</option>
          {LIGHT_FILTERS.map((l) => (
            <option key={l} value={l}>
              {t(`schedules.light.${l}`)}
            </option>
          ))}
        </select>
        <select
          aria-label={t('schedules.major.leader')}
          className={`${inputClass} !w-36`}
          value={filter.leaderId ?? ''}
          onChange={(e) => setFilter('leaderId', e.target.value)}
        >
          <option value="">{t('schedules.major.allLeaders')}</option>
          {leaders.map((u) => (
            <option key={u.id} value={u.id} data-user-text="">
              {u.displayName}
            </option>
          ))}
        </select>
        <select
          aria-label={t('board.allIndustries')}
          className={`${inputClass} !w-36`}
          value={filter.industry ?? ''}
          onChange={(e) => setFilter('industry', e.target.value)}
        >
          <option value="">{t('schedules.major.allIndustries')}</option>
          {INDUSTRIES.map((i) => (
            <option key={i} value={i}>
              {t(`industry.${i}`)}
            </option>
          ))}
        </select>
        <select
          aria-label={t('schedules.editor.linked')}
          className={`${inputClass} !w-28`}
          value={filter.stage ?? ''}
          onChange={(e) => setFilter('stage', e.target.value)}
        >
          <option value="">{t('schedules.major.allStages')}</option>
          {FUNNEL_STAGES.map((s) => (
            <option key={s} value={s}>
              {t(`stage.${s}`)}
            </option>
          ))}
        </select>
        {overview.data && (
          <p className="ml-auto flex items-center gap-3 text-sm text-slate-600">
            <span>{t('schedules.major.count', { count: rows.length })}</span>
            <span className="text-xs text-slate-500">{t('schedules.major.counts', counts)}</span>
          </p>
        )}
      </div>
      {overview.isPending ? (
        <Loading />
      ) : overview.isError ? (
        <LoadError message={overview.error.message} onRetry={() => void overview.refetch()} />
      ) : rows.length === 0 ? (
        <div className="rounded-lg border border-slate-200 bg-white">
          <Empty>{t('schedules.major.empty')}</Empty>
        </div>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full min-w-[1100px] text-sm" data-testid="major-table">
            <thead className="sticky top-0 z-30 bg-white">
              <tr className="border-b border-slate-200 text-left text-xs text-slate-500">
                <th className="w-72 px-3 py-2 font-medium">{t('schedules.major.project')}</th>
                <th className="w-20 px-2 py-2 font-medium">{t('schedules.figures.light')}</th>
                <th className="w-20 px-2 py-2 font-medium">{t('schedules.major.progress')}</th>
                <th className="w-24 px-2 py-2 font-medium">{t('schedules.major.leader')}</th>
                <th className="px-3 py-2 font-medium">
                  <TimelineAxis scale={scale} today={today} />
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr
                  key={r.id}
                  className="border-b border-slate-100 hover:bg-slate-50/60"
                  data-testid="major-row"
                  data-light={r.light ?? 'none'}
                >
                  <td className="px-3 py-2">
                    <Link
                      to={`/projects/${r.id}`}
                      data-user-text=""
                      className="font-medium text-slate-900 hover:text-brand-600 hover:underline"
                    >
                      <UserText>{r.name}</UserText>
                    </Link>
                    <p className="mt-0.5 flex flex-wrap items-center gap-1.5 text-xs text-slate-500">
                      <span>{t(`stage.${r.stage}`)}</span>·<span>{t(`industry.${r.industry}`)}</span>·
                      <span>{fmt.money(r.amount)}</span>
                      {r.openChaseUps > 0 && (
                        <Badge tone="red">{t('schedules.major.chaseCount', { count: r.openChaseUps })}</Badge>
                      )}
                    </p>
                    {r.next && (
                      <p className="mt-0.5 text-xs text-slate-400">
                        {t('schedules.figures.next')}
                        {t('punct.colon')}
                        <UserText>{r.next.name}</UserText> {r.next.plannedDate}
                      </p>
                    )}
                  </td>
                  <td className="px-2 py-2">
                    {r.light ? (
                      <LightBadge light={r.light} />
                    ) : (
                      <span className="text-xs text-slate-400">{t('schedules.unscheduled')}</span>
                    )}
                  </td>
                  <td
                    className={`px-2 py-2 tabular-nums ${r.proRata?.light === 'red' ? 'text-red-600' : r.proRata?.light === 'yellow' ? 'text-amber-600' : 'text-slate-700'}`}
                  >
                    {r.proRata ? `${r.proRata.percent}%` : '—'}
                  </td>
                  <td className="px-2 py-2 text-xs text-slate-600">
                    {r.leaders.length ? (
                      <UserText>{fmt.list(r.leaders)}</UserText>
                    ) : (
                      <span className="text-slate-300">—</span>
                    )}
                  </td>
                  <td className="px-3 py-2">
                    <div className="relative h-7">
                      <TimelineBackdrop scale={scale} today={today} />
                      {r.milestones.map((m, i) => (
                        <MilestoneBar
                          key={m.id}
                          m={m}
                          from={i === 0 ? m.plannedDate : (r.milestones[i - 1]?.plannedDate ?? m.plannedDate)}
                          scale={scale}
                        />
                      ))}
                      {r.targetDate && (
                        <span
                          aria-hidden
                          title={`${t('schedules.major.target')} ${r.targetDate}`}
                          className="absolute top-0 h-7 w-px border-l border-dashed border-slate-400"
                          style={{ left: `${scale.x(r.targetDate)}%` }}
                        />
                      )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
