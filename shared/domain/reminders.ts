import { addBusinessDays } from './dates';
import { type ChaseUpLevel, chaseUpLevel, milestoneStatus } from './schedule';

/**
 * Reminders that chase (decision 075): the daily job turns these facts into notifications. Each
 * reminder has a key; a person gets one notification per key however often the job runs, so the
 * keys say what makes a reminder new: a 督办单 reaching a new level, a follow-up's next date coming,
 * a milestone's planned date entering the last 7 days (again when it is re-planned).
 */
export const REMINDER_KINDS = ['chase_up_escalated', 'follow_up_due', 'milestone_due'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** A next date older than this is stale: the stall reminder covers it, a late start does not flood. */
export const FOLLOW_UP_CATCH_UP_DAYS = 7;

/** An open order that has turned yellow or red by `today`: the level to announce, else null. */
export function chaseUpEscalation(
  o: { id: number; status: string; yellowDate: string; redDate: string },
  today: string,
): { level: Exclude<ChaseUpLevel, 'blue'>; key: string } | null {
  if (o.status !== 'open') return null;
  const level = chaseUpLevel(o, today);
  return level === 'blue' ? null : { level, key: `chase-up:${o.id}:${level}` };
}

/**
 * A follow-up's 下一步日期 that has come (within the catch-up window). Only the project's latest
 * follow-up counts: a newer one replaces the next step it planned.
 */
export function followUpDue(f: { id: number; nextDate: string | null }, today: string): string | null {
  if (!f.nextDate || f.nextDate > today) return null;
  if (f.nextDate < addBusinessDays(today, -FOLLOW_UP_CATCH_UP_DAYS)) return null;
  return `follow-up:${f.id}:${f.nextDate}`;
}

/** An unfinished milestone planned within the next 7 days (today included). */
export function milestoneDue(
  m: { id: number; plannedDate: string; actualDate: string | null },
  today: string,
): string | null {
  return milestoneStatus(m, today) === 'due_soon' ? `milestone:${m.id}:${m.plannedDate}` : null;
}
