import { Section } from '../../components/ui/section';
import type { WeekReview } from './types';
import { useReviewLabels } from './use-review-labels';

/** Projects that reached each stage since the campaign start, conversion to the next and median days. */
export function CumulativeSection({ r }: { r: WeekReview }) {
  const { t, fmt, stage, pct } = useReviewLabels();
  return (
    <Section
      title={`${t('review.sections.cumulative')} · ${t('review.kpi.cumulativeFrom', { from: fmt.date(r.campaign.start) })}`}
    >
      <table className="review-table w-full text-sm">
        <thead>
          <tr>
            <th className="text-left">{t('review.col.stage')}</th>
            <th className="text-right">{t('review.col.reached')}</th>
            <th className="text-right">{t('review.col.amount')}</th>
            <th className="text-right">{t('review.col.converted')}</th>
            <th className="text-right">{t('review.col.rate')}</th>
            <th className="text-right">{t('review.col.medianDays')}</th>
          </tr>
        </thead>
        <tbody>
          {r.cumulative.reached.map((s, i) => {
            const c = r.conversions[i];
            return (
              <tr key={s.stage}>
                <td className="font-medium">{stage(s.stage)}</td>
                <td className="text-right tabular-nums">{s.count}</td>
                <td className="text-right tabular-nums">{fmt.money(s.amount)}</td>
                <td className="text-right tabular-nums">{c ? `${c.converted} → ${stage(c.to)}` : '—'}</td>
                <td className="text-right tabular-nums">{c ? pct(c.rate) : '—'}</td>
                <td className="text-right tabular-nums">
                  {c?.medianDays == null ? '—' : t('common.days', { count: c.medianDays })}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Section>
  );
}
