import { addBusinessDays, DAY_MS } from '../dates';
import type { LinkableStage } from './linked';

export interface PlanStep {
  name: string;
  /** Days from the previous milestone to this one; for the first step, from the start of its work. */
  durationDays: number;
  linkedStage: LinkableStage | null;
}

export interface PlannedMilestone extends PlanStep {
  plannedDate: string;
  /** The date work towards this milestone has to start (plannedDate − durationDays). */
  startDate: string;
  /** Work should have started before today: the step no longer fits in its full duration. */
  tooLate: boolean;
}

export interface BackwardPlan {
  milestones: PlannedMilestone[];
  /** The target date is earlier than today. */
  targetInPast: boolean;
  /** Days the plan is short (0 when everything fits). */
  shortByDays: number;
}

/**
 * Plans backward (倒排): the last step lands on the target date and each earlier step lands its
 * successor's duration before it. All arithmetic is on Asia/Shanghai calendar dates, so month ends
 * and 29 February fall out of the calendar rather than a fixed 30-day month.
 */
export function planBackward(steps: readonly PlanStep[], targetDate: string, today: string): BackwardPlan {
  const planned: string[] = new Array<string>(steps.length);
  let next = targetDate;
  for (let i = steps.length - 1; i >= 0; i--) {
    planned[i] = next;
    next = addBusinessDays(next, -(steps[i]?.durationDays ?? 0));
  }
  const firstStart = next;
  const milestones = steps.map((step, i) => {
    const plannedDate = planned[i] ?? targetDate;
    const startDate = addBusinessDays(plannedDate, -step.durationDays);
    return { ...step, plannedDate, startDate, tooLate: startDate < today };
  });
  return {
    milestones,
    targetInPast: targetDate < today,
    shortByDays: firstStart < today ? daysBetween(firstStart, today) : 0,
  };
}

/** Calendar days from `a` to `b` ('YYYY-MM-DD'), positive when b is later. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

/** The index of the first milestone whose planned date is earlier than its predecessor's, or -1. */
export function firstOutOfOrder(plannedDates: readonly string[]): number {
  for (let i = 1; i < plannedDates.length; i++) {
    if ((plannedDates[i] ?? '') < (plannedDates[i - 1] ?? '')) return i;
  }
  return -1;
}
