import { daysBetween } from './plan';

export const MILESTONE_STATUSES = ['done_on_time', 'done_late', 'due_soon', 'overdue', 'upcoming'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

export const LIGHTS = ['green', 'yellow', 'red'] as const;
export type Light = (typeof LIGHTS)[number];

/** "Due within 7 days": planned today or in the next seven days. */
export const DUE_SOON_DAYS = 7;

/** A milestone's status on `today` (all 'YYYY-MM-DD' Shanghai dates). */
export function milestoneStatus(
  m: { plannedDate: string; actualDate: string | null },
  today: string,
): MilestoneStatus {
  if (m.actualDate) return m.actualDate <= m.plannedDate ? 'done_on_time' : 'done_late';
  if (m.plannedDate < today) return 'overdue';
  return daysBetween(today, m.plannedDate) <= DUE_SOON_DAYS ? 'due_soon' : 'upcoming';
}

/** The colour each status lends the project: overdue is red; due soon or done late is yellow. */
export const STATUS_LIGHT: Record<MilestoneStatus, Light> = {
  overdue: 'red',
  due_soon: 'yellow',
  done_late: 'yellow',
  upcoming: 'green',
  done_on_time: 'green',
};

export function worseLight(a: Light, b: Light): Light {
  return LIGHTS.indexOf(a) >= LIGHTS.indexOf(b) ? a : b;
}

/** The project's light (红黄绿灯) is its worst milestone's; a schedule without milestones is green. */
export function projectLight(
  ms: readonly { plannedDate: string; actualDate: string | null }[],
  today: string,
): Light {
  return ms.reduce<Light>((light, m) => worseLight(light, STATUS_LIGHT[milestoneStatus(m, today)]), 'green');
}

/** Sort key: red first, then yellow, then green. */
export function lightRank(light: Light): number {
  return 2 - LIGHTS.indexOf(light);
}
