import type { z } from 'zod';
import type { Db } from '../../../db/client';
import { businessDate } from '../../../shared/domain/dates';
import { gateDateOrderError, gatesUpTo, missingGates } from '../../../shared/domain/gates';
import type { AmountUnit } from '../../../shared/domain/ledger/amounts';
import { LEDGER_COLUMNS, type LedgerField } from '../../../shared/domain/ledger/columns';
import { normalizeHeader, matchHeaderRow } from '../../../shared/domain/ledger/headers';
import {
  type LedgerRowValues,
  type NewProjectPlan,
  parseLedgerRow,
  planNewProject,
  type RowErrors,
} from '../../../shared/domain/ledger/row';
import { type CellValue, cellText, classifyRow, findHeaderRow } from '../../../shared/domain/ledger/table';
import type { FunnelStage, ProjectState } from '../../../shared/domain/stages';
import { domainZh } from '../../../shared/labels/domain';
import { currentState, isRefusal, planMove } from '../../../shared/domain/transitions';
import type { importOptions } from '../../../shared/schemas/ledger';
import { ACTION_REQUIREMENTS_ZH } from '../../../shared/errors/catalog';
import {
  type Directory,
  type Existing,
  type ExistingProject,
  loadDirectory,
  loadExisting,
  projectKey,
} from './directory';
import { timeSlicer } from '../../event-loop';
import { MAX_IMPORT_ROWS, type SheetGrid } from './workbook';

export type ImportOptions = z.output<typeof importOptions>;
/** Whether the importer may update project `projectId` (and change its owners): asked of the permission model. */
export type RowAccess = (projectId: number, changesOwner: boolean) => boolean;
/** The error on a row that would update a project the importer may not write. */
export const NO_ACCESS = ACTION_REQUIREMENTS_ZH.import_update;
export type RowAction = 'create' | 'update' | 'skip' | 'error';

/** Project columns an import writes, from a row's values (null: leave as is on an update). */
export interface ProjectWrite {
  name: string;
  investor: string | null;
  industry: LedgerRowValues['industry'];
  channel: LedgerRowValues['channel'];
  origin: LedgerRowValues['origin'];
  capitalType: LedgerRowValues['capitalType'];
  estimatedInvestment: number | null;
  agreedInvestment: number | null;
  agreementType: LedgerRowValues['agreementType'];
  registeredEntity: string | null;
  creditCode: string | null;
  location: string | null;
  description: string | null;
  signingDate: string | null;
  landingDate: string | null;
  startDate: string | null;
  completionDate: string | null;
  ownerAId: number | null;
  ownerBId: number | null;
  unitId: number | null;
  isKey: boolean | null;
  isBond: boolean | null;
  isFirstStore: boolean | null;
}

export interface CheckedRow {
  /** The sheet's row number (1-based), as Excel shows it. */
  row: number;
  action: RowAction;
  name: string;
  investor: string;
  /** What the sheet says in each mapped column, by column index. */
  cells: Record<number, string>;
  errors: RowErrors;
  notes: string[];
  /** Why a row is skipped, or a short summary of an update. */
  reason: string | null;
  values: LedgerRowValues;
  write: ProjectWrite | null;
  /** Units this row needs created (createUnits on). */
  newUnit: string | null;
  create: NewProjectPlan | null;
  update: {
    project: ExistingProject;
    to: ProjectState | null;
    note: string | null;
    addFunds: number;
    addProgress: boolean;
  } | null;
}

export interface PreviewColumn {
  index: number;
  header: string;
  field: LedgerField | null;
  unit: AmountUnit | null;
  sample: string;
}

export interface CheckedSheet {
  sheetIndex: number;
  sheetName: string;
  headerRow: number | null;
  columns: PreviewColumn[];
  /** Why nothing in this sheet can be imported (no name column, empty, too many rows). */
  fatal: string | null;
  missingUnits: string[];
  skippedLines: { total: number; notes: number; blank: number };
  rows: CheckedRow[];
}

function mappingFor(headers: string[], mapping: ImportOptions['mapping']): (LedgerField | null)[] {
  if (!mapping)
    return matchHeaderRow(headers).map((m) => (m && !LEDGER_COLUMNS[m.field].exportOnly ? m.field : null));
  const seen = new Set<LedgerField>();
  return headers.map((_, i) => {
    const f = mapping[i] ?? null;
    if (!f || seen.has(f) || LEDGER_COLUMNS[f].exportOnly) return null;
    seen.add(f);
    return f;
  });
}

/**
 * Reads and checks every row of one sheet against the database, writing nothing: what would be
 * created, updated or skipped, and every problem next to the cell it comes from. Asynchronous only to
 * give way to other requests between slices of rows (decision 072).
 */
