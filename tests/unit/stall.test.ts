import { describe, expect, it } from 'vitest';
import type { FunnelStage, ProjectStatus } from '../../shared/domain/stages';
import {
  DEFAULT_STALL_DAYS,
  daysSinceActivity,
  isStalled,
  type StallDays,
  stalledBefore,
} from '../../shared/domain/stall';
import { DAY_MS, NOW, shanghai } from '../helpers/time';

// NOW is Thursday 2026-11-26 10:00 in Shanghai; the default stall limit is 30 calendar days there.
const project = (
  lastActivityAt: number,
  stage: FunnelStage = 'introduced',
  status: ProjectStatus = 'active',
) => ({
  stage,
  status,
  lastActivityAt,
});
const stalled = (at: number, stage?: FunnelStage, status?: ProjectStatus, days = DEFAULT_STALL_DAYS) =>
  isStalled(project(at, stage, status), NOW, days);

// An office that allows longer at 洽谈 than at 开工 (issue 15).
const OFFICE: StallDays = { negotiating: 60, introduced: 45, landed: 20, started: 7 };

describe('久未推进: 30 days without activity, counted on Shanghai calendar days', () => {
  it.each([
    ['29 days ago, last minute of that day', shanghai(2026, 10, 28, 23, 59), 29, false],
    ['29 days ago, first minute of that day', shanghai(2026, 10, 28, 0, 0), 29, false],
    ['30 days ago, last minute of that day', shanghai(2026, 10, 27, 23, 59), 30, true],
    ['31 days ago', shanghai(2026, 10, 26, 12, 0), 31, true],
    ['today', NOW - 60_000, 0, false],
  ])('%s → %i days, stalled %s', (_case, at, days, isIt) => {
    expect(daysSinceActivity(at, NOW)).toBe(days);
    expect(stalled(at)).toBe(isIt);
  });

  it.each(['negotiating', 'introduced', 'landed', 'started'] as const)('%s stalls at 30 days', (stage) => {
    expect(stalled(shanghai(2026, 10, 27, 12, 0), stage)).toBe(true);
  });

  it('a completed project never stalls', () => {
    expect(stalled(shanghai(2025, 1, 1), 'completed')).toBe(false);
    expect(stalledBefore(OFFICE, 'completed', NOW)).toBeNull();
  });

  it.each(['on_hold', 'dropped'] as const)('an %s project is never stalled', (status) => {
    expect(stalled(shanghai(2025, 1, 1), 'landed', status)).toBe(false);
  });

  it('activity stamped after now (clock skew) counts as 0 days, not negative', () => {
    expect(daysSinceActivity(NOW + 3 * 24 * 3600_000, NOW)).toBe(0);
  });
});

describe('久未推进 with the office’s days per stage', () => {
  // Each case: stage, days since the last activity, stalled under OFFICE.
  it.each([
    ['negotiating', 59, false],
    ['negotiating', 60, true],
    ['introduced', 44, false],
    ['introduced', 45, true],
    ['landed', 19, false],
    ['landed', 20, true],
    ['started', 6, false],
    ['started', 7, true],
    ['completed', 400, false],
  ] as const)('%s, %i days idle → stalled %s', (stage, days, isIt) => {
    const at = NOW - days * DAY_MS;
    expect(daysSinceActivity(at, NOW)).toBe(days);
    expect(stalled(at, stage, 'active', OFFICE)).toBe(isIt);
  });

  it('the same idle project is stalled at 开工 and not at 洽谈', () => {
    const at = NOW - 10 * DAY_MS;
    expect(stalled(at, 'started', 'active', OFFICE)).toBe(true);
    expect(stalled(at, 'negotiating', 'active', OFFICE)).toBe(false);
  });

  it('a limit of one day: anything not touched today', () => {
    const days = { ...OFFICE, landed: 1 };
    expect(stalled(shanghai(2026, 11, 25, 23, 59), 'landed', 'active', days)).toBe(true);
    expect(stalled(shanghai(2026, 11, 26, 0, 0), 'landed', 'active', days)).toBe(false);
  });

  // The SQL form (the board's filter) and the rule agree at every minute around each stage's boundary.
  it.each(['negotiating', 'introduced', 'landed', 'started'] as const)(
    'stalledBefore agrees with isStalled at %s',
    (stage) => {
      const before = stalledBefore(OFFICE, stage, NOW)!;
      for (const at of [before - 60_000, before - 1, before, before + 1, before + 60_000])
        expect(stalled(at, stage, 'active', OFFICE), new Date(at).toISOString()).toBe(at < before);
    },
  );
});
