import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Navigate, useParams } from 'react-router';
import { periodKeyAt, periodOf } from '../../../shared/domain/review/period';
import { Button, linkButtonClass } from '../../components/ui/button';
import { Section } from '../../components/ui/section';
import { Empty, LoadError, Loading } from '../../components/ui/states';
import { trpc } from '../../lib/trpc';
import { AfterCompletionSection } from './after-completion-section';
import { FlowSection } from './flow-section';
import { FunnelSection } from './funnel-section';
import { CorrectionsTable } from './lists-section';
import { PeriodNav } from './period-nav';
import { RankingSection } from './ranking-section';
import './review.css';
import './report-print.css';
import { TargetsSection } from './targets-section';
import { TrendSection } from './trend-section';
import type { PeriodReport } from './types';
import { usePrintTitle } from './use-print-title';
import { useReviewLabels } from './use-review-labels';

/** /reports: this month's report (Shanghai). */
export function ReportRedirect() {
  const [now] = useState(Date.now);
  return <Navigate replace to={`/reports/${periodKeyAt('month', now)}`} />;
}

/** /reports/:period — 月报 (2026-11) or 季报 (2026-Q4): printable on A4 portrait and exported as xlsx. */
export function ReportPage() {
  const { period: key = '' } = useParams();
  const { t } = useReviewLabels();
  const [openedAt] = useState(Date.now);
  const period = periodOf(key);
  const valid = !!period && period.kind !== 'week';
  const begun = valid && period.start <= openedAt;
  const report = useQuery({
    ...trpc.review.report.queryOptions({ period: key }),
    enabled: begun,
    placeholderData: (prev) => prev,
  });
  if (!valid) return <LoadError message={t('errors.periodFormat')} />;
  if (!begun)
    return (
      <div className="review-page report-page mx-auto flex w-full max-w-7xl flex-col gap-3 p-4">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h1 className="text-xl font-semibold text-slate-900">{titleOf(t, period)}</h1>
          <PeriodNav periodKey={key} />
        </div>
        <Section title={t('report.sections.figures')}>
          <Empty>{t('report.notStarted', { period: titleOf(t, period, true) })}</Empty>
        </Section>
      </div>
    );
  if (report.isError)
    return <LoadError message={report.error.message} onRetry={() => void report.refetch()} />;
  if (!report.data) return <Loading />;
  return <Report r={report.data} loading={report.isPlaceholderData} />;
}

type T = ReturnType<typeof useReviewLabels>['t'];
function titleOf(t: T, p: { kind: string; year: number; number: number }, short = false): string {
  const month = p.kind === 'month';
  if (short) return month ? `${p.year}-${String(p.number).padStart(2, '0')}` : `${p.year}-Q${p.number}`;
  return t(month ? 'report.titleMonth' : 'report.titleQuarter', {
    district: t('review.districtName'),
    year: p.year,
    number: p.number,
  });
}

