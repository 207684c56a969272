import { and, asc, desc, eq, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../../db/client';
import { followUps, fundsInPlace, projects, units, users } from '../../../db/schema';
import { businessDate, chineseDate } from '../../../shared/domain/dates';
import { LEDGER_COLUMNS, LEDGER_FIELDS, type LedgerField } from '../../../shared/domain/ledger/columns';
import { toCsv } from '../../../shared/domain/ledger/csv';
import { dateValue, newWorkbook, workbookBytes } from '../workbook-file';
import {
  AGREEMENT_TYPE_LABELS,
  CAPITAL_TYPE_LABELS,
  CHANNEL_LABELS,
  DROP_CATEGORY_LABELS,
  INDUSTRY_LABELS,
  ORIGIN_LABELS,
} from '../../../shared/domain/ledger/labels';
import { formatLedgerStage } from '../../../shared/domain/ledger/stages';
import { isMajor } from '../../../shared/domain/money';
import { FUNNEL_STAGES } from '../../../shared/domain/stages';
import type { LedgerExportQuery } from '../../../shared/schemas/ledger';
import { filterConditions } from '../board';
import { stallDaysAt } from '../stall-settings';
import { loadPrimaryContacts } from './contacts';
import { latestYear, loadStoredOperations } from './operations';

const ownerA = alias(users, 'owner_a');
const ownerB = alias(users, 'owner_b');

export type LedgerCell = string | number | null;
/** One project as the ledger shows it: a value per column, dates as 'YYYY-MM-DD'. */
export type LedgerLine = Record<LedgerField, LedgerCell>;

const EXPORT_FIELDS = LEDGER_FIELDS;
const yesNo = (b: boolean) => (b ? '是' : '否');
/** The latest year's results of a completed project (blank when none is recorded). */
const yearColumns = (y: ReturnType<typeof latestYear>) => ({
  resultYear: y?.year ?? null,
  output: y?.output ?? null,
  tax: y?.tax ?? null,
  jobs: y?.jobs ?? null,
});

/** 包保领导 (主包 first, 协包 after) and 专班 per project. */
function leadersAndTaskForces(db: Db): { leaders: Map<number, string>; taskForces: Map<number, string> } {
  const leaders = new Map<number, string>();
  const taskForces = new Map<number, string>();
  const assigned = db.$client
    .prepare(
      `select a.project_id as projectId, u.display_name as name from leader_assignments a join users u on u.id = a.leader_id
       where a.ended_at is null order by a.project_id, case a.role when 'primary' then 0 else 1 end, a.id`,
    )
    .all() as { projectId: number; name: string }[];
  for (const r of assigned)
    leaders.set(r.projectId, leaders.has(r.projectId) ? `${leaders.get(r.projectId)}、${r.name}` : r.name);
  const grouped = db.$client
    .prepare(
      `select p.project_id as projectId, t.name as name from task_force_projects p join task_forces t on t.id = p.task_force_id
       where p.removed_at is null`,
    )
    .all() as { projectId: number; name: string }[];
  for (const r of grouped) taskForces.set(r.projectId, r.name);
  return { leaders, taskForces };
}

/**
 * The ledger's lines: every project (scope all, 暂缓/终止 included), or the board's projects for its
 * filter (scope board). Ordered as the funnel reads, then by registration.
 */
export function ledgerLines(db: Db, query: LedgerExportQuery, now: number): LedgerLine[] {
  const { scope, ...filter } = query;
  const where: SQL | undefined =
    scope === 'board' ? and(...filterConditions(filter, now, stallDaysAt(db))) : undefined;
  const rows = db
    .select({
      id: projects.id,
      name: projects.name,
      investor: projects.investor,
      industry: projects.industry,
      channel: projects.channel,
      origin: projects.origin,
      capitalType: projects.capitalType,
      estimatedInvestment: projects.estimatedInvestment,
      agreedInvestment: projects.agreedInvestment,
      agreementType: projects.agreementType,
      stage: projects.stage,
      status: projects.status,
      signingDate: projects.signingDate,
      landingDate: projects.landingDate,
      startDate: projects.startDate,
      completionDate: projects.completionDate,
      registeredEntity: projects.registeredEntity,
      creditCode: projects.creditCode,
      location: projects.location,
      description: projects.description,
      holdReason: projects.holdReason,
      dropCategory: projects.dropCategory,
      dropNote: projects.dropNote,
      isKey: projects.isKey,
      isBond: projects.isBond,
      isFirstStore: projects.isFirstStore,
      createdAt: projects.createdAt,
      ownerA: ownerA.displayName,
      ownerB: ownerB.displayName,
      unit: units.name,
    })
    .from(projects)
    .innerJoin(ownerA, eq(ownerA.id, projects.ownerAId))
    .leftJoin(ownerB, eq(ownerB.id, projects.ownerBId))
    .leftJoin(units, eq(units.id, projects.unitId))
    .where(where)
    .orderBy(asc(projects.id))
    .all();
  const statusOrder = { active: 0, on_hold: 1, dropped: 2 } as const;
  rows.sort(
    (a, b) =>
      statusOrder[a.status] - statusOrder[b.status] ||
      FUNNEL_STAGES.indexOf(a.stage) - FUNNEL_STAGES.indexOf(b.stage) ||
      a.id - b.id,
  );

  const funds = new Map<number, number>();
  for (const f of db
    .select({ projectId: fundsInPlace.projectId, amount: fundsInPlace.amount })
    .from(fundsInPlace)
    .all()) {
    funds.set(f.projectId, (funds.get(f.projectId) ?? 0) + f.amount);
  }
  const latest = new Map<number, { summary: string; nextStep: string | null }>();
  for (const f of db
    .select({ projectId: followUps.projectId, summary: followUps.summary, nextStep: followUps.nextStep })
    .from(followUps)
    .orderBy(desc(followUps.date), desc(followUps.id))
    .all()) {
    if (!latest.has(f.projectId)) latest.set(f.projectId, f);
  }
  const { leaders, taskForces } = leadersAndTaskForces(db);
  const contacts = loadPrimaryContacts(db);
  const operations = loadStoredOperations(db);
  const documents = documentCounts(db);

  return rows.map((p, i) => ({
    seq: i + 1,
    name: p.name,
    investor: p.investor,
    industry: INDUSTRY_LABELS[p.industry],
    channel: CHANNEL_LABELS[p.channel],
    estimatedInvestment: p.estimatedInvestment,
    agreedInvestment: p.agreedInvestment,
    fundsInPlace: funds.get(p.id) ?? 0,
    stage: formatLedgerStage(p),
    signingDate: p.signingDate,
    landingDate: p.landingDate,
    startDate: p.startDate,
    completionDate: p.completionDate,
    leader: leaders.get(p.id) ?? null,
    ownerA: p.ownerA,
    ownerB: p.ownerB,
    unit: p.unit,
    taskForce: taskForces.get(p.id) ?? null,
    latestProgress: latest.get(p.id)?.summary ?? null,
    nextStep: latest.get(p.id)?.nextStep ?? null,
    agreementType: p.agreementType ? AGREEMENT_TYPE_LABELS[p.agreementType] : null,
    registeredEntity: p.registeredEntity,
    creditCode: p.creditCode,
    location: p.location,
    origin: p.origin ? ORIGIN_LABELS[p.origin] : null,
    capitalType: p.capitalType ? CAPITAL_TYPE_LABELS[p.capitalType] : null,
    isKey: yesNo(p.isKey),
    isBond: yesNo(p.isBond),
    isFirstStore: yesNo(p.isFirstStore),
    major: yesNo(isMajor(p)),
    offReason: p.status === 'on_hold' ? p.holdReason : p.status === 'dropped' ? p.dropNote : null,
    dropCategory: p.status === 'dropped' && p.dropCategory ? DROP_CATEGORY_LABELS[p.dropCategory] : null,
    description: p.description,
    createdDate: businessDate(p.createdAt),
    contactName: contacts.get(p.id)?.name ?? null,
    contactTitle: contacts.get(p.id)?.title ?? null,
    contactPhone: contacts.get(p.id)?.phone ?? null,
    contactEmail: contacts.get(p.id)?.email ?? null,
    productionDate: operations.get(p.id)?.production?.date ?? null,
    fixedAssets: operations.get(p.id)?.fixedAssetSum ?? null,
    ...yearColumns(latestYear(operations.get(p.id))),
    documents: documents.get(p.id) ?? null,
  }));
}

/** Per project, its current documents counted per kind in the catalogue's order: 协议 1、营业执照 2. */
function documentCounts(db: Db): Map<number, string> {
  const rows = db.$client
    .prepare(
      `select d.project_id as projectId, k.label as label, count(*) as n from documents d
       join document_kinds k on k.key = d.kind where d.status = 'current'
       group by d.project_id, k.key order by d.project_id, k.position`,
    )
    .all() as { projectId: number; label: string; n: number }[];
  const out = new Map<number, string>();
  for (const r of rows) {
    const part = `${r.label} ${r.n}`;
    out.set(r.projectId, out.has(r.projectId) ? `${out.get(r.projectId)}、${part}` : part);
  }
  return out;
}

/**
 * The ledger as leaders read it: a title row with the export date, bold Chinese headers frozen under
 * it with a filter, amounts as #,##0 (万元) and dates as yyyy-mm-dd, and a 合计 row of SUM formulas.
 */
export async function ledgerXlsx(
  lines: LedgerLine[],
  opts: { today: string; filtered: boolean },
): Promise<Buffer> {
  const wb = await newWorkbook();
  wb.creator = '招商项目全周期管理';
  const ws = wb.addWorksheet('项目台账', {
    views: [{ state: 'frozen', ySplit: 2, xSplit: 2 }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const n = EXPORT_FIELDS.length;
  ws.columns = EXPORT_FIELDS.map((f) => ({ key: f, width: LEDGER_COLUMNS[f].width }));

  const title = ws.getRow(1);
  title.getCell(1).value =
    `招商引资项目台账${opts.filtered ? '（看板当前筛选）' : ''}  导出日期：${chineseDate(opts.today)}`;
  ws.mergeCells(1, 1, 1, n);
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  title.height = 28;

  const header = ws.getRow(2);
  EXPORT_FIELDS.forEach((f, i) => {
    const cell = header.getCell(i + 1);
    cell.value = LEDGER_COLUMNS[f].header;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE2E8F0' } };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF94A3B8' } } };
  });
  header.font = { bold: true };
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  header.height = 30;
  ws.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: n } };

  lines.forEach((line, i) => {
    const row = ws.getRow(3 + i);
    EXPORT_FIELDS.forEach((f, c) => {
      const kind = LEDGER_COLUMNS[f].kind;
      row.getCell(c + 1).value = kind === 'date' ? dateValue(line[f]) : line[f];
    });
  });
  EXPORT_FIELDS.forEach((f, c) => {
    const col = ws.getColumn(c + 1);
    const kind = LEDGER_COLUMNS[f].kind;
    if (kind === 'amount') col.numFmt = '#,##0';
    if (kind === 'date') col.numFmt = 'yyyy-mm-dd';
    if (f === 'latestProgress' || f === 'nextStep' || f === 'description')
      col.alignment = { wrapText: true, vertical: 'top' };
  });

  // 合计: count and sums as formulas with their values, as offices' own ledgers have them.
  const totalRow = ws.getRow(3 + lines.length);
  totalRow.getCell(1).value = '合计';
  totalRow.getCell(2).value = `${lines.length} 个项目`;
  EXPORT_FIELDS.forEach((f, c) => {
    // 产值 and 税收 are each project's latest year, not one year: no sum of them.
    if (LEDGER_COLUMNS[f].kind !== 'amount' || f === 'output' || f === 'tax') return;
    const letter = ws.getColumn(c + 1).letter;
    const sum = lines.reduce((s, l) => s + (typeof l[f] === 'number' ? l[f] : 0), 0);
    totalRow.getCell(c + 1).value = lines.length
      ? { formula: `SUM(${letter}3:${letter}${2 + lines.length})`, result: sum }
      : 0;
  });
  totalRow.font = { bold: true };
  return workbookBytes(wb);
}

/** The same ledger as CSV (UTF-8 with a BOM, so Excel shows the Chinese text): headers, then one line per project. */
export function ledgerCsv(lines: LedgerLine[]): string {
  return toCsv([
    EXPORT_FIELDS.map((f) => LEDGER_COLUMNS[f].header),
    ...lines.map((l) => EXPORT_FIELDS.map((f) => l[f])),
  ]);
}
