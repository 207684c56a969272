import type { FunnelStage } from './stages';
import { addBusinessDays, businessDate, businessDaysBetween, startOfBusinessDay } from './dates';

/** The stages that can stall: a completed project is in operation and no longer needs pushing. */
export const STALL_STAGES = ['negotiating', 'introduced', 'landed', 'started'] as const;
export type StallStage = (typeof STALL_STAGES)[number];

/** 久未推进 limits in calendar days per stage, as the office sets them (issue 15). */
export type StallDays = Record<StallStage, number>;

/** The limits before any office setting (and the backfill of migration 0009): 30 days at every stage. */
export const DEFAULT_STALL_DAYS: StallDays = { negotiating: 30, introduced: 30, landed: 30, started: 30 };

/** Bounds an office may set: at least a day, at most a year. */
export const STALL_DAYS_MIN = 1;
export const STALL_DAYS_MAX = 365;

/** The stage's limit, or null when the stage never stalls. */
export function stallLimit(stallDays: StallDays, stage: FunnelStage): number | null {
  return stage === 'completed' ? null : stallDays[stage];
}

export function daysSinceActivity(lastActivityAt: number, now: number): number {
  return Math.max(0, businessDaysBetween(lastActivityAt, now));
}

/**
 * The instant before which a project at `stage` with no later activity is stalled as of `now`: the
 * start of the Shanghai day `limit - 1` days before today (null: the stage never stalls). The same rule
 * as `overStallLimit`, in the form an SQL filter needs (tests/unit/stall.test.ts holds them equal).
 */
export function stalledBefore(stallDays: StallDays, stage: FunnelStage, now: number): number | null {
  const limit = stallLimit(stallDays, stage);
  if (limit === null) return null;
  return startOfBusinessDay(addBusinessDays(businessDate(now), -(limit - 1))).getTime();
}

/** The rule: `days` Shanghai calendar days without activity at `stage` are its limit or more. */
export function overStallLimit(stallDays: StallDays, stage: FunnelStage, days: number): boolean {
  const limit = stallLimit(stallDays, stage);
  return limit !== null && days >= limit;
}

/** 久未推进: an active project whose last activity lies its stage's limit or more Shanghai days back. */
export function isStalled(
  p: { status: string; stage: FunnelStage; lastActivityAt: number },
  now: number,
  stallDays: StallDays,
): boolean {
  return (
    p.status === 'active' && overStallLimit(stallDays, p.stage, daysSinceActivity(p.lastActivityAt, now))
  );
}
