import { useQuery } from '@tanstack/react-query';
import { Link, Navigate, useParams } from 'react-router';
import { Button } from '../../components/ui/button';
import { LoadError, Loading } from '../../components/ui/states';
import { trpc } from '../../lib/trpc';
import { BreakdownsSection } from './breakdowns-section';
import { CorrectedSection } from './corrected-section';
import { CumulativeSection } from './cumulative-section';
import { FlowSection } from './flow-section';
import { FunnelSection } from './funnel-section';
import { ListsSection } from './lists-section';
import { LackingProofSection } from '../documents';
import './review.css';
import { SealButtons, SealNotice } from './seal-bar';
import { TargetsSection } from './targets-section';
import { TrendSection } from './trend-section';
import type { WeekReview } from './types';
import { useExportXlsx } from './use-export';
import { usePrintTitle } from './use-print-title';
import { useReviewLabels } from './use-review-labels';
import { WeekNav } from './week-nav';

/** /review: the current week in Shanghai. */
export function ReviewRedirect() {
  const current = useQuery(trpc.review.currentWeek.queryOptions());
  if (current.isError) return <LoadError message={current.error.message} />;
  if (!current.data) return <Loading />;
  return <Navigate replace to={`/review/${current.data.week}`} />;
}

/** /review/:isoWeek — the weekly funnel review (周调度会), printable and exportable. */
export function ReviewPage() {
  const { isoWeek = '' } = useParams();
  const review = useQuery({
    ...trpc.review.week.queryOptions({ week: isoWeek }),
    placeholderData: (prev) => prev,
  });
  if (review.isError)
    return <LoadError message={review.error.message} onRetry={() => void review.refetch()} />;
  if (!review.data) return <Loading />;
  return <Review r={review.data} loading={review.isPlaceholderData} />;
}

function Review({ r, loading }: { r: WeekReview; loading: boolean }) {
  const { t, fmt, signed, signedMoney } = useReviewLabels();
  const exportXlsx = useExportXlsx();
  const title = t('review.title', { district: t('review.districtName'), week: r.week.number });
  usePrintTitle(title);
  const kpis = [
    [
      t('review.kpi.active'),
      String(r.funnel.activeCount),
      signed(r.funnel.activeCount - r.previousFunnel.activeCount),
    ],
    [
      t('review.kpi.amount'),
      fmt.money(r.funnel.activeAmount),
      signedMoney(r.funnel.activeAmount - r.previousFunnel.activeAmount),
    ],
    [t('review.kpi.newLeads'), String(r.flow.newLeads), signed(r.flowChange.newLeads)],
    [t('review.kpi.forward'), String(r.flow.forwardTotal), signed(r.flowChange.forwardTotal)],
    [t('review.kpi.funds'), fmt.money(r.funds.week), signedMoney(r.funds.week - r.funds.previousWeek)],
  ] as const;
  return (
    <div
      className={`review-page mx-auto flex w-full max-w-7xl flex-col gap-3 p-4 ${loading ? 'opacity-60' : ''}`}
      aria-busy={loading}
    >
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold text-slate-900" data-testid="review-title">
            {title}
          </h1>
          <p className="text-sm text-slate-500">
            {t('review.period', {
              year: r.week.year,
              week: r.week.number,
              from: fmt.date(r.week.firstDay),
              to: fmt.date(r.week.lastDay),
            })}
            {' · '}
            {t('review.campaign', { from: fmt.date(r.campaign.start), to: fmt.date(r.campaign.end) })}
          </p>
        </div>
        <div className="review-no-print flex flex-wrap items-center gap-2">
          <WeekNav week={r.week} />
          <Link
            className="text-sm text-brand-600 hover:underline"
            to={`/reports/${r.week.lastDay.slice(0, 7)}`}
          >
            {t('report.linkFromReview')}
          </Link>
          <SealButtons r={r} />
          <Button onClick={() => window.print()}>{t('review.print')}</Button>
          <Button
            variant="primary"
            disabled={exportXlsx.isPending}
            onClick={() => exportXlsx.mutate({ week: r.week.key })}
          >
            {exportXlsx.isPending ? t('review.exporting') : t('review.export')}
          </Button>
        </div>
      </div>
      {/* Printed too: a report of a week not yet over must say so on paper. */}
      <SealNotice r={r} />
      {r.week.current && (
        <p className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-800 print:py-1">
          {t('review.inProgress')}
        </p>
      )}

      <div className="review-kpis review-keep-children grid grid-cols-2 gap-3 md:grid-cols-3 lg:grid-cols-6 print:grid-cols-6">
        {kpis.map(([label, value, change]) => (
          <div key={label} className="rounded-lg border border-slate-200 bg-white px-4 py-3">
            <div className="text-xs text-slate-500">{label}</div>
            <div className="mt-1 text-xl font-semibold tabular-nums text-slate-900">{value}</div>
            <div className="text-xs text-slate-500">{t('review.kpi.vsPrevious', { value: change })}</div>
          </div>
        ))}
        <div className="rounded-lg border border-slate-200 bg-white px-4 py-3">
          <div className="text-xs text-slate-500">{t('review.kpi.fundsCumulative')}</div>
          <div className="mt-1 text-xl font-semibold tabular-nums text-slate-900">
            {fmt.money(r.funds.cumulative)}
          </div>
          <div className="text-xs text-slate-500">
            {t('review.kpi.cumulativeFrom', { from: fmt.date(r.campaign.start) })}
          </div>
        </div>
      </div>

      <div className="review-keep-children grid gap-3 xl:grid-cols-[1.4fr_1fr] print:grid-cols-[1.4fr_1fr]">
        <FunnelSection r={r} />
        <FlowSection r={r} />
      </div>
      <div className="review-keep-children grid gap-3 xl:grid-cols-2 print:grid-cols-2">
        <CumulativeSection r={r} />
        <TrendSection r={r} />
      </div>
      <div className="review-keep">
        <TargetsSection r={r} />
      </div>
      <CorrectedSection r={r} />
      <BreakdownsSection r={r} />
      <ListsSection r={r} />
      <LackingProofSection />
      <p className="review-footnote text-xs text-slate-500">{t('review.reproducible')}</p>
    </div>
  );
}
