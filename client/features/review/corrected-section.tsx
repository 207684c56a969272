import { Section } from '../../components/ui/section';
import type { WeekReview } from './types';
import { useReviewLabels } from './use-review-labels';

/**
 * A closed week with corrections: its figures as known when it ended (the meeting's) beside the same
 * figures with the facts recorded or corrected since (decision 090).
 */
export function CorrectedSection({ r }: { r: WeekReview }) {
  const { t, fmt, stage, signed, signedMoney } = useReviewLabels();
  const c = r.corrected;
  if (!c) return null;
  const count = (then: number, now: number) => [String(then), String(now), signed(now - then)];
  const money = (then: number, now: number) => [fmt.money(then), fmt.money(now), signedMoney(now - then)];
  const rows: [string, string[]][] = [
    [t('review.kpi.active'), count(r.funnel.activeCount, c.funnel.activeCount)],
    [t('review.kpi.amount'), money(r.funnel.activeAmount, c.funnel.activeAmount)],
    ...r.funnel.states.map((s, i): [string, string[]] => [
      stage(s.state),
      count(s.count, c.funnel.states[i]?.count ?? 0),
    ]),
    [t('review.kpi.newLeads'), count(r.flow.newLeads, c.flow.newLeads)],
    [t('review.kpi.forward'), count(r.flow.forwardTotal, c.flow.forwardTotal)],
    [t('review.kpi.funds'), money(r.funds.week, c.funds.week)],
    [t('review.kpi.fundsCumulative'), money(r.funds.cumulative, c.funds.cumulative)],
    ...r.cumulative.reached.map((x, i): [string, string[]] => [
      t('review.corrected.reached', { stage: stage(x.stage) }),
      count(x.count, c.cumulative.reached[i]?.count ?? 0),
    ]),
  ];
  return (
    <Section title={t('review.corrected.title')}>
      <p className="mb-2 text-xs text-slate-500">{t('review.corrected.hint')}</p>
      <table className="review-table w-full text-sm" data-testid="review-corrected">
        <thead>
          <tr>
            <th className="text-left">{t('review.corrected.figure')}</th>
            <th className="text-right">{t('review.corrected.knownThen')}</th>
            <th className="text-right">{t('review.corrected.correctedNow')}</th>
            <th className="text-right">{t('review.corrected.difference')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, cells]) => (
            <tr key={label} className={cells[2] !== '0' ? 'font-medium text-amber-800' : undefined}>
              <td>{label}</td>
              {cells.map((v, i) => (
                <td key={i} className="text-right tabular-nums">
                  {v}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}
