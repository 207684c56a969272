import { describe, expect, it } from 'vitest';
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