export async function checkSheet(
  db: Db,
  sheets: SheetGrid[],
  opts: ImportOptions,
  now: number,
  mayUpdate: RowAccess,
  /** Told the rows checked so far, of how many (the import page's progress bar). */
  progress?: (checked: number, total: number) => void,
): Promise<CheckedSheet> {
  const sheet = sheets[opts.sheet];
  if (!sheet) throw new Error('sheet index out of range');
  const grid = sheet.grid;
  const found = findHeaderRow(grid);
  const headerIndex =
    found ??
    Math.max(
      0,
      grid.findIndex((r) => r.some((c) => cellText(c) !== '')),
    );
  const headers = (grid[headerIndex] ?? []).map(cellText);
  const fields = mappingFor(headers, opts.mapping);
  const nameCol = fields.indexOf('name');
  const body = grid.slice(headerIndex + 1);
  const firstData = body.find((r) => classifyRow(r, nameCol < 0 ? null : nameCol) === 'data') ?? [];
  const columns: PreviewColumn[] = headers.map((header, index) => {
    const field = fields[index] ?? null;
    return {
      index,
      header,
      field,
      unit: field && LEDGER_COLUMNS[field].kind === 'amount' ? (normalizeHeader(header).unit ?? 'wan') : null,
      sample: cellText(firstData[index] ?? null).slice(0, 40),
    };
  });
  const result: CheckedSheet = {
    sheetIndex: opts.sheet,
    sheetName: sheet.name,
    headerRow: grid.length ? headerIndex + 1 : null,
    columns,
    fatal: null,
    missingUnits: [],
    skippedLines: { total: 0, notes: 0, blank: 0 },
    rows: [],
  };
  if (!grid.some((r) => r.some((c) => cellText(c) !== '')))
    return { ...result, fatal: `工作表「${sheet.name}」是空的` };
  if (nameCol < 0) {
    return {
      ...result,
      fatal:
        found === null
          ? `工作表「${sheet.name}」中没有找到表头（如 项目名称、投资方、总投资）。请确认选择了正确的工作表，或在下方为各列指定对应字段`
          : `没有「项目名称」列：请在下方把项目名称所在的列对应到「项目名称」`,
    };
  }

  // Rows are classified and then checked in slices, yielding between them so other requests go on.
  const pause = timeSlicer();
  const data: { row: number; cells: CellValue[] }[] = [];
  for (let i = 0; i < body.length; i++) {
    const cells = body[i]!;
    const kind = classifyRow(cells, nameCol);
    if (kind === 'data') data.push({ row: headerIndex + 2 + i, cells });
    else if (kind === 'total') result.skippedLines.total++;
    else if (kind === 'note') result.skippedLines.notes++;
    else result.skippedLines.blank++;
    await pause();
  }
  if (data.length === 0) return { ...result, fatal: `工作表「${sheet.name}」的表头下没有数据行` };
  if (data.length > MAX_IMPORT_ROWS) {
    return {
      ...result,
      fatal: `共有 ${data.length.toLocaleString('zh-CN')} 行数据，超过单次导入上限 20,000 行，请拆分后分批导入`,
    };
  }

  const units: Partial<Record<LedgerField, AmountUnit>> = {};
  for (const c of columns) if (c.field && c.unit) units[c.field] = c.unit;
  const ctx: RowContext = {
    dir: loadDirectory(db),
    existing: loadExisting(db),
    opts,
    mayUpdate,
    today: businessDate(now),
    seenKeys: new Map(),
    seenCodes: new Map(),
    missingUnits: new Set(),
  };
  // Checked against one snapshot of the data (ctx), taken here at once.
  for (const { row, cells } of data) {
    const byField: Partial<Record<LedgerField, CellValue>> = {};
    const shown: Record<number, string> = {};
    fields.forEach((f, i) => {
      if (!f) return;
      byField[f] = cells[i] ?? null;
      shown[i] = cellText(cells[i] ?? null);
    });
    result.rows.push(checkRow(ctx, row, byField, units, shown));
    if (progress && result.rows.length % 100 === 0) progress(result.rows.length, data.length);
    await pause();
  }
  result.missingUnits = [...ctx.missingUnits];
  return result;
}

interface RowContext {
  dir: Directory;
  existing: Existing;
  opts: ImportOptions;
  mayUpdate: RowAccess;
  today: string;
  seenKeys: Map<string, number>;
  seenCodes: Map<string, number>;
  missingUnits: Set<string>;
}

