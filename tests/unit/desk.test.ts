import { describe, expect, it } from 'vitest';
import {
  byUrgency,
  type DeskUrgencyFacts,
  deskSignals,
  needsAttention,
  urgencyTier,
} from '../../shared/domain/desk';

const fact = (id: number, f: Partial<DeskUrgencyFacts> = {}): DeskUrgencyFacts => ({
  id,
  light: null,
  chaseUpsOverdue: 0,
  chaseUpsRed: 0,
  chaseUpsYellow: 0,
  overdueMilestones: 0,
  dueSoonMilestones: 0,
  overdueProblems: 0,
  overdueInstructions: 0,
  stalled: false,
  noPrimaryLeader: false,
  openProblems: 0,
  pendingInstructions: 0,
  amount: 1_000,
  lastActivityAt: 1_000,
  ...f,
});

describe('desk urgency tiers (decision 114): red signals, yellow signals, calm', () => {
  it.each<[string, Partial<DeskUrgencyFacts>, number]>([
    ['a red light', { light: 'red', overdueMilestones: 1 }, 0],
    ['an overdue 督办单', { chaseUpsOverdue: 1 }, 0],
    ['a 督办单 escalated to red', { chaseUpsRed: 1 }, 0],
    ['an overdue problem', { overdueProblems: 1 }, 0],
    ['an instruction past its reply-by date', { overdueInstructions: 1 }, 0],
    ['a yellow light', { light: 'yellow' }, 1],
    ['a 督办单 escalated to yellow', { chaseUpsYellow: 1 }, 1],
    ['a milestone due within 7 days', { dueSoonMilestones: 1 }, 1],
    ['stalled', { stalled: true }, 1],
    ['a major project without a primary leader', { noPrimaryLeader: true }, 1],
    ['a green light and open items not yet late', { light: 'green', openProblems: 2 }, 2],
    ['nothing at all', {}, 2],
  ])('%s → tier %i', (_case, f, tier) => {
    expect(urgencyTier(fact(1, f))).toBe(tier);
    expect(needsAttention(fact(1, f))).toBe(tier < 2);
  });

  it('lists the signals red first, in the documented order', () => {
    const signals = deskSignals(
      fact(1, { stalled: true, light: 'red', chaseUpsYellow: 2, overdueProblems: 3, noPrimaryLeader: true }),
    );
    expect(signals).toEqual([
      { key: 'redLight', severity: 'red', count: 1 },
      { key: 'overdueProblems', severity: 'red', count: 3 },
      { key: 'chaseUpYellow', severity: 'yellow', count: 2 },
      { key: 'stalled', severity: 'yellow', count: 1 },
      { key: 'noPrimaryLeader', severity: 'yellow', count: 1 },
    ]);
  });
});

describe('desk order: the worst project first', () => {
  it('a major project with a red light and an overdue 督办单 comes before one overdue problem', () => {
    const projects = [
      fact(1, { overdueProblems: 2, openProblems: 2, amount: 90_000 }),
      fact(2, { light: 'red', overdueMilestones: 1, chaseUpsOverdue: 1, amount: 8_000 }),
      fact(3, { stalled: true }),
    ];
    expect(byUrgency(projects).map((p) => p.id)).toEqual([2, 1, 3]);
  });

  it('as many red signals: the graver kind first (红灯 and 督办单 before problems and 批示)', () => {
    const projects = [
      fact(1, { overdueProblems: 1, overdueInstructions: 1, amount: 50_000 }),
      fact(2, { light: 'red', overdueMilestones: 1, chaseUpsOverdue: 1 }),
      fact(3, { overdueProblems: 1, chaseUpsRed: 1 }),
    ];
    expect(byUrgency(projects).map((p) => p.id)).toEqual([2, 3, 1]);
  });

  it('orders by tier, red signals, yellow signals, overdue items, open items, amount, then the longest quiet', () => {
    const projects = [
      fact(1),
      fact(2, { stalled: true, lastActivityAt: 500 }),
      fact(3, { overdueInstructions: 1 }),
      fact(4, { overdueProblems: 1, stalled: true }),
      fact(5, { overdueProblems: 3 }),
      fact(6, { stalled: true, lastActivityAt: 100 }),
      fact(7, { openProblems: 2 }),
      fact(8, { lastActivityAt: 10 }),
      fact(9, { light: 'yellow', dueSoonMilestones: 1 }),
      fact(10, { amount: 5_000 }),
      fact(11, { light: 'red', chaseUpsRed: 1 }),
    ];
    expect(byUrgency(projects).map((p) => p.id)).toEqual([11, 4, 5, 3, 9, 6, 2, 7, 10, 8, 1]);
  });
});
