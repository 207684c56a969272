import { describe, expect, it } from 'vitest';
import type { FunnelStage, ProjectStatus } from '../../shared/domain/stages';
import { daysSinceActivity, isStalled } from '../../shared/domain/stall';
import { NOW, shanghai } from '../helpers/time';

// NOW is Thursday 2026-11-26 10:00 in Shanghai; the stall limit is 30 calendar days there.
const project = (
  lastActivityAt: number,
  stage: FunnelStage = 'introduced',
  status: ProjectStatus = 'active',
) => ({
  stage,
  status,
  lastActivityAt,
});

describe('久未推进: 30 days without activity, counted on Shanghai calendar days', () => {
  it.each([
    ['29 days ago, last minute of that day', shanghai(2026, 10, 28, 23, 59), 29, false],
    ['29 days ago, first minute of that day', shanghai(2026, 10, 28, 0, 0), 29, false],
    ['30 days ago, last minute of that day', shanghai(2026, 10, 27, 23, 59), 30, true],
    ['31 days ago', shanghai(2026, 10, 26, 12, 0), 31, true],
    ['today', NOW - 60_000, 0, false],
  ])('%s → %i days, stalled %s', (_case, at, days, stalled) => {
    expect(daysSinceActivity(at, NOW)).toBe(days);
    expect(isStalled(project(at), NOW)).toBe(stalled);
  });

  it.each(['negotiating', 'introduced', 'landed', 'started'] as const)('%s stalls at 30 days', (stage) => {
    expect(isStalled(project(shanghai(2026, 10, 27, 12, 0), stage), NOW)).toBe(true);
  });

  it('a completed project never stalls', () => {
    expect(isStalled(project(shanghai(2025, 1, 1), 'completed'), NOW)).toBe(false);
  });

  it.each(['on_hold', 'dropped'] as const)('an %s project is never stalled', (status) => {
    expect(isStalled(project(shanghai(2025, 1, 1), 'landed', status), NOW)).toBe(false);
  });

  it('a per-stage limit from settings applies', () => {
    const limits = { negotiating: 7, introduced: 30, landed: 30, started: 30, completed: null };
    expect(isStalled(project(shanghai(2026, 11, 19, 9, 0), 'negotiating'), NOW, limits)).toBe(true);
    expect(isStalled(project(shanghai(2026, 11, 20, 9, 0), 'negotiating'), NOW, limits)).toBe(false);
  });

  it('activity stamped after now (clock skew) counts as 0 days, not negative', () => {
    expect(daysSinceActivity(NOW + 3 * 24 * 3600_000, NOW)).toBe(0);
  });
});
