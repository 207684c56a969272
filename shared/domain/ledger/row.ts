import { type AppMessage, appMessage } from '../../errors/catalog';
import type { AgreementType, CapitalType, Channel, DropCategory, Industry, Origin } from '../catalog';
import {
  GATE_DATE_FIELDS,
  type GateDateField,
  type GateField,
  gateDateOrderError,
  gatesUpTo,
  missingGates,
} from '../gates';
import { PENDABLE_FACTS } from '../pending-facts';
import { FUNNEL_STAGES, type FunnelStage, type ProjectStatus } from '../stages';
import { type AmountUnit, parseLedgerAmount } from './amounts';
import type { LedgerField } from './columns';
import { type LedgerContact, parseLedgerContact } from './contact';
import { type LedgerOperations, parseLedgerOperations } from './operations';
import { parseLedgerCreditCode } from './credit-code';
import { type ParseResult, parseLedgerDate } from './dates';
import {
  parseAgreementType,
  parseCapitalType,
  parseChannel,
  parseDropCategory,
  parseIndustry,
  parseOrigin,
  parseYesNo,
} from './labels';
import { type LedgerStage, parseLedgerStage } from './stages';
import { type CellValue, cellText } from './table';
import { isBlankText } from './text';

/** A ledger row read into the app's terms. null: blank cell or no such column. */
export interface LedgerRowValues {
  name: string | null;
  investor: string | null;
  industry: Industry | null;
  channel: Channel | null;
  origin: Origin | null;
  capitalType: CapitalType | null;
  estimatedInvestment: number | null;
  agreedInvestment: number | null;
  fundsInPlace: number | null;
  state: LedgerStage | null;
  signingDate: string | null;
  landingDate: string | null;
  startDate: string | null;
  completionDate: string | null;
  createdDate: string | null;
  agreementType: AgreementType | null;
  registeredEntity: string | null;
  creditCode: string | null;
  location: string | null;
  description: string | null;
  leader: string | null;
  ownerA: string | null;
  ownerB: string | null;
  unit: string | null;
  taskForce: string | null;
  latestProgress: string | null;
  nextStep: string | null;
  offReason: string | null;
  dropCategory: DropCategory | null;
  isKey: boolean | null;
  isBond: boolean | null;
  isFirstStore: boolean | null;
  contact: LedgerContact;
  /** After 建成: 投产日期, 入统固定资产投资 and a year's results. */
  operations: LedgerOperations;
}

/** A message per cell (shared/errors/ledger-rows.ts), rendered in the person's language. */
export type RowErrors = Partial<Record<LedgerField, AppMessage>>;

export interface ParsedLedgerRow {
  values: LedgerRowValues;
  errors: RowErrors;
}

const TEXT_LIMITS: Partial<Record<LedgerField, number>> = {
  name: 100,
  investor: 100,
  registeredEntity: 100,
  location: 200,
  description: 2000,
  latestProgress: 2000,
  nextStep: 500,
  offReason: 1000,
};

/**
 * Reads one row's cells (already picked by the column mapping) into typed values, with an error per
 * cell that cannot be read. Checks that need only the row itself happen here too: the name, dates not
 * after `today` and in funnel order, the reason of a 暂缓/终止 row.
 */
export function parseLedgerRow(
  cells: Partial<Record<LedgerField, CellValue>>,
  units: Partial<Record<LedgerField, AmountUnit>>,
  today: string,
): ParsedLedgerRow {
  const errors: RowErrors = {};
  const take = <T>(field: LedgerField, result: ParseResult<T>, blank: T): T => {
    if (result.ok) return result.value;
    errors[field] = result.error;
    return blank;
  };
  const text = (field: LedgerField): string | null => {
    const raw = cells[field];
    if (raw === undefined || raw === null) return null;
    const s = raw instanceof Date ? cellText(raw) : String(raw).trim();
    if (isBlankText(s)) return null;
    const limit = TEXT_LIMITS[field] ?? 100;
    if (s.length > limit) errors[field] = appMessage('ledgerTooLong', { limit });
    return s.replace(
      /\s*\n\s*/g,
      field === 'description' || field === 'latestProgress' || field === 'nextStep' ? '\n' : ' ',
    );
  };
  const amount = (field: LedgerField) =>
    take(field, parseLedgerAmount(cells[field] ?? null, units[field] ?? 'wan'), null);
  const date = (field: LedgerField) => take(field, parseLedgerDate(cells[field] ?? null), null);
  const flag = (field: LedgerField) =>
    cells[field] === undefined ? null : take(field, parseYesNo(cells[field]), null);
  const v = (field: LedgerField) => cells[field] ?? null;

  const values: LedgerRowValues = {
    name: text('name'),
    investor: text('investor'),
    industry: take('industry', parseIndustry(v('industry')), null),
    channel: take('channel', parseChannel(v('channel')), null),
    origin: take('origin', parseOrigin(v('origin')), null),
    capitalType: take('capitalType', parseCapitalType(v('capitalType')), null),
    estimatedInvestment: amount('estimatedInvestment'),
    agreedInvestment: amount('agreedInvestment'),
    fundsInPlace: amount('fundsInPlace'),
    state: take('stage', parseLedgerStage(v('stage')), null),
    signingDate: date('signingDate'),
    landingDate: date('landingDate'),
    startDate: date('startDate'),
    completionDate: date('completionDate'),
    createdDate: date('createdDate'),
    agreementType: take('agreementType', parseAgreementType(v('agreementType')), null),
    registeredEntity: text('registeredEntity'),
    creditCode: take('creditCode', parseLedgerCreditCode(v('creditCode')), null),
    location: text('location'),
    description: text('description'),
    leader: text('leader'),
    ownerA: text('ownerA'),
    ownerB: text('ownerB'),
    unit: text('unit'),
    taskForce: text('taskForce'),
    latestProgress: text('latestProgress'),
    nextStep: text('nextStep'),
    offReason: text('offReason'),
    dropCategory: take('dropCategory', parseDropCategory(v('dropCategory')), null),
    isKey: flag('isKey'),
    isBond: flag('isBond'),
    isFirstStore: flag('isFirstStore'),
    contact: parseLedgerContact(cells, errors),
    operations: parseLedgerOperations(cells, units, today, errors),
  };

  if (!values.name && !errors.name) errors.name = appMessage('ledgerNameRequired');
  for (const field of [...GATE_DATE_FIELDS, 'createdDate'] as const) {
    const d = values[field];
    if (d && d > today && !errors[field]) errors[field] = appMessage('dateInFuture');
  }
  const order = gateDateOrderError(values);
  if (order && !errors[order.field]) errors[order.field] = appMessage('dateOrder', order);
  const status = values.state?.status;
  if (status && status !== 'active' && !values.offReason && !errors.offReason)
    errors.offReason = appMessage('ledgerOffReasonRequired', { status });
  if (values.ownerA && values.ownerB && values.ownerA === values.ownerB)
    errors.ownerB = appMessage('ledgerOwnerBSameAsA');
  return { values, errors };
}

