// The labels are the Chinese catalogue's own (shared/labels): one wording for page and file.
import { domainZh } from '../../../shared/labels/domain';
import { reportZh } from '../../../shared/labels/report';
import { reviewZh } from '../../../shared/labels/review';
import { MONEY_METRICS } from '../../../shared/domain/review/targets';
import { newWorkbook, workbookBytes } from '../workbook-file';
import { correctionCells, flowRows, funnelRows, paceText } from './sheet-rows';
import type { PeriodReport } from './report';

const L = reportZh;
const R = reviewZh;
const PERCENT = '0.0%';

export function reportTitleOf(r: PeriodReport): string {
  const template = r.period.kind === 'month' ? L.titleMonth : L.titleQuarter;
  return template
    .replace('{{district}}', R.districtName)
    .replace('{{year}}', String(r.period.year))
    .replace('{{number}}', String(r.period.number));
}

export const reportFileName = (r: PeriodReport) => `${reportTitleOf(r)}.xlsx`;

type Cell = string | number | null;

/**
 * The monthly or quarterly report as an Excel workbook (decision 041), the page's numbers: every sheet
 * opens with its title and the period, its header row frozen below them; counts and amounts (万元) are
 * numbers, shares are numbers formatted as percentages. Text passes `workbookBytes` (formula injection).
 */
export async function reportWorkbook(r: PeriodReport): Promise<Buffer> {
  const wb = await newWorkbook();
  wb.creator = '招商项目全周期管理';
  const title = reportTitleOf(r);
  const sheet = (
    name: string,
    heading: string,
    header: string[],
    rows: Cell[][],
    percentCols: number[] = [],
  ) => {
    const ws = wb.addWorksheet(name, {
      pageSetup: { orientation: 'portrait', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
      views: [{ state: 'frozen', ySplit: 3 }],
    });
    ws.addRow([`${title} · ${heading}`]).font = { bold: true, size: 13 };
    ws.addRow([`${r.period.key}（${r.period.firstDay} — ${r.period.lastDay}）`]);
    const h = ws.addRow(header);
    h.font = { bold: true };
    h.eachCell((c) => {
      c.border = { bottom: { style: 'thin' } };
      c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };
    });
    for (const row of rows) ws.addRow(row);
    for (const col of percentCols) ws.getColumn(col + 1).numFmt = PERCENT;
    ws.pageSetup.printTitlesRow = '3:3';
    ws.columns.forEach((col, i) => {
      const widest = Math.max(
        ...[header[i] ?? '', ...rows.map((x) => String(x[i] ?? ''))].map((s) => [...s].length * 2),
      );
      col.width = Math.min(50, Math.max(10, widest));
    });
    return ws;
  };

  const reached = (i: number) => [r.reached[i]!.count, r.previousReached[i]!.count];
  sheet(
    L.sheet.summary,
    L.sections.figures,
    [R.col.figure, L.col.thisPeriod, L.col.previousPeriod],
    [
      [L.kpi.newLeads, ...reached(0)],
      [L.kpi.signed, ...reached(1)],
      [`${L.kpi.signedAmount}（万元）`, r.reached[1]!.amount, r.previousReached[1]!.amount],
      [L.kpi.landed, ...reached(2)],
      [L.kpi.started, ...reached(3)],
      [L.kpi.completed, ...reached(4)],
      [`${L.kpi.funds}（万元）`, r.funds.week, r.funds.previousWeek],
      [`${L.kpi.fixedAssets}（万元）`, r.afterCompletion.fixedAssets.total, null],
      [R.kpi.active, r.funnel.activeCount, r.previousFunnel.activeCount],
      [`${R.kpi.amount}（万元）`, r.funnel.activeAmount, r.previousFunnel.activeAmount],
    ],
  );
  sheet(
    L.sheet.funnel,
    L.sections.funnel,
    [R.col.stage, R.col.count, R.col.amountWan, L.col.changeCount, L.col.changeAmount],
    funnelRows(r),
  );
  sheet(L.sheet.flow, L.sections.flow, [R.col.figure, L.col.thisPeriod, L.col.previousPeriod], flowRows(r));
  sheet(
    L.sheet.targets,
    L.sections.targets,
    [
      R.col.metric,
      R.col.scope,
      R.col.target,
      R.col.actual,
      R.col.progress,
      R.col.elapsed,
      R.col.pace,
      '起止',
    ],
    r.targets.map((t) => [
      `${R.metric[t.metric]}（${MONEY_METRICS.includes(t.metric) ? '万元' : '个'}）`,
      [t.industry ? domainZh.industry[t.industry] : null, t.unitName, t.ownerName]
        .filter(Boolean)
        .join(' · ') || R.all,
      t.value,
      t.actual,
      t.progress,
      t.elapsed,
      paceText(t),
      `${t.periodStart} — ${t.periodEnd}`,
    ]),
    [4, 5],
  );
  const ranking = (name: string, who: string, rows: PeriodReport['ranking']['units']) =>
    sheet(
      name,
      name,
      [
        L.col.rank,
        who,
        L.col.targets,
        L.col.score,
        L.col.newLeads,
        L.col.signed,
        L.col.signedAmountWan,
        L.col.landed,
        L.col.started,
        L.col.completed,
      ],
      rows.map((x) => [
        x.rank ?? L.noTarget,
        x.label,
        x.targets.length,
        x.score,
        x.actual.newLeads,
        x.actual.signed,
        x.actual.signedAmount,
        x.actual.landed,
        x.actual.started,
        x.actual.completed,
      ]),
      [3],
    );
  ranking(L.sheet.units, L.col.unit, r.ranking.units);
  ranking(L.sheet.officers, L.col.officer, r.ranking.officers);
  const after = r.afterCompletion;
  sheet(
    L.sheet.production,
    L.sections.production,
    [L.col.project, L.col.productionDate],
    after.production.map((p) => [p.projectName, p.date]),
  );
  sheet(
    L.sheet.fixedAssets,
    L.sections.fixedAssets,
    [L.col.project, L.col.fixedAssetWan, L.col.entries],
    [
      ...after.fixedAssets.rows.map((x) => [x.projectName, x.amount, x.entries]),
      [L.col.total, after.fixedAssets.total, after.fixedAssets.rows.reduce((s, x) => s + x.entries, 0)],
    ],
  );
  sheet(
    L.sheet.annual,
    after.annual.year === null
      ? L.sections.annualNone
      : L.sections.annual.replace('{{year}}', String(after.annual.year)),
    [L.col.project, L.col.outputWan, L.col.taxWan, L.col.jobs],
    after.annual.year === null
      ? []
      : [
          ...after.annual.rows.map((x) => [x.projectName, x.output, x.tax, x.jobs]),
          [L.col.total, after.annual.output, after.annual.tax, after.annual.jobs],
        ],
  );
  sheet(
    L.sheet.corrections,
    L.sections.corrections,
    [R.col.changedAt, R.col.project, R.col.field, R.col.before, R.col.after, R.col.effectiveDay, R.col.by],
    r.corrections.map((c) => correctionCells(c, L.correctionField)),
  );
  return workbookBytes(wb);
}
