import { Section } from '../../components/ui/section';
import { Empty } from '../../components/ui/states';
import type { PeriodReport } from './types';
import { useReviewLabels } from './use-review-labels';

type Row = PeriodReport['ranking']['units'][number];

/**
 * 责任单位 or officers ranked against their targets (decision 041): rank, target progress and the
 * period's actual figures; those without a target follow, unranked, with their figures.
 */
export function RankingSection({
  title,
  who,
  rows,
  testId,
}: {
  title: string;
  who: string;
  rows: Row[];
  testId: string;
}) {
  const { t, fmt, pct } = useReviewLabels();
  // The score read against the time elapsed, as the targets table reads one target (±1 point: on pace).
  const paceOf = (r: Row) => {
    if (r.score === null || r.elapsed === null) return '—';
    if (r.score >= 1) return t('review.pace.done');
    const points = Math.round((r.score - r.elapsed) * 1000) / 10;
    if (Math.abs(points) <= 1) return t('review.pace.on_pace');
    const value = t('review.pace.points', { value: Math.abs(points) });
    return points > 0 ? t('review.pace.ahead', { value }) : t('review.pace.behind', { value });
  };
  const c = (
    k:
      | 'rank'
      | 'targets'
      | 'score'
      | 'pace'
      | 'newLeads'
      | 'signed'
      | 'signedAmount'
      | 'landed'
      | 'started'
      | 'completed',
  ) => t(`report.col.${k}`);
  return (
    <Section title={title}>
      {!rows.length ? (
        <Empty>{t('report.empty.ranking')}</Empty>
      ) : (
        <>
          <table className="review-table w-full text-sm" data-testid={testId}>
            <thead>
              <tr>
                <th className="text-right">{c('rank')}</th>
                <th className="text-left">{who}</th>
                <th className="text-right">{c('score')}</th>
                <th className="text-left">{c('pace')}</th>
                <th className="text-right">{c('newLeads')}</th>
                <th className="text-right">{c('signed')}</th>
                <th className="text-right">{c('signedAmount')}</th>
                <th className="text-right">{c('landed')}</th>
                <th className="text-right">{c('started')}</th>
                <th className="text-right">{c('completed')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key} data-rank={r.rank ?? ''} className={r.rank === null ? 'text-slate-500' : ''}>
                  <td className="text-right tabular-nums font-medium">{r.rank ?? '—'}</td>
                  <td data-user-text="">{r.label}</td>
                  <td className="text-right tabular-nums">
                    {r.score === null ? (
                      <span className="text-xs">{t('report.noTarget')}</span>
                    ) : (
                      <>
                        {pct(r.score)}
                        <span className="ml-1 text-xs text-slate-500">
                          {t('report.targetCount', { count: r.targets.length })}
                        </span>
                      </>
                    )}
                  </td>
                  <td className="whitespace-nowrap text-xs">{paceOf(r)}</td>
                  <td className="text-right tabular-nums">{r.actual.newLeads}</td>
                  <td className="text-right tabular-nums">{r.actual.signed}</td>
                  <td className="text-right tabular-nums">{fmt.money(r.actual.signedAmount)}</td>
                  <td className="text-right tabular-nums">{r.actual.landed}</td>
                  <td className="text-right tabular-nums">{r.actual.started}</td>
                  <td className="text-right tabular-nums">{r.actual.completed}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="mt-1 text-xs text-slate-500">{t('report.rankingHint')}</p>
        </>
      )}
    </Section>
  );
}