/** The stage a row's dates reach: the latest gate date filled (签约 → 引进 … 建成 → 建成). */
export function stageFromDates(values: Pick<LedgerRowValues, GateDateField>): FunnelStage {
  if (values.completionDate) return 'completed';
  if (values.startDate) return 'started';
  if (values.landingDate) return 'landed';
  if (values.signingDate) return 'introduced';
  return 'negotiating';
}

/** Ledger column of each gate field, so a missing gate is reported next to the right cell. */
const GATE_COLUMN: Record<string, LedgerField> = {
  name: 'name',
  investor: 'investor',
  industry: 'industry',
  estimatedInvestment: 'estimatedInvestment',
  channel: 'channel',
  ownerAId: 'ownerA',
  signingDate: 'signingDate',
  agreedInvestment: 'agreedInvestment',
  agreementType: 'agreementType',
  registeredEntity: 'registeredEntity',
  creditCode: 'creditCode',
  location: 'location',
  landingDate: 'landingDate',
  startDate: 'startDate',
  completionDate: 'completionDate',
};

export interface NewProjectPlan {
  stage: FunnelStage;
  status: ProjectStatus;
  estimatedInvestment: number;
  agreementType: AgreementType | null;
  /** Gate facts of the stage the sheet does not give: imported flagged 资料待补 (shared/domain/pending-facts.ts). */
  pending: GateField[];
  notes: AppMessage[];
}

/**
 * What a new project from this row needs: the entry gate (洽谈) always, with `ownerA` the sheet's name
 * or the import's default owner; the stage it stands in (the stage cell, or the latest gate date when
 * the cell is blank or says only 暂缓/终止). Later gates the sheet lacks do not refuse the row: they are
 * listed as pending (资料待补). Errors go next to the cells.
 */
export function planNewProject(
  values: LedgerRowValues,
  errors: RowErrors,
  ownerA: string | number | null = values.ownerA,
): NewProjectPlan {
  const notes: AppMessage[] = [];
  const stage = values.state?.stage ?? stageFromDates(values);
  const status = values.state?.status ?? 'active';
  // 总投资 blank but 协议投资 known: the agreed amount is the best estimate there is.
  const estimatedInvestment = values.estimatedInvestment ?? values.agreedInvestment;
  if (values.estimatedInvestment === null && values.agreedInvestment !== null)
    notes.push(appMessage('ledgerEstimateFromAgreed'));
  let agreementType = values.agreementType;
  if (!agreementType && FUNNEL_STAGES.indexOf(stage) >= 1 && !errors.agreementType) {
    agreementType = 'investment';
    notes.push(appMessage('ledgerAgreementDefault'));
  }
  const filled = { ...values, estimatedInvestment, agreementType, ownerAId: ownerA };
  const missing = missingGates(filled, gatesUpTo(stage));
  const pending = missing.filter((gate) => PENDABLE_FACTS.includes(gate));
  for (const gate of missing) {
    const column = GATE_COLUMN[gate];
    if (PENDABLE_FACTS.includes(gate) || !column || errors[column]) continue;
    errors[column] = appMessage('ledgerRequired');
  }
  return { stage, status, estimatedInvestment: estimatedInvestment ?? 0, agreementType, pending, notes };
}
