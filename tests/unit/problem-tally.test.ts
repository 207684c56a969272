import { describe, expect, it } from 'vitest';
import {
  daysBetweenDates,
  median,
  monthsOf,
  presetPeriod,
  solveRate,
  tallyFigures,
  tallyProblems,
  type TallyProblem,
} from '../../shared/domain/problem-tally';

const TODAY = '2026-11-29';
const row = (over: Partial<TallyProblem>): TallyProblem => ({
  raisedDate: '2026-10-10',
  dueDate: null,
  status: 'open',
  solvedDate: null,
  unitId: 1,
  unitName: '商务局',
  leaderId: 7,
  leaderName: '陈立新',
  category: 'finance',
  ...over,
});

describe('solveRate: solved ÷ raised in percent, half up to one decimal', () => {
  it.each([
    [0, 0, null],
    [0, 5, 0],
    [5, 5, 100],
    [2, 3, 66.7],
    [1, 3, 33.3],
    [1, 16, 6.3],
    [1, 8, 12.5],
    [206, 230, 89.6],
  ])('%i of %i → %s', (solved, raised, rate) => {
    expect(solveRate(solved, raised)).toBe(rate);
  });
});

describe('median', () => {
  it.each([
    [[], null],
    [[4], 4],
    [[9, 1, 5], 5],
    [[1, 2, 3, 10], 2.5],
    [[0, 0], 0],
  ])('%j → %s', (values, m) => {
    expect(median(values)).toBe(m);
  });
});

describe('days and months', () => {
  it.each([
    ['2026-10-10', '2026-10-10', 0],
    ['2026-10-10', '2026-10-17', 7],
    ['2026-02-27', '2026-03-01', 2],
    ['2025-12-31', '2026-01-01', 1],
  ])('%s → %s is %i days', (a, b, n) => {
    expect(daysBetweenDates(a, b)).toBe(n);
  });
  it.each([
    ['2026-01-01', '2026-03-31', ['2026-01', '2026-02', '2026-03']],
    ['2025-11-15', '2026-02-01', ['2025-11', '2025-12', '2026-01', '2026-02']],
    ['2026-05-05', '2026-05-20', ['2026-05']],
  ])('months of %s … %s', (from, to, months) => {
    expect(monthsOf(from, to)).toEqual(months);
  });
});

describe('tallyFigures', () => {
  it('counts raised, solved (已解决 + 已销号), closed, overdue and the median days to solve', () => {
    const f = tallyFigures(
      [
        row({ status: 'resolved', solvedDate: '2026-10-13' }), // 3 days
        row({ status: 'closed', solvedDate: '2026-10-20' }), // 10 days
        row({ status: 'closed', solvedDate: '2026-10-11' }), // 1 day
        row({ status: 'open', dueDate: '2026-11-01' }), // overdue
        row({ status: 'in_progress', dueDate: TODAY }), // due today: not overdue
        row({ status: 'resolved', dueDate: '2026-10-01', solvedDate: '2026-10-30' }), // solved late: not overdue; 20 days
      ],
      TODAY,
    );
    expect(f).toEqual({ raised: 6, solved: 4, closed: 2, overdue: 1, rate: 66.7, medianDays: 6.5 });
  });

  it('an empty set has no rate and no median, not 0 %', () => {
    expect(tallyFigures([], TODAY)).toEqual({
      raised: 0,
      solved: 0,
      closed: 0,
      overdue: 0,
      rate: null,
      medianDays: null,
    });
  });
});

describe('tallyProblems', () => {
  const rows = [
    row({ raisedDate: '2026-09-30' }), // before the period
    row({ raisedDate: '2026-10-01', status: 'closed', solvedDate: '2026-10-05' }),
    row({ raisedDate: '2026-10-20', unitId: 2, unitName: '科技局', category: 'digital' }),
    row({ raisedDate: '2026-12-01' }), // after the period
    row({
      raisedDate: '2026-11-30',
      unitId: null,
      unitName: null,
      leaderId: null,
      leaderName: null,
      status: 'resolved',
      solvedDate: '2026-11-30',
    }),
  ];
  const t = tallyProblems(rows, { from: '2026-10-01', to: '2026-11-30' }, TODAY);

  it('keeps only problems raised inside the period, both ends included', () => {
    expect(t.total).toMatchObject({ raised: 3, solved: 2, closed: 1, rate: 66.7, medianDays: 2 });
  });

  it('groups by unit, most raised first, then by pinyin, and the line without a unit last', () => {
    expect(t.byUnit.map((l) => [l.key, l.name, l.raised, l.solved])).toEqual([
      ['2', '科技局', 1, 0],
      ['1', '商务局', 1, 1],
      ['', null, 1, 1],
    ]);
  });

  it('groups by leader and by category', () => {
    expect(t.byLeader.map((l) => [l.key, l.raised])).toEqual([
      ['7', 2],
      ['', 1],
    ]);
    expect(t.byCategory.map((l) => [l.key, l.raised])).toEqual([
      ['finance', 2],
      ['digital', 1],
    ]);
  });

  it('lists every month of the period, an empty one with zeros', () => {
    const empty = tallyProblems([], { from: '2026-09-01', to: '2026-11-30' }, TODAY);
    expect(empty.byMonth.map((l) => [l.key, l.raised, l.rate])).toEqual([
      ['2026-09', 0, null],
      ['2026-10', 0, null],
      ['2026-11', 0, null],
    ]);
    expect(empty.byUnit).toEqual([]);
    expect(t.byMonth.map((l) => [l.key, l.raised, l.solved])).toEqual([
      ['2026-10', 2, 1],
      ['2026-11', 1, 1],
    ]);
  });
});

describe('presetPeriod on 2026-11-29', () => {
  it.each([
    ['month', '2026-11-01', '2026-11-29'],
    ['quarter', '2026-10-01', '2026-11-29'],
    ['firstHalf', '2026-01-01', '2026-06-30'],
    ['secondHalf', '2026-07-01', '2026-11-29'],
    ['year', '2026-01-01', '2026-11-29'],
    ['lastYear', '2025-01-01', '2025-12-31'],
  ] as const)('%s → %s … %s', (preset, from, to) => {
    expect(presetPeriod(preset, TODAY)).toEqual({ from, to });
  });
  it.each([
    ['secondHalf', '2026-03-15', '2026-07-01', '2026-12-31'],
    ['quarter', '2026-02-28', '2026-01-01', '2026-02-28'],
    ['month', '2024-02-10', '2024-02-01', '2024-02-10'],
    ['lastYear', '2024-02-29', '2023-01-01', '2023-12-31'],
  ] as const)('%s on %s → %s … %s', (preset, today, from, to) => {
    expect(presetPeriod(preset, today)).toEqual({ from, to });
  });
});