function Report({ r, loading }: { r: PeriodReport; loading: boolean }) {
  const { t, fmt, signed, signedMoney } = useReviewLabels();
  const title = titleOf(t, r.period);
  usePrintTitle(title);
  const reach = (i: number) => [r.reached[i]!.count, r.previousReached[i]!.count] as const;
  const count = (label: string, [now, before]: readonly [number, number], id: string) =>
    [label, String(now), signed(now - before), id] as const;
  const kpis = [
    count(t('report.kpi.newLeads'), reach(0), 'newLeads'),
    count(t('report.kpi.signed'), reach(1), 'signed'),
    [
      t('report.kpi.signedAmount'),
      fmt.money(r.reached[1]!.amount),
      signedMoney(r.reached[1]!.amount - r.previousReached[1]!.amount),
      'signedAmount',
    ] as const,
    count(t('report.kpi.landed'), reach(2), 'landed'),
    count(t('report.kpi.started'), reach(3), 'started'),
    count(t('report.kpi.completed'), reach(4), 'completed'),
    [
      t('report.kpi.funds'),
      fmt.money(r.funds.week),
      signedMoney(r.funds.week - r.funds.previousWeek),
      'funds',
    ] as const,
    [
      t('report.kpi.fixedAssets'),
      fmt.money(r.afterCompletion.fixedAssets.total),
      null,
      'fixedAssets',
    ] as const,
  ];
  const quiet = r.reached.every((s) => s.count === 0) && r.flow.events === 0;
  const month = r.period.kind === 'month';
  return (
    <div
      className={`review-page report-page mx-auto flex w-full max-w-7xl flex-col gap-3 p-4 ${loading ? 'opacity-60' : ''}`}
      aria-busy={loading}
    >
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold text-slate-900" data-testid="report-title">
            {title}
          </h1>
          <p className="text-sm text-slate-500">
            {t('report.periodDays', { from: fmt.date(r.period.firstDay), to: fmt.date(r.period.lastDay) })}
            {' · '}
            {t('review.campaign', { from: fmt.date(r.campaign.start), to: fmt.date(r.campaign.end) })}
          </p>
        </div>
        <div className="review-no-print flex flex-wrap items-center gap-2">
          <PeriodNav periodKey={r.period.key} />
          <Button onClick={() => window.print()}>{t('review.print')}</Button>
          <a
            className={linkButtonClass}
            href={`/api/reports/${r.period.key}.xlsx`}
            download
            data-testid="report-export"
          >
            {t('review.export')}
          </a>
        </div>
      </div>
      {r.period.current && (
        <p className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-800 print:py-1">
          {month ? t('report.inProgressMonth') : t('report.inProgressQuarter')}
        </p>
      )}

      <div
        className="review-kpis report-kpis review-keep-children grid grid-cols-2 gap-3 md:grid-cols-4"
        data-testid="report-kpis"
      >
        {kpis.map(([label, value, change, id]) => (
          <div key={id} className="rounded-lg border border-slate-200 bg-white px-4 py-3" data-kpi={id}>
            <div className="text-xs text-slate-500">{label}</div>
            <div className="mt-1 text-xl font-semibold tabular-nums text-slate-900">{value}</div>
            <div className="text-xs text-slate-500">
              {change === null ? '\u00a0' : t('report.kpi.vsPrevious', { value: change })}
            </div>
          </div>
        ))}
      </div>
      {quiet && <p className="text-sm text-slate-500">{t('report.noActivity')}</p>}

      <div className="review-keep-children grid gap-3 xl:grid-cols-[1.4fr_1fr] print:block">
        <FunnelSection r={r} span="period" />
        <FlowSection r={r} span="period" />
      </div>
      <div className="review-keep report-targets">
        {/* Targets of the district or an industry; those of a unit or an officer are read in the rankings. */}
        <TargetsSection
          r={{ targets: r.targets.filter((x) => x.unitId === null && x.ownerId === null) }}
          span="period"
        />
      </div>
      <div className="review-keep-children report-stack grid gap-3 xl:grid-cols-2">
        <RankingSection
          title={t('report.sections.unitRanking')}
          who={t('report.col.unit')}
          rows={r.ranking.units}
          testId="unit-ranking"
        />
        <RankingSection
          title={t('report.sections.officerRanking')}
          who={t('report.col.officer')}
          rows={r.ranking.officers}
          testId="officer-ranking"
        />
      </div>
      <AfterCompletionSection r={r} />
      <div className="review-keep">
        <TrendSection r={r} span="period" />
      </div>
      {r.period.closed && (
        <Section title={t('report.sections.corrections')}>
          <CorrectionsTable rows={r.corrections} empty={t('report.empty.corrections')} />
        </Section>
      )}
      <p className="review-footnote text-xs text-slate-500">{t('report.reproducible')}</p>
    </div>
  );
}
