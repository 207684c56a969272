import type { ErrorCode } from '../../errors/catalog';
export const CHASE_UP_LEVELS = ['blue', 'yellow', 'red'] as const;
export type ChaseUpLevel = (typeof CHASE_UP_LEVELS)[number];

/**
 * An unresolved order escalates 蓝 → 黄 → 红 on the dates it sets. A closed order keeps the level it
 * had when it was closed (the day of closing).
 */
export function chaseUpLevel(
  o: { yellowDate: string; redDate: string; closedDate?: string | null },
  today: string,
): ChaseUpLevel {
  const on = o.closedDate && o.closedDate < today ? o.closedDate : today;
  if (on >= o.redDate) return 'red';
  if (on >= o.yellowDate) return 'yellow';
  return 'blue';
}

/** Checks an order's dates against the day it is issued; returns { field: message code } or null. */
export function chaseUpDatesError(
  o: { dueDate: string; yellowDate: string; redDate: string },
  today: string,
): Record<string, ErrorCode> | null {
  if (o.dueDate < today) return { dueDate: 'dueDatePast' };
  if (o.yellowDate < today) return { yellowDate: 'yellowDatePast' };
  if (o.redDate <= o.yellowDate) return { redDate: 'redNotAfterYellow' };
  return null;
}
