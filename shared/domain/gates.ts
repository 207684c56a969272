import { FUNNEL_STAGES, type FunnelStage, stageIndex } from './stages';

/** What must be known to enter each stage (domain.md "The funnel"). */
export const STAGE_GATES = {
  negotiating: ['name', 'investor', 'industry', 'estimatedInvestment', 'channel', 'ownerAId'],
  introduced: ['signingDate', 'agreedInvestment', 'agreementType'],
  landed: ['registeredEntity', 'creditCode', 'location', 'landingDate'],
  started: ['startDate'],
  completed: ['completionDate'],
} as const satisfies Record<FunnelStage, readonly string[]>;

export type GateField = (typeof STAGE_GATES)[FunnelStage][number];

/** Gate fields a move may supply (the entry gate is filled when a project is created). */
export type MoveGateField = (typeof STAGE_GATES)['introduced' | 'landed' | 'started' | 'completed'][number];

/** The gate date fields in funnel order: each must be on or after the previous one. */
export const GATE_DATE_FIELDS = ['signingDate', 'landingDate', 'startDate', 'completionDate'] as const;
export type GateDateField = (typeof GATE_DATE_FIELDS)[number];

/** The gate fields required to stand in `stage`: the gates of every stage up to and including it. */
export function gatesUpTo(stage: FunnelStage): GateField[] {
  return FUNNEL_STAGES.slice(0, stageIndex(stage) + 1).flatMap((s) => [...STAGE_GATES[s]]);
}

/** The gate fields a forward move from `from` to `to` needs (every skipped stage and the target). */
export function gatesBetween(from: FunnelStage, to: FunnelStage): GateField[] {
  return FUNNEL_STAGES.slice(stageIndex(from) + 1, stageIndex(to) + 1).flatMap((s) => [...STAGE_GATES[s]]);
}

function isFilled(value: unknown): boolean {
  return value !== null && value !== undefined && !(typeof value === 'string' && value.trim() === '');
}

/** The gate fields still empty on a project (with the values a person is supplying). */
export function missingGates(values: Partial<Record<GateField, unknown>>, fields: GateField[]): GateField[] {
  return fields.filter((f) => !isFilled(values[f]));
}

/** Gate dates out of funnel order: returns the first field whose date is earlier than an earlier stage's date. */
export function gateDateOrderError(
  values: Partial<Record<GateDateField, string | null | undefined>>,
): { field: GateDateField; after: GateDateField } | null {
  let prev: { field: GateDateField; value: string } | null = null;
  for (const field of GATE_DATE_FIELDS) {
    const value = values[field];
    if (!value) continue;
    if (prev && value < prev.value) return { field, after: prev.field };
    prev = { field, value };
  }
  return null;
}
