import { useMemo } from 'react';
import { Section } from '../../components/ui/section';
import { Chart } from './chart';
import type { Span, WeekReview } from './types';
import { useReviewLabels } from './use-review-labels';

/** The funnel at the week's (period's) end: count and investment per stage, change against the one before. */
export function FunnelSection({
  r,
  span = 'week',
}: {
  r: Pick<WeekReview, 'funnel' | 'funnelChange'>;
  span?: Span;
}) {
  const { t, fmt, stage, signed, signedMoney } = useReviewLabels();
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'item' },
      series: [
        {
          type: 'funnel',
          sort: 'none',
          left: '5%',
          width: '90%',
          top: 8,
          bottom: 8,
          minSize: '18%',
          gap: 3,
          label: {
            position: 'inside',
            color: '#000',
            fontSize: 13,
            formatter: t('review.chart.funnelLabel'),
          },
          itemStyle: { borderColor: '#333', borderWidth: 1 },
          color: ['#fecaca', '#fca5a5', '#f87171', '#ef4444', '#b91c1c'],
          data: r.funnel.states.slice(0, 5).map((s) => ({ name: stage(s.state), value: s.count })),
        },
      ],
    }),
    [r, stage, t],
  );
  return (
    <Section title={span === 'week' ? t('review.sections.funnel') : t('report.sections.funnel')}>
      <div className="grid gap-4 lg:grid-cols-[minmax(14rem,1fr)_1.3fr] print:grid-cols-[minmax(14rem,1fr)_1.3fr]">
        <Chart option={option} label={t('review.chart.funnel')} height={230} />
        <table className="review-table w-full text-sm [&_td]:whitespace-nowrap" data-testid="funnel-table">
          <thead>
            <tr>
              <th className="text-left">{t('review.col.stage')}</th>
              <th className="text-right">{t('review.col.count')}</th>
              <th className="text-right">{t('review.col.amount')}</th>
              <th className="text-right">
                {span === 'week' ? t('review.col.changeCount') : t('report.col.changeCount')}
              </th>
              <th className="text-right">
                {span === 'week' ? t('review.col.change') : t('report.col.changeAmount')}
              </th>
            </tr>
          </thead>
          <tbody>
            {r.funnel.states.map((s, i) => (
              <tr key={s.state} data-stage={s.state} className={i === 5 ? 'border-t-2 border-slate-200' : ''}>
                <td className={i >= 5 ? 'text-slate-500' : 'font-medium'}>{stage(s.state)}</td>
                <td className="text-right tabular-nums" data-testid={`funnel-count-${s.state}`}>
                  {s.count}
                </td>
                <td
                  className="text-right tabular-nums"
                  data-testid={`funnel-amount-${s.state}`}
                  data-wan={s.amount}
                >
                  {fmt.money(s.amount)}
                </td>
                <td className="text-right tabular-nums text-slate-600">{signed(r.funnelChange[i]!.count)}</td>
                <td className="text-right tabular-nums text-slate-600">
                  {signedMoney(r.funnelChange[i]!.amount)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Section>
  );
}