function checkRow(
  ctx: RowContext,
  row: number,
  cells: Partial<Record<LedgerField, CellValue>>,
  units: Partial<Record<LedgerField, AmountUnit>>,
  shown: Record<number, string>,
): CheckedRow {
  const { values, errors } = parseLedgerRow(cells, units, ctx.today);
  const notes: string[] = [];
  const out: CheckedRow = {
    row,
    action: 'error',
    name: values.name ?? '',
    investor: values.investor ?? '',
    cells: shown,
    errors,
    notes,
    reason: null,
    values,
    write: null,
    newUnit: null,
    create: null,
    update: null,
  };

  // People and units named in the row must exist (units may be created on request).
  const person = (field: 'ownerA' | 'ownerB', what: string): number | null => {
    const name = values[field];
    if (!name) return null;
    const r = ctx.dir.person(name, what, 'staff');
    if ('error' in r) {
      errors[field] ??= r.error;
      return null;
    }
    return r.id;
  };
  const ownerAId = person('ownerA', '招商责任人');
  const ownerBId = person('ownerB', 'B岗人员');
  if (values.ownerA && ownerAId !== null && ownerAId === ownerBId)
    errors.ownerB ??= 'B岗不能与招商责任人为同一人';
  // 主包 first, then 协包, as the export writes them: "孙晓梅、吴静".
  for (const name of (values.leader ?? '').split(/[、,，;；/\s]+/).filter(Boolean)) {
    const r = ctx.dir.person(name, '包保领导', 'leader');
    if ('error' in r) errors.leader ??= r.error;
  }
  let unitId: number | null = null;
  if (values.unit) {
    const u = ctx.dir.unit(values.unit);
    if (u && 'id' in u) unitId = u.id;
    else if (u) errors.unit ??= `责任单位「${values.unit}」已停用`;
    else {
      ctx.missingUnits.add(values.unit);
      if (ctx.opts.createUnits) {
        out.newUnit = values.unit;
        notes.push(`将新建责任单位「${values.unit}」`);
      } else errors.unit ??= `责任单位「${values.unit}」不存在（可选择自动创建）`;
    }
  }
  if (values.leader) notes.push('包保领导请在项目页指派（台账导入不改变包保关系）');
  if (values.taskForce) notes.push('专班请在专班管理中调整（台账导入不改变专班）');

  // The same project twice in the sheet.
  if (values.name) {
    const key = projectKey(values.name, values.investor);
    const first = ctx.seenKeys.get(key);
    if (first !== undefined) errors.name ??= `与第 ${first} 行重复（项目名称和投资方相同）`;
    else ctx.seenKeys.set(key, row);
  }
  if (values.creditCode) {
    const first = ctx.seenCodes.get(values.creditCode);
    if (first !== undefined) errors.creditCode ??= `与第 ${first} 行的统一社会信用代码相同`;
    else ctx.seenCodes.set(values.creditCode, row);
  }

  const write: ProjectWrite = {
    name: values.name ?? '',
    investor: values.investor,
    industry: values.industry,
    channel: values.channel,
    origin: values.origin,
    capitalType: values.capitalType,
    estimatedInvestment: values.estimatedInvestment,
    agreedInvestment: values.agreedInvestment,
    agreementType: values.agreementType,
    registeredEntity: values.registeredEntity,
    creditCode: values.creditCode,
    location: values.location,
    description: values.description,
    signingDate: values.signingDate,
    landingDate: values.landingDate,
    startDate: values.startDate,
    completionDate: values.completionDate,
    ownerAId,
    ownerBId,
    unitId,
    isKey: values.isKey,
    isBond: values.isBond,
    isFirstStore: values.isFirstStore,
  };
  out.write = write;

  const byKey = values.name ? ctx.existing.byKey.get(projectKey(values.name, values.investor)) : undefined;
  const byCode = values.creditCode ? ctx.existing.byCode.get(values.creditCode) : undefined;
  if (byKey && byCode && byKey.id !== byCode.id) {
    errors.creditCode ??= `该统一社会信用代码已用于另一个项目「${byCode.name}」`;
  }
  const match = byKey ?? byCode;

  if (!match) {
    withDefaults(out, ctx.opts.defaults);
    out.create = planNewProject(
      { ...values, channel: write.channel },
      errors,
      write.ownerAId ?? values.ownerA,
    );
    notes.push(...out.create.notes);
    if (values.ownerA && ownerAId === null) errors.ownerA ??= '招商责任人不存在';
    if (Object.keys(errors).length) return out;
    out.action = 'create';
    return out;
  }

  if (ctx.opts.onExisting === 'skip') {
    if (Object.keys(errors).length) return out;
    out.action = 'skip';
    out.reason = `系统中已有该项目（编号 ${match.id}），按选择不更新`;
    return out;
  }
  const changesOwner =
    (ownerAId !== null && ownerAId !== match.ownerAId) || (ownerBId !== null && ownerBId !== match.ownerBId);
  if (!ctx.mayUpdate(match.id, changesOwner)) errors.name ??= NO_ACCESS;
  checkUpdate(ctx, out, match);
  return out;
}

