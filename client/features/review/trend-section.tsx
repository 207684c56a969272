import { useMemo } from 'react';
import { Section } from '../../components/ui/section';
import { Chart } from './chart';
import type { Span, WeekReview } from './types';
import { useReviewLabels } from './use-review-labels';

// Distinct dash patterns and symbols keep the lines apart in black and white print.
const LINE_TYPES = ['solid', 'dashed', 'dotted', [8, 3, 2, 3], [2, 2]] as const;
const SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'pin'] as const;
const COLORS = ['#1e293b', '#b91c1c', '#2563eb', '#15803d', '#a16207'];

/** Projects per stage at each week's end over 12 weeks, with new leads as bars. */
export function TrendSection({ r, span = 'week' }: { r: Pick<WeekReview, 'trend' | 'stages'>; span?: Span }) {
  const { t, stage } = useReviewLabels();
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 40, top: 36, bottom: 28 },
      xAxis: {
        type: 'category',
        data: r.trend.map((p) => (span === 'week' ? `W${p.week.slice(6)}` : p.week.slice(2))),
      },
      yAxis: [
        { type: 'value', name: t('review.col.count'), minInterval: 1 },
        { type: 'value', name: t('review.chart.newLeads'), minInterval: 1, splitLine: { show: false } },
      ],
      series: [
        ...r.stages.map((s, i) => ({
          type: 'line',
          name: stage(s),
          data: r.trend.map((p) => p.stages[i]),
          symbol: SYMBOLS[i],
          symbolSize: 7,
          color: COLORS[i],
          lineStyle: { type: LINE_TYPES[i], width: 2 },
        })),
        {
          type: 'bar',
          name: t('review.chart.newLeads'),
          yAxisIndex: 1,
          data: r.trend.map((p) => p.newLeads),
          color: '#cbd5e1',
          barWidth: '40%',
        },
      ],
    }),
    [r, t, stage, span],
  );
  return (
    <Section title={span === 'week' ? t('review.sections.trend') : t('report.sections.trend')}>
      <Chart option={option} label={t('review.chart.trend')} height={280} printHeight={220} />
    </Section>
  );
}
