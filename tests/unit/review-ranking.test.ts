import { describe, expect, it } from 'vitest';
import { rankGroups, type RankTarget } from '../../shared/domain/review/ranking';

const target = (id: number, progress: number): RankTarget => ({
  id,
  progress,
  elapsed: 0.5,
  expected: 0,
  gap: 0,
  gapPoints: 0,
  status: 'on_pace',
});
const actual = (signedAmount: number, newLeads = 0) => ({
  newLeads,
  signed: 0,
  signedAmount,
  landed: 0,
  started: 0,
  completed: 0,
});

describe('ranking against targets (decision 041)', () => {
  const groups = ['甲', '乙', '丙', '丁', '戊', '己'].map((label, i) => ({ key: String(i), label }));
  const targets: Record<string, RankTarget[]> = {
    '0': [target(1, 0.5)],
    '1': [target(2, 2), target(3, 0)], // capped: (1 + 0) / 2
    '2': [target(4, 0.5)],
    '3': [target(5, 0.9)],
  };
  const actuals = new Map([
    ['0', actual(100)],
    ['1', actual(900)],
    ['2', actual(100)],
    ['4', actual(0, 3)],
    ['5', actual(50)],
  ]);
  const rows = rankGroups(groups, (k) => targets[k] ?? [], actuals);

  it('orders by capped mean progress, then amount signed, then name; equal ones share a rank', () => {
    expect(rows.map((r) => [r.label, r.rank, r.score])).toEqual([
      ['丁', 1, 0.9],
      ['乙', 2, 0.5],
      ['丙', 3, 0.5],
      ['甲', 3, 0.5],
      ['己', null, null],
      ['戊', null, null],
    ]);
  });

  it('lists groups without a target after, by amount signed, then new projects', () => {
    expect(rows.slice(4).map((r) => [r.label, r.actual.signedAmount, r.actual.newLeads])).toEqual([
      ['己', 50, 0],
      ['戊', 0, 3],
    ]);
  });
});