/** A new project takes the import's defaults where its cell is missing or empty (not where it is wrong). */
function withDefaults(out: CheckedRow, defaults: ImportOptions['defaults']): void {
  const { values, errors, notes } = out;
  const write = out.write!;
  const used: string[] = [];
  if (!values.channel && !errors.channel && defaults.channel) {
    write.channel = defaults.channel;
    used.push('招商方式');
  }
  if (!values.ownerA && !errors.ownerA && defaults.ownerAId) {
    write.ownerAId = defaults.ownerAId;
    used.push('招商责任人');
    if (write.ownerBId === write.ownerAId) errors.ownerB ??= 'B岗不能与招商责任人为同一人';
  }
  if (!values.unit && defaults.unitId) {
    write.unitId = defaults.unitId;
    used.push('责任单位');
  }
  if (used.length) notes.push(`${used.join('、')}未填，按默认值导入`);
}

/** An update keeps the app's rules: gates of the stage it stands in, date order, allowed moves. */
function checkUpdate(ctx: RowContext, out: CheckedRow, p: ExistingProject): void {
  const { values, errors, notes } = out;
  const write = out.write!;
  const set = Object.fromEntries(
    Object.entries(write).filter(([, v]) => v !== null),
  ) as Partial<ProjectWrite>;
  const merged = { ...p, ...set };
  const order = gateDateOrderError(merged);
  if (order && !errors[order.field]) errors[order.field] = '与系统中已有的阶段日期顺序不符';

  let to: ProjectState | null = null;
  let note: string | null = null;
  if (values.state) {
    const target: { stage: FunnelStage; status: typeof p.status } = {
      stage: values.state.stage ?? p.stage,
      status: values.state.status,
    };
    const targetState = currentState(target);
    if (targetState !== currentState(p)) {
      const plan = planMove(merged, targetState);
      if (isRefusal(plan)) errors.stage ??= plan.message;
      else {
        for (const gate of plan.missing) {
          const col = gate === 'ownerAId' ? 'ownerA' : gate;
          errors[col as LedgerField] ??= '进入该阶段必填';
        }
        to = targetState;
        note = values.offReason ?? '台账导入';
      }
    } else if (target.stage !== p.stage) {
      errors.stage ??= '暂缓/终止项目只能恢复到原阶段';
    }
  }
  if (!to) {
    const kept = missingGates(merged, gatesUpTo(p.stage)).filter((g) => !p.missingFacts.includes(g));
    for (const gate of kept) {
      const col = gate === 'ownerAId' ? 'ownerA' : gate;
      errors[col as LedgerField] ??= '项目当前阶段必填，不能清空';
    }
  }
  out.update = { project: p, to, note, addFunds: 0, addProgress: false };
  if (Object.keys(errors).length) return;

  const changed = Object.entries(set)
    .filter(([k, v]) => (p as Record<string, unknown>)[k] !== v)
    .map(([k]) => k);
  const funds = ctx.existing.funds.get(p.id) ?? 0;
  if (values.fundsInPlace !== null && values.fundsInPlace < funds)
    notes.push(`台账到位资金少于系统记录（${funds} 万元），未修改`);
  const moreFunds = values.fundsInPlace !== null && values.fundsInPlace > funds;
  const newProgress = !!values.latestProgress && ctx.existing.progress.get(p.id) !== values.latestProgress;
  if (!changed.length && !to && !moreFunds && !newProgress) {
    out.action = 'skip';
    out.reason = `与系统中的项目（编号 ${p.id}）一致，无需更新`;
    return;
  }
  out.action = 'update';
  out.update.addFunds = moreFunds ? (values.fundsInPlace ?? 0) - funds : 0;
  out.update.addProgress = newProgress;
  const parts = [
    changed.length ? `更新 ${changed.length} 项信息` : null,
    to ? `阶段调整为${domainZh.stage[to]}` : null,
    moreFunds ? `补登到位资金 ${(values.fundsInPlace ?? 0) - funds} 万元` : null,
    newProgress ? '新增进展记录' : null,
  ].filter(Boolean);
  out.reason = `项目编号 ${p.id}：${parts.join('，')}`;
}

/** How many rows would create a project flagged 资料待补 (its stage's facts incomplete). */
export function pendingCreates(rows: readonly CheckedRow[]): number {
  return rows.filter((r) => r.action === 'create' && r.create?.pending.length).length;
}
