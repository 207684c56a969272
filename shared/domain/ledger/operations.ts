import { type AppMessage, appMessage } from '../../errors/catalog';
import { type AmountUnit, parseLedgerAmount } from './amounts';
import type { LedgerField } from './columns';
import { fail, type ParseResult, parseLedgerDate } from './dates';
import { type CellValue, cellText } from './table';
import { isBlankText, toHalfWidth } from './text';

/**
 * After 建成 in a ledger row (issue 16): 投产日期, 入统固定资产投资 (the cumulative total, 万元) and
 * one year's 产值, 税收 (万元) and 就业人数. null: blank cell or no such column.
 */
export interface LedgerOperations {
  productionDate: string | null;
  fixedAssets: number | null;
  year: number | null;
  output: number | null;
  tax: number | null;
  jobs: number | null;
}

const YEAR_MIN = 2000;
const MAX_JOBS = 10_000_000;

/** A whole number from a cell (年度, 就业人数): digits, full-width digits, a trailing 年/人. */
function parseWhole(
  input: CellValue,
  min: number,
  max: number,
  error: AppMessage,
): ParseResult<number | null> {
  if (input === null) return { ok: true, value: null };
  const s = toHalfWidth(cellText(input))
    .replace(/[\s,]/g, '')
    .replace(/(年度?|人)$/, '');
  if (isBlankText(s)) return { ok: true, value: null };
  if (!/^\d+(\.0+)?$/.test(s)) return fail(error);
  const n = Number(s);
  return n >= min && n <= max ? { ok: true, value: n } : fail(error);
}

/** Reads the after-建成 cells of a row; an unreadable cell is an error on its column. */
export function parseLedgerOperations(
  cells: Partial<Record<LedgerField, CellValue>>,
  units: Partial<Record<LedgerField, AmountUnit>>,
  today: string,
  errors: Partial<Record<LedgerField, AppMessage>>,
): LedgerOperations {
  const take = <T>(field: LedgerField, r: ParseResult<T | null>): T | null => {
    if (r.ok) return r.value;
    errors[field] ??= r.error;
    return null;
  };
  const cell = (f: LedgerField) => cells[f] ?? null;
  const amount = (f: LedgerField) => take(f, parseLedgerAmount(cell(f), units[f] ?? 'wan'));
  const thisYear = Number(today.slice(0, 4));
  const ops: LedgerOperations = {
    productionDate: take('productionDate', parseLedgerDate(cell('productionDate'))),
    fixedAssets: amount('fixedAssets'),
    year: take(
      'resultYear',
      parseWhole(
        cell('resultYear'),
        YEAR_MIN,
        thisYear,
        appMessage('ledgerYearRange', { min: YEAR_MIN, max: thisYear }),
      ),
    ),
    output: amount('output'),
    tax: amount('tax'),
    jobs: take('jobs', parseWhole(cell('jobs'), 0, MAX_JOBS, appMessage('ledgerJobsUnreadable'))),
  };
  if (ops.productionDate && ops.productionDate > today) errors.productionDate ??= appMessage('dateInFuture');
  // A year's figures are one record: with the year given, all three are needed.
  if (ops.year !== null)
    for (const f of ['output', 'tax', 'jobs'] as const)
      if (ops[f] === null) errors[f] ??= appMessage('ledgerRequired');
  return ops;
}

/** What the app holds of a project's operations, as the import compares it. */
export interface StoredOperations {
  production: { date: string; version: number } | null;
  fixedAssetSum: number;
  years: Map<number, { output: number; tax: number; jobs: number; version: number }>;
}

/** What an import writes of a row's operations (each part only when it changes something). */
export interface OperationsPlan {
  production: { date: string; version: number | null } | null;
  /** 万元 added as one dated entry: the sheet's total less what is recorded (never less). */
  addFixedAssets: number;
  annual: { year: number; output: number; tax: number; jobs: number; version: number | null } | null;
  /** What the preview notes and the import leaves (not 建成, no year, a total below the record). */
  notes: AppMessage[];
}

const EMPTY: StoredOperations = { production: null, fixedAssetSum: 0, years: new Map() };

/**
 * Plans a row's operations against what is stored. Only a project that is (or becomes) 建成 has any:
 * on another project the cells are noted and left, as a legacy ledger's 预计 figures would be. Figures
 * without their year are not imported either; a total below the record changes nothing.
 */
export function planOperations(
  sheet: LedgerOperations,
  stored: StoredOperations | undefined,
  completed: boolean,
): OperationsPlan | null {
  const s = stored ?? EMPTY;
  const notes: AppMessage[] = [];
  const given = Object.values(sheet).some((v) => v !== null);
  if (!given) return null;
  if (!completed)
    return {
      production: null,
      addFixedAssets: 0,
      annual: null,
      notes: [appMessage('ledgerOperationsNotCompleted')],
    };

  const production =
    sheet.productionDate && sheet.productionDate !== s.production?.date
      ? { date: sheet.productionDate, version: s.production?.version ?? null }
      : null;
  let addFixedAssets = 0;
  if (sheet.fixedAssets !== null) {
    if (sheet.fixedAssets > s.fixedAssetSum) addFixedAssets = sheet.fixedAssets - s.fixedAssetSum;
    else if (sheet.fixedAssets < s.fixedAssetSum)
      notes.push(appMessage('ledgerFixedAssetsBelowRecord', { sum: s.fixedAssetSum }));
  }
  let annual: OperationsPlan['annual'] = null;
  const { year, output, tax, jobs } = sheet;
  if (year === null) {
    if (output !== null || tax !== null || jobs !== null) notes.push(appMessage('ledgerResultsWithoutYear'));
  } else if (output !== null && tax !== null && jobs !== null) {
    const was = s.years.get(year);
    if (!was || was.output !== output || was.tax !== tax || was.jobs !== jobs)
      annual = { year, output, tax, jobs, version: was?.version ?? null };
  }
  return { production, addFixedAssets, annual, notes };
}

/** What a plan writes, as the preview says it (a new row's notes, an update's summary). */
export function operationsSummary(plan: OperationsPlan): AppMessage[] {
  return [
    ...(plan.production ? [appMessage('ledgerProductionSet', { date: plan.production.date })] : []),
    ...(plan.addFixedAssets ? [appMessage('ledgerFixedAssetsAdded', { amount: plan.addFixedAssets })] : []),
    ...(plan.annual ? [appMessage('ledgerResultsSet', { year: plan.annual.year })] : []),
  ];
}

/** Whether a plan writes anything. */
export const writesOperations = (plan: OperationsPlan | null): plan is OperationsPlan =>
  !!plan && (plan.production !== null || plan.addFixedAssets > 0 || plan.annual !== null);
