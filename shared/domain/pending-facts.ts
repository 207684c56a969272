import { type GateField, gatesUpTo, missingGates, STAGE_GATES } from './gates';
import type { FunnelStage } from './stages';

/**
 * 资料待补: a project imported from an old ledger may stand in its stage without some of the facts
 * that stage's gates ask for (old ledgers never recorded 注册主体 or 落位地点). Only the facts of the
 * stages after 洽谈 may be pending; the entry gate (name, investor, industry, amount, channel, owner A)
 * is always required. The missing facts are stored on the project and shrink as they are filled in.
 */
export const PENDABLE_FACTS: readonly GateField[] = [
  ...STAGE_GATES.introduced,
  ...STAGE_GATES.landed,
  ...STAGE_GATES.started,
  ...STAGE_GATES.completed,
];

/** The facts a project standing in `stage` lacks that may be left pending (in gate order). */
export function pendingFactsAt(values: Partial<Record<GateField, unknown>>, stage: FunnelStage): GateField[] {
  return missingGates(values, gatesUpTo(stage)).filter((f) => PENDABLE_FACTS.includes(f));
}

/**
 * What is still pending after a change: the facts pending before that are still empty and still needed
 * by the stage the project stands in. Never adds a fact: a filled fact cannot become pending again.
 */
export function stillPending(
  pending: readonly GateField[],
  values: Partial<Record<GateField, unknown>>,
  stage: FunnelStage,
): GateField[] {
  const needed = new Set(gatesUpTo(stage));
  return missingGates(values, [...pending]).filter((f) => needed.has(f));
}
