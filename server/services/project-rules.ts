import { businessDate } from '../../shared/domain/dates';
import {
  GATE_DATE_FIELDS,
  type GateDateField,
  type GateField,
  gateDateOrderError,
  gatesUpTo,
  missingGates,
} from '../../shared/domain/gates';
import type { FunnelStage } from '../../shared/domain/stages';
import { fieldError, fieldMessage } from '../errors';

/** Gate dates record facts: none may be in the future, and they follow the funnel order. */
export function checkGateDates(
  values: Partial<Record<GateDateField, string | null | undefined>>,
  now: number,
): void {
  const today = businessDate(now);
  for (const field of GATE_DATE_FIELDS) {
    const value = values[field];
    if (value && value > today) throw fieldError({ [field]: 'dateInFuture' });
  }
  const order = gateDateOrderError(values);
  if (order) {
    throw fieldError({
      [order.field]: fieldMessage('dateOrder', { field: order.field, after: order.after }),
    });
  }
}

/** A project standing in `stage` must keep every gate up to it filled (but for its 资料待补 facts). */
export function checkStageGatesKept(
  values: Record<string, unknown>,
  stage: FunnelStage,
  pending: readonly GateField[] = [],
): void {
  const missing = missingGates(values, gatesUpTo(stage)).filter((f) => !pending.includes(f));
  if (missing.length) throw fieldError(Object.fromEntries(missing.map((f) => [f, 'requiredAtStage'])));
}
