import { Section } from '../../components/ui/section';
import { Empty } from '../../components/ui/states';
import type { PeriodReport } from './types';
import { projectLink } from './project-link';
import { useReviewLabels } from './use-review-labels';

/** After 建成 (issue 16 part 6): 投产 in the period, 固定资产投资入统 dated in it, the latest annual results. */
export function AfterCompletionSection({ r }: { r: PeriodReport }) {
  const { t, fmt } = useReviewLabels();
  const a = r.afterCompletion;
  const c = (
    k: 'project' | 'productionDate' | 'fixedAsset' | 'entries' | 'output' | 'tax' | 'jobs' | 'total',
  ) => t(`report.col.${k}`);
  return (
    <Section title={t('report.sections.afterCompletion')}>
      <div className="report-stack grid gap-4 lg:grid-cols-3" data-testid="after-completion">
        <div>
          <h3 className="mb-1 text-sm font-medium text-slate-700">{t('report.sections.production')}</h3>
          {!a.production.length ? (
            <Empty>{t('report.empty.production')}</Empty>
          ) : (
            <table className="review-table w-full text-sm">
              <thead>
                <tr>
                  <th className="text-left">{c('project')}</th>
                  <th className="text-left">{c('productionDate')}</th>
                </tr>
              </thead>
              <tbody>
                {a.production.map((p) => (
                  <tr key={p.projectId}>
                    <td>{projectLink(p.projectId, p.projectName)}</td>
                    <td className="tabular-nums">{fmt.date(p.date)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
        <div>
          <h3 className="mb-1 text-sm font-medium text-slate-700">{t('report.sections.fixedAssets')}</h3>
          {!a.fixedAssets.rows.length ? (
            <Empty>{t('report.empty.fixedAssets')}</Empty>
          ) : (
            <table className="review-table w-full text-sm">
              <thead>
                <tr>
                  <th className="text-left">{c('project')}</th>
                  <th className="text-right">{c('fixedAsset')}</th>
                  <th className="text-right">{c('entries')}</th>
                </tr>
              </thead>
              <tbody>
                {a.fixedAssets.rows.map((x) => (
                  <tr key={x.projectId}>
                    <td>{projectLink(x.projectId, x.projectName)}</td>
                    <td className="text-right tabular-nums">{fmt.money(x.amount)}</td>
                    <td className="text-right tabular-nums">{x.entries}</td>
                  </tr>
                ))}
                <tr className="font-medium">
                  <td>{c('total')}</td>
                  <td className="text-right tabular-nums" data-testid="fixed-asset-total">
                    {fmt.money(a.fixedAssets.total)}
                  </td>
                  <td className="text-right tabular-nums">
                    {a.fixedAssets.rows.reduce((s, x) => s + x.entries, 0)}
                  </td>
                </tr>
              </tbody>
            </table>
          )}
        </div>
        <div>
          <h3 className="mb-1 text-sm font-medium text-slate-700">
            {a.annual.year === null
              ? t('report.sections.annualNone')
              : t('report.sections.annual', { year: a.annual.year })}
          </h3>
          {!a.annual.rows.length ? (
            <Empty>{t('report.empty.annual')}</Empty>
          ) : (
            <table className="review-table w-full text-sm">
              <thead>
                <tr>
                  <th className="text-left">{c('project')}</th>
                  <th className="text-right">{c('output')}</th>
                  <th className="text-right">{c('tax')}</th>
                  <th className="text-right">{c('jobs')}</th>
                </tr>
              </thead>
              <tbody>
                {a.annual.rows.map((x) => (
                  <tr key={x.projectId}>
                    <td>{projectLink(x.projectId, x.projectName)}</td>
                    <td className="text-right tabular-nums">{fmt.money(x.output)}</td>
                    <td className="text-right tabular-nums">{fmt.money(x.tax)}</td>
                    <td className="text-right tabular-nums">{x.jobs.toLocaleString()}</td>
                  </tr>
                ))}
                <tr className="font-medium">
                  <td>{c('total')}</td>
                  <td className="text-right tabular-nums">{fmt.money(a.annual.output)}</td>
                  <td className="text-right tabular-nums">{fmt.money(a.annual.tax)}</td>
                  <td className="text-right tabular-nums">{a.annual.jobs.toLocaleString()}</td>
                </tr>
              </tbody>
            </table>
          )}
        </div>
      </div>
    </Section>
  );
}
