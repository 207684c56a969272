// The labels are the Chinese catalogue's own (shared/labels): one wording for page and file.
import { createdEventZh, domainZh } from '../../../shared/labels/domain';
import { reviewZh } from '../../../shared/labels/review';
import { MONEY_METRICS } from '../../../shared/domain/review/targets';
import { newWorkbook, workbookBytes } from '../workbook-file';
import { correctionCells, dateTime, flowRows, funnelRows, paceText, stageLabel } from './sheet-rows';
import type { WeekReview } from './review';

const L = reviewZh;
export function reportTitle(r: WeekReview): string {
  return L.title.replace('{{district}}', L.districtName).replace('{{week}}', String(r.week.number));
}

/**
 * The week's review as an Excel workbook, one sheet per section, with the same numbers as the page:
 * counts as integers, amounts in 万元 (the page shows the same amounts, as 亿元 from 1 亿).
 */
export async function reviewWorkbook(r: WeekReview): Promise<Buffer> {
  const wb = await newWorkbook();
  wb.creator = '招商项目全周期管理';
  const sheet = (name: string, title: string, header: string[], rows: (string | number | null)[][]) => {
    const ws = wb.addWorksheet(name, {
      pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    ws.addRow([title]).font = { bold: true, size: 13 };
    ws.addRow([`${r.week.key}（${r.week.firstDay} — ${r.week.lastDay}）`]);
    ws.addRow([]);
    const h = ws.addRow(header);
    h.font = { bold: true };
    h.eachCell((c) => {
      c.border = { bottom: { style: 'thin' } };
      c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };
    });
    for (const row of rows) ws.addRow(row);
    ws.columns.forEach((col, i) => {
      const widest = Math.max(
        ...[header[i] ?? '', ...rows.map((x) => String(x[i] ?? ''))].map((s) => [...s].length * 2),
      );
      col.width = Math.min(60, Math.max(10, widest));
    });
    return ws;
  };
  const title = reportTitle(r);

  sheet(
    L.sheet.summary,
    title,
    [L.col.figure, L.col.thisWeek, L.col.previousWeek],
    [
      [L.kpi.active, r.funnel.activeCount, r.previousFunnel.activeCount],
      [`${L.kpi.amount}（万元）`, r.funnel.activeAmount, r.previousFunnel.activeAmount],
      [L.kpi.newLeads, r.flow.newLeads, r.previousFlow.newLeads],
      [L.kpi.forward, r.flow.forwardTotal, r.previousFlow.forwardTotal],
      [`${L.kpi.funds}（万元）`, r.funds.week, r.funds.previousWeek],
      [`${L.kpi.fundsCumulative}（万元，自 ${r.campaign.start} 起）`, r.funds.cumulative, null],
    ],
  );
  sheet(
    L.sheet.funnel,
    L.sections.funnel,
    [L.col.stage, L.col.count, L.col.amountWan, L.col.changeCount, L.col.changeAmount],
    funnelRows(r),
  );
  sheet(L.sheet.flow, L.sections.flow, [L.col.figure, L.col.thisWeek, L.col.previousWeek], flowRows(r));
  sheet(
    L.sheet.cumulative,
    `${L.sections.cumulative}（${r.campaign.start} 起）`,
    [L.col.stage, L.col.reached, L.col.amountWan, L.col.converted, L.col.rate, L.col.medianDays],
    r.cumulative.reached.map((s, i) => {
      const c = r.conversions[i];
      return [
        stageLabel(s.stage),
        s.count,
        s.amount,
        c?.converted ?? null,
        c?.rate == null ? null : Math.round(c.rate * 1000) / 10 + '%',
        c?.medianDays ?? null,
      ];
    }),
  );
  sheet(
    L.sheet.trend,
    L.sections.trend,
    [L.col.week, ...r.stages.map(stageLabel), L.chart.newLeads],
    r.trend.map((p) => [p.week, ...p.stages, p.newLeads]),
  );
  sheet(
    L.sheet.targets,
    L.sections.targets,
    [
      L.col.metric,
      L.col.scope,
      L.col.target,
      L.col.actual,
      L.col.progress,
      L.col.elapsed,
      L.col.pace,
      '起止',
    ],
    r.targets.map((t) => [
      `${L.metric[t.metric]}（${MONEY_METRICS.includes(t.metric) ? '万元' : '个'}）`,
      t.industry ? domainZh.industry[t.industry] : (t.unitName ?? L.all),
      t.value,
      t.actual,
      Math.round(t.progress * 1000) / 10 + '%',
      Math.round(t.elapsed * 1000) / 10 + '%',
      paceText(t),
      `${t.periodStart} — ${t.periodEnd}`,
    ]),
  );
  const breakdown = (
    name: string,
    rows: {
      key: string;
      label?: string | null;
      stages: number[];
      activeCount: number;
      activeAmount: number;
      newLeads: number;
      forward: number;
    }[],
    label: (row: { key: string; label?: string | null }) => string,
  ) =>
    sheet(
      name,
      `${L.sections.breakdowns} · ${name}`,
      [
        L.col.group,
        ...r.stages.map(stageLabel),
        L.col.active,
        L.col.amountWan,
        L.col.newLeads,
        L.col.forward,
      ],
      rows.map((b) => [label(b), ...b.stages, b.activeCount, b.activeAmount, b.newLeads, b.forward]),
    );
  breakdown(
    L.sheet.industry,
    r.breakdowns.industry,
    (b) => (domainZh.industry as Record<string, string>)[b.key] ?? L.breakdown.none,
  );
  breakdown(L.sheet.owner, r.breakdowns.owner, (b) => b.label ?? L.breakdown.none);
  breakdown(L.sheet.unit, r.breakdowns.unit, (b) => b.label ?? L.breakdown.none);
  breakdown(
    L.sheet.channel,
    r.breakdowns.channel,
    (b) => (domainZh.channel as Record<string, string>)[b.key] ?? L.breakdown.none,
  );
  breakdown(L.sheet.leader, r.breakdowns.leader, (b) => b.label ?? L.breakdown.none);
  breakdown(L.sheet.taskForce, r.breakdowns.taskForce, (b) => b.label ?? L.breakdown.none);
  breakdown(L.sheet.chain, r.breakdowns.chain, (b) => b.label ?? L.breakdown.none);
  if (r.corrected) {
    const c = r.corrected;
    const row = (label: string, then: number, now: number) => [label, then, now, now - then];
    sheet(
      L.sheet.corrected,
      L.corrected.title,
      [L.corrected.figure, L.corrected.knownThen, L.corrected.correctedNow, L.corrected.difference],
      [
        row(L.kpi.active, r.funnel.activeCount, c.funnel.activeCount),
        row(`${L.kpi.amount}（万元）`, r.funnel.activeAmount, c.funnel.activeAmount),
        ...r.funnel.states.map((s, i) => row(stageLabel(s.state), s.count, c.funnel.states[i]?.count ?? 0)),
        row(L.kpi.newLeads, r.flow.newLeads, c.flow.newLeads),
        row(L.kpi.forward, r.flow.forwardTotal, c.flow.forwardTotal),
        row(`${L.kpi.funds}（万元）`, r.funds.week, c.funds.week),
        row(`${L.kpi.fundsCumulative}（万元）`, r.funds.cumulative, c.funds.cumulative),
      ],
    );
  }

  const { lists } = r;
  sheet(
    L.sheet.moves,
    L.sections.moves,
    [L.col.at, L.col.project, L.col.from, L.col.to, L.col.by, L.col.note],
    lists.moves.rows.map((m) => [
      dateTime(m.at),
      m.projectName,
      m.from ? stageLabel(m.from) : createdEventZh,
      stageLabel(m.to),
      m.byName,
      m.note,
    ]),
  );
  sheet(
    L.sheet.stalled,
    L.sections.stalled,
    [L.col.project, L.col.stage, L.col.owner, L.col.lastActivity, L.col.days],
    lists.stalled.rows.map((s) => [
      s.projectName,
      stageLabel(s.stage),
      s.ownerName,
      dateTime(s.lastActivityAt),
      s.days,
    ]),
  );
  sheet(
    L.sheet.majorWithoutLeader,
    L.sections.majorWithoutLeader,
    [L.col.project, L.col.stage, L.col.amountWan, L.col.owner],
    lists.majorWithoutLeader.rows.map((m) => [m.projectName, stageLabel(m.stage), m.amount, m.ownerName]),
  );
  const due = (name: string, title: string, rows: typeof lists.overdueProblems) => {
    sheet(
      name,
      title,
      [L.col.project, L.col.item, L.col.due, L.col.who],
      rows.map((x) => [x.projectName, x.title, x.dueDate, x.who]),
    );
  };
  due(L.sheet.overdueMilestones, L.sections.overdueMilestones, lists.overdueMilestones);
  due(L.sheet.overdueProblems, L.sections.overdueProblems, lists.overdueProblems);
  due(L.sheet.pendingInstructions, L.sections.pendingInstructions, lists.pendingInstructions);
  sheet(
    L.sheet.corrections,
    L.sections.corrections,
    [L.col.changedAt, L.col.project, L.col.field, L.col.before, L.col.after, L.col.effectiveDay, L.col.by],
    lists.corrections.map((c) => correctionCells(c)),
  );

  return workbookBytes(wb);
}
