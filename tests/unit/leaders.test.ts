import { describe, expect, it } from 'vitest';
import { byUrgency, type DeskUrgencyFacts, urgencyTier } from '../../shared/domain/desk';
import { isInstructionOverdue, lacksPrimaryLeader } from '../../shared/domain/leaders';
import type { FunnelStage } from '../../shared/domain/stages';

describe('lacksPrimaryLeader (未落实包保)', () => {
  it.each<[string, FunnelStage, string, number | null, number, boolean, boolean]>([
    ['major at 引进 without a primary', 'introduced', 'active', 8000, 6000, false, true],
    ['major at 建成 without a primary', 'completed', 'active', 5000, 1000, false, true],
    ['major at 引进 with a primary', 'introduced', 'active', 8000, 6000, true, false],
    ['major still at 洽谈', 'negotiating', 'active', null, 90000, false, false],
    ['signed below 5,000 万元 though estimated above', 'landed', 'active', 4999, 9000, false, false],
    ['major on hold at 落地', 'landed', 'on_hold', 6000, 6000, false, true],
    ['major dropped at 开工', 'started', 'dropped', 6000, 6000, false, false],
  ])('%s', (_case, stage, status, agreedInvestment, estimatedInvestment, hasPrimary, expected) => {
    expect(lacksPrimaryLeader({ stage, status, agreedInvestment, estimatedInvestment }, hasPrimary)).toBe(
      expected,
    );
  });
});

describe('isInstructionOverdue', () => {
  it.each<['pending' | 'answered', string, boolean]>([
    ['pending', '2026-11-25', true],
    ['pending', '2026-11-26', false],
    ['answered', '2026-11-01', false],
  ])('%s, reply by %s, on 2026-11-26: %s', (status, replyBy, expected) => {
    expect(isInstructionOverdue({ status, replyBy }, '2026-11-26')).toBe(expected);
  });
});

const fact = (id: number, f: Partial<DeskUrgencyFacts> = {}): DeskUrgencyFacts => ({
  id,
  overdueProblems: 0,
  overdueInstructions: 0,
  stalled: false,
  openProblems: 0,
  pendingInstructions: 0,
  lastActivityAt: 1_000,
  ...f,
});

describe('desk urgency: overdue problems, overdue instructions, stalled, then the rest', () => {
  it.each<[string, DeskUrgencyFacts, number]>([
    ['an overdue problem', fact(1, { overdueProblems: 1, overdueInstructions: 2, stalled: true }), 0],
    ['an instruction past its date', fact(2, { overdueInstructions: 1, stalled: true }), 1],
    ['stalled', fact(3, { stalled: true, openProblems: 3 }), 2],
    ['open items that are not late', fact(4, { openProblems: 2, pendingInstructions: 1 }), 3],
  ])('%s → tier %i', (_case, f, tier) => {
    expect(urgencyTier(f)).toBe(tier);
  });

  it('orders by tier, then more overdue items, then open items, then the longest quiet', () => {
    const projects = [
      fact(1),
      fact(2, { stalled: true, lastActivityAt: 500 }),
      fact(3, { overdueInstructions: 1 }),
      fact(4, { overdueProblems: 1 }),
      fact(5, { overdueProblems: 3 }),
      fact(6, { stalled: true, lastActivityAt: 100 }),
      fact(7, { openProblems: 2 }),
      fact(8, { lastActivityAt: 10 }),
    ];
    expect(byUrgency(projects).map((p) => p.id)).toEqual([5, 4, 3, 6, 2, 7, 8, 1]);
  });
});
