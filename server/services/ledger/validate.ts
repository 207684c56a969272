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
import {
  type ContactPlan,
  contactNote,
  planContact,
  type StoredContact,
} from '../../../shared/domain/ledger/contact';
import {
  type OperationsPlan,
  operationsSummary,
  type StoredOperations,
  planOperations,
  writesOperations,
} from '../../../shared/domain/ledger/operations';
import type { FunnelStage, ProjectState, ProjectStatus } from '../../../shared/domain/stages';
import { currentState, isRefusal, planMove } from '../../../shared/domain/transitions';
import type { importOptions } from '../../../shared/schemas/ledger';
import { type AppMessage, appMessage } from '../../../shared/errors/catalog';
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
import { SYSTEM_NOTES } from '../../../shared/domain/system-notes';

export type ImportOptions = z.output<typeof importOptions>;
/** Whether the importer may update project `projectId` (and change its owners): asked of the permission model. */
export type RowAccess = (projectId: number, changesOwner: boolean) => boolean;
/** The error on a row that would update a project the importer may not write (compared by identity). */
export const NO_ACCESS: Readonly<AppMessage> = appMessage('actionForbidden', { action: 'import_update' });
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
  notes: AppMessage[];
  /** Why a row is skipped, or a short summary of an update (a head and its parts, joinMessages); empty otherwise. */
  reason: AppMessage[];
  values: LedgerRowValues;
  write: ProjectWrite | null;
  /** Units this row needs created (createUnits on). */
  newUnit: string | null;
  create: NewProjectPlan | null;
  /** What happens to the project's primary contact (null: nothing). */
  contact: ContactPlan | null;
  /** What is written of 投产, 入统 and the year's results (null: nothing). */
  operations: OperationsPlan | null;
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
  fatal: AppMessage | null;
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
    return { ...result, fatal: appMessage('ledgerSheetEmpty', { sheet: sheet.name }) };
  if (nameCol < 0) {
    const fatal =
      found === null ? appMessage('ledgerNoHeader', { sheet: sheet.name }) : appMessage('ledgerNoNameColumn');
    return { ...result, fatal };
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
  if (data.length === 0) return { ...result, fatal: appMessage('ledgerNoDataRows', { sheet: sheet.name }) };
  if (data.length > MAX_IMPORT_ROWS) {
    const [rows, limit] = [data.length, MAX_IMPORT_ROWS].map((n) => n.toLocaleString('en-US'));
    return { ...result, fatal: appMessage('ledgerTooManyRows', { rows: rows!, limit: limit! }) };
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
  const notes: AppMessage[] = [];
  const out: CheckedRow = {
    row,
    action: 'error',
    name: values.name ?? '',
    investor: values.investor ?? '',
    cells: shown,
    errors,
    notes,
    reason: [],
    values,
    write: null,
    newUnit: null,
    create: null,
    contact: null,
    operations: null,
    update: null,
  };

  // People and units named in the row must exist (units may be created on request).
  const person = (field: 'ownerA' | 'ownerB'): number | null => {
    const name = values[field];
    if (!name) return null;
    const r = ctx.dir.person(name, field);
    if ('error' in r) {
      errors[field] ??= r.error;
      return null;
    }
    return r.id;
  };
  const ownerAId = person('ownerA');
  const ownerBId = person('ownerB');
  if (values.ownerA && ownerAId !== null && ownerAId === ownerBId)
    errors.ownerB ??= appMessage('ledgerOwnerBSameAsA');
  // 主包 first, then 协包, as the export writes them: "孙晓梅、吴静".
  for (const name of (values.leader ?? '').split(/[、,，;；/\s]+/).filter(Boolean)) {
    const r = ctx.dir.person(name, 'leader');
    if ('error' in r) errors.leader ??= r.error;
  }
  let unitId: number | null = null;
  if (values.unit) {
    const u = ctx.dir.unit(values.unit);
    if (u && 'id' in u) unitId = u.id;
    else if (u) errors.unit ??= appMessage('ledgerUnitInactive', { name: values.unit });
    else {
      ctx.missingUnits.add(values.unit);
      if (ctx.opts.createUnits) {
        out.newUnit = values.unit;
        notes.push(appMessage('ledgerUnitWillCreate', { name: values.unit }));
      } else errors.unit ??= appMessage('ledgerUnitMissing', { name: values.unit });
    }
  }
  if (values.leader) notes.push(appMessage('ledgerLeaderNotImported'));
  if (values.taskForce) notes.push(appMessage('ledgerTaskForceNotImported'));

  // The same project twice in the sheet.
  if (values.name) {
    const key = projectKey(values.name, values.investor);
    const first = ctx.seenKeys.get(key);
    if (first !== undefined) errors.name ??= appMessage('ledgerDuplicateRow', { row: first });
    else ctx.seenKeys.set(key, row);
  }
  if (values.creditCode) {
    const first = ctx.seenCodes.get(values.creditCode);
    if (first !== undefined) errors.creditCode ??= appMessage('ledgerDuplicateCode', { row: first });
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
    errors.creditCode ??= appMessage('ledgerCodeOfOther', { name: byCode.name });
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
    planRowContact(out, undefined);
    planRowOperations(out, undefined, out.create);
    if (values.ownerA && ownerAId === null) errors.ownerA ??= appMessage('ledgerOwnerUnknown');
    if (Object.keys(errors).length) return out;
    out.action = 'create';
    return out;
  }

  if (ctx.opts.onExisting === 'skip') {
    if (Object.keys(errors).length) return out;
    out.action = 'skip';
    out.reason = [appMessage('ledgerExistsSkipped', { id: match.id })];
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
  const used = (field: 'channel' | 'ownerAId' | 'unitId') =>
    notes.push(appMessage('ledgerDefaultUsed', { field }));
  if (!values.channel && !errors.channel && defaults.channel) {
    write.channel = defaults.channel;
    used('channel');
  }
  if (!values.ownerA && !errors.ownerA && defaults.ownerAId) {
    write.ownerAId = defaults.ownerAId;
    used('ownerAId');
    if (write.ownerBId === write.ownerAId) errors.ownerB ??= appMessage('ledgerOwnerBSameAsA');
  }
  if (!values.unit && defaults.unitId) {
    write.unitId = defaults.unitId;
    used('unitId');
  }
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
  if (order && !errors[order.field]) errors[order.field] = appMessage('ledgerDatesOutOfOrder');

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
      if (isRefusal(plan)) errors.stage ??= appMessage(plan.code);
      else {
        for (const gate of plan.missing) {
          const col = gate === 'ownerAId' ? 'ownerA' : gate;
          errors[col as LedgerField] ??= appMessage('requiredForStage');
        }
        to = targetState;
        note = values.offReason ?? SYSTEM_NOTES.imported;
      }
    } else if (target.stage !== p.stage) {
      errors.stage ??= appMessage('ledgerResumeSameStage');
    }
  }
  if (!to) {
    const kept = missingGates(merged, gatesUpTo(p.stage)).filter((g) => !p.missingFacts.includes(g));
    for (const gate of kept) {
      const col = gate === 'ownerAId' ? 'ownerA' : gate;
      errors[col as LedgerField] ??= appMessage('ledgerKeepStageFacts');
    }
  }
  out.update = { project: p, to, note, addFunds: 0, addProgress: false };
  if (Object.keys(errors).length) return;

  const changed = Object.entries(set)
    .filter(([k, v]) => (p as Record<string, unknown>)[k] !== v)
    .map(([k]) => k);
  const funds = ctx.existing.funds.get(p.id) ?? 0;
  if (values.fundsInPlace !== null && values.fundsInPlace < funds)
    notes.push(appMessage('ledgerFundsBelowRecord', { funds }));
  const moreFunds = values.fundsInPlace !== null && values.fundsInPlace > funds;
  const newProgress = !!values.latestProgress && ctx.existing.progress.get(p.id) !== values.latestProgress;
  const contact = planRowContact(out, ctx.existing.contacts.get(p.id));
  const operations = planRowOperations(out, ctx.existing.operations.get(p.id), {
    stage: values.state?.stage ?? p.stage,
    status: values.state?.status ?? p.status,
  });
  if (!changed.length && !to && !moreFunds && !newProgress && !contact && !operations) {
    out.action = 'skip';
    out.reason = [appMessage('ledgerUnchanged', { id: p.id })];
    return;
  }
  out.action = 'update';
  out.update.addFunds = moreFunds ? (values.fundsInPlace ?? 0) - funds : 0;
  out.update.addProgress = newProgress;
  out.reason = [
    appMessage('ledgerUpdateOf', { id: p.id }),
    ...(changed.length ? [appMessage('ledgerFieldsChanged', { n: changed.length })] : []),
    ...(to ? [appMessage('ledgerStageTo', { stage: to })] : []),
    ...(moreFunds ? [appMessage('ledgerFundsAdded', { amount: out.update.addFunds })] : []),
    ...(newProgress ? [appMessage('ledgerProgressAdded')] : []),
    ...(contact ? [contactNote(contact)] : []),
    ...(operations ? operationsSummary(operations) : []),
  ];
}

