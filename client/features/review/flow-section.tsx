import { Fragment } from 'react';
import { Section } from '../../components/ui/section';
import type { Span, WeekReview } from './types';
import { useReviewLabels } from './use-review-labels';

const FIGURES = [
  'newLeads',
  'forwardTotal',
  'backward',
  'holds',
  'resumes',
  'drops',
  'restores',
  'events',
] as const;

/** The week's flow beside the previous week's, with each forward transition. */
export function FlowSection({
  r,
  span = 'week',
}: {
  r: Pick<WeekReview, 'flow' | 'previousFlow' | 'flowChange'>;
  span?: Span;
}) {
  const { t, stage, signed } = useReviewLabels();
  const label = (k: (typeof FIGURES)[number]) => t(`review.flow.${k === 'forwardTotal' ? 'forward' : k}`);
  return (
    <Section title={span === 'week' ? t('review.sections.flow') : t('report.sections.flow')}>
      <table className="review-table w-full text-sm">
        <thead>
          <tr>
            <th className="text-left">{t('review.col.figure')}</th>
            <th className="text-right">
              {span === 'week' ? t('review.col.thisWeek') : t('report.col.thisPeriod')}
            </th>
            <th className="text-right">
              {span === 'week' ? t('review.col.previousWeek') : t('report.col.previousPeriod')}
            </th>
            <th className="text-right">
              {span === 'week' ? t('review.col.change') : t('report.col.change')}
            </th>
          </tr>
        </thead>
        <tbody>
          {FIGURES.map((k) => (
            <Fragment key={k}>
              <tr>
                <td className={k === 'events' ? 'font-medium' : ''}>{label(k)}</td>
                <td className="text-right tabular-nums">{r.flow[k]}</td>
                <td className="text-right tabular-nums">{r.previousFlow[k]}</td>
                <td className="text-right tabular-nums text-slate-600">{signed(r.flowChange[k])}</td>
              </tr>
              {k === 'forwardTotal' &&
                r.flow.forward.map((f) => (
                  <tr key={`${f.from}-${f.to}`} className="text-slate-600">
                    <td className="pl-6">
                      {t('review.flow.transition', { from: stage(f.from), to: stage(f.to) })}
                    </td>
                    <td className="text-right tabular-nums">{f.count}</td>
                    <td className="text-right tabular-nums">
                      {r.previousFlow.forward.find((p) => p.from === f.from && p.to === f.to)?.count ?? 0}
                    </td>
                    <td />
                  </tr>
                ))}
            </Fragment>
          ))}
        </tbody>
      </table>
    </Section>
  );
}
