import { useMemo } from 'react';
import { Link } from 'react-router';
import { Section } from '../../components/ui/section';
import { Empty } from '../../components/ui/states';
import { UserText } from '../../components/ui/user-text';
import { Chart } from './chart';
import type { Span, WeekReview } from './types';
import { useReviewLabels } from './use-review-labels';

const PACE_CLASS = {
  ahead: 'text-emerald-700',
  done: 'text-emerald-700',
  on_pace: 'text-slate-700',
  behind: 'text-red-700 font-medium',
  not_started: 'text-slate-500',
} as const;

/** Each target's progress against the share of its period elapsed at the week's end. */
export function TargetsSection({
  r,
  span = 'week',
}: {
  r: { targets: (WeekReview['targets'][number] & { ownerName?: string | null })[] };
  span?: Span;
}) {
  const { t, fmt, metricValue, pct } = useReviewLabels();
  const name = (x: (typeof r.targets)[number]) =>
    [
      t(`review.metric.${x.metric}`),
      x.industry ? t(`industry.${x.industry}`) : null,
      x.unitName,
      x.ownerName ? t('report.targetScopeOwner', { name: x.ownerName }) : null,
    ]
      .filter(Boolean)
      .join(' · ');
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 150, right: 40, top: 30, bottom: 20 },
      xAxis: {
        type: 'value',
        max: (v: { max: number }) => Math.max(100, Math.ceil(v.max / 10) * 10),
        axisLabel: { formatter: '{value}%' },
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: r.targets.map((x) => `${name(x)}\n${x.periodStart.slice(0, 4)}–${x.periodEnd.slice(0, 4)}`),
      },
      series: [
        {
          type: 'bar',
          name: t('review.chart.progress'),
          data: r.targets.map((x) => Math.round(x.progress * 1000) / 10),
          color: '#b91c1c',
          label: { show: true, position: 'right', formatter: '{c}%', color: '#000' },
        },
        {
          type: 'bar',
          name: t('review.chart.elapsed'),
          data: r.targets.map((x) => Math.round(x.elapsed * 1000) / 10),
          color: '#94a3b8',
        },
      ],
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [r, t],
  );
  return (
    <Section
      title={t('review.sections.targets')}
      actions={
        <Link className="review-no-print text-xs text-brand-600 hover:underline" to="/targets">
          {t('review.navTargets')}
        </Link>
      }
    >
      {!r.targets.length ? (
        <Empty>{span === 'week' ? t('review.empty.targets') : t('report.empty.targets')}</Empty>
      ) : (
        <div className="grid gap-4 xl:grid-cols-[1.2fr_1fr] print:grid-cols-[1.2fr_1fr]">
          <table className="review-table w-full text-sm">
            <thead>
              <tr>
                <th className="text-left">{t('review.col.metric')}</th>
                <th className="text-right">{t('review.col.target')}</th>
                <th className="text-right">{t('review.col.actual')}</th>
                <th className="text-right">{t('review.col.progress')}</th>
                <th className="text-right">{t('review.col.elapsed')}</th>
                <th className="text-left">{t('review.col.pace')}</th>
              </tr>
            </thead>
            <tbody>
              {r.targets.map((x) => (
                <tr key={x.id}>
                  <td>
                    <div className="font-medium">
                      {[t(`review.metric.${x.metric}`), x.industry ? t(`industry.${x.industry}`) : null]
                        .filter(Boolean)
                        .join(' · ')}
                      {x.unitName && (
                        <>
                          {' · '}
                          <UserText>{x.unitName}</UserText>
                        </>
                      )}
                      {x.ownerName && (
                        <>
                          {' · '}
                          {t('report.targetOwnerLabel')}
                          <UserText>{x.ownerName}</UserText>
                        </>
                      )}
                    </div>
                    <div className="text-xs text-slate-500">
                      {fmt.date(x.periodStart)} — {fmt.date(x.periodEnd)}
                    </div>
                  </td>
                  <td className="text-right tabular-nums">{metricValue(x.metric, x.value)}</td>
                  <td className="text-right tabular-nums">{metricValue(x.metric, x.actual)}</td>
                  <td className="text-right tabular-nums">{pct(x.progress)}</td>
                  <td className="text-right tabular-nums">{pct(x.elapsed)}</td>
                  <td className={PACE_CLASS[x.status]}>
                    {x.status === 'ahead' || x.status === 'behind'
                      ? t(`review.pace.${x.status}`, {
                          value: t('review.pace.points', { value: Math.abs(x.gapPoints) }),
                        })
                      : t(`review.pace.${x.status}`)}
                    {(x.status === 'ahead' || x.status === 'behind') && (
                      <div className="text-xs text-slate-500">
                        ({metricValue(x.metric, Math.round(Math.abs(x.gap)))})
                      </div>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Chart
            option={option}
            label={t('review.chart.targets')}
            height={Math.max(180, 60 + r.targets.length * 46)}
          />
        </div>
      )}
    </Section>
  );
}