/**
 * The row's after-建成 plan for the project as it stands after the row (stage and status): what it
 * leaves is noted; what it writes is a new row's note or part of an update's summary.
 */
function planRowOperations(
  out: CheckedRow,
  stored: StoredOperations | undefined,
  after: { stage: FunnelStage; status: ProjectStatus },
): OperationsPlan | null {
  const plan = planOperations(
    out.values.operations,
    stored,
    after.stage === 'completed' && after.status !== 'dropped',
  );
  if (!plan) return null;
  out.notes.push(...plan.notes);
  if (!writesOperations(plan)) return null;
  if (!out.update) out.notes.push(...operationsSummary(plan));
  out.operations = plan;
  return plan;
}

/**
 * The row's contact plan. A new project's is noted on the row; an update's goes into its summary with
 * the other changes. Contact details without a name are only a note: nothing is written.
 */
function planRowContact(out: CheckedRow, primary: StoredContact | undefined): ContactPlan | null {
  const plan = planContact(out.values.contact, primary);
  if (plan?.kind === 'unnamed') out.notes.push(contactNote(plan));
  if (!plan || plan.kind === 'unnamed') return null;
  if (!out.update) out.notes.push(contactNote(plan));
  out.contact = plan;
  return plan;
}

/** How many rows would create a project flagged 资料待补 (its stage's facts incomplete). */
export function pendingCreates(rows: readonly CheckedRow[]): number {
  return rows.filter((r) => r.action === 'create' && r.create?.pending.length).length;
}
