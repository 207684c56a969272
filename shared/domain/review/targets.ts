import { startOfBusinessDay, addBusinessDays } from '../dates';

/**
 * What a target measures. Counts are projects; money is 万元.
 * - agreed_investment 招引内外资总量: amounts of projects that signed (reached 引进) in the period
 * - new_projects 储备项目: projects registered (entered 洽谈) in the period
 * - landed_projects 落地项目 / started_projects 开工项目 / completed_projects 建成项目: reached that stage in the period
 * - bond_projects 包装债券项目: projects flagged 专项债 registered in the period
 * - first_stores 首店: projects flagged 首店 that landed (reached 落地) in the period
 * - funds_in_place 到位资金: funds in place dated in the period
 */
export const TARGET_METRICS = [
  'agreed_investment',
  'new_projects',
  'landed_projects',
  'started_projects',
  'completed_projects',
  'bond_projects',
  'first_stores',
  'funds_in_place',
] as const;
export type TargetMetric = (typeof TARGET_METRICS)[number];

export const MONEY_METRICS: readonly TargetMetric[] = ['agreed_investment', 'funds_in_place'];

export interface Pace {
  /** actual / target (may exceed 1). */
  progress: number;
  /** Share of the period elapsed at the checkpoint, 0–1. */
  elapsed: number;
  /** What the target expects by now on a straight line: target × elapsed. */
  expected: number;
  /** actual − expected: positive is ahead, negative behind (in the metric's unit). */
  gap: number;
  /** progress − elapsed in percentage points. */
  gapPoints: number;
  status: 'ahead' | 'on_pace' | 'behind' | 'not_started' | 'done';
}

/** The half-open instant range of a period of business dates [start, end] (end inclusive). */
export function periodRange(start: string, end: string): { from: number; to: number } {
  return {
    from: startOfBusinessDay(start).getTime(),
    to: startOfBusinessDay(addBusinessDays(end, 1)).getTime(),
  };
}

/** Progress and pace against time elapsed, as of instant `asOf`. Within ±1 point counts as on pace. */
export function pace(
  actual: number,
  target: number,
  period: { from: number; to: number },
  asOf: number,
): Pace {
  const elapsed = Math.min(1, Math.max(0, (asOf - period.from) / (period.to - period.from)));
  const progress = target > 0 ? actual / target : 1;
  const expected = target * elapsed;
  const gapPoints = Math.round((progress - elapsed) * 1000) / 10;
  const status =
    progress >= 1
      ? 'done'
      : elapsed === 0
        ? 'not_started'
        : gapPoints > 1
          ? 'ahead'
          : gapPoints < -1
            ? 'behind'
            : 'on_pace';
  return { progress, elapsed, expected, gap: actual - expected, gapPoints, status };
}
