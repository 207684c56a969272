import type { FunnelStage } from './stages';
import { businessDaysBetween } from './dates';

/** 久未推进: an active project with no activity for this many days (per stage; settings may override). */
export const DEFAULT_STALL_DAYS: Record<FunnelStage, number | null> = {
  negotiating: 30,
  introduced: 30,
  landed: 30,
  started: 30,
  // A completed project is in operation: it no longer needs pushing, so it never stalls.
  completed: null,
};

export function daysSinceActivity(lastActivityAt: number, now: number): number {
  return Math.max(0, businessDaysBetween(lastActivityAt, now));
}

export function isStalled(
  p: { status: string; stage: FunnelStage; lastActivityAt: number },
  now: number,
  stallDays: Record<FunnelStage, number | null> = DEFAULT_STALL_DAYS,
): boolean {
  const limit = stallDays[p.stage];
  return p.status === 'active' && limit !== null && daysSinceActivity(p.lastActivityAt, now) >= limit;
}
