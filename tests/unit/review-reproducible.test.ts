import { describe, expect, it } from 'vitest';
import { computeReview, type ReviewInput } from '../../shared/domain/review/compute';
import { correctionsFor } from '../../shared/domain/review/corrections';
import { eventLog } from '../../shared/domain/review/event-log';
import { pace, periodRange } from '../../shared/domain/review/targets';
import { shiftWeek, weekOf } from '../../shared/domain/review/week';
import { shanghai } from '../helpers/time';
import { AMOUNT_CHANGES, EVENTS, PROJECTS } from './review-fixture';

const W48 = weekOf('2026-W48')!;
const base: ReviewInput = {
  week: W48,
  log: eventLog(EVENTS),
  projects: PROJECTS,
  amountChanges: AMOUNT_CHANGES,
  campaignStart: '2023-07-01',
  targets: [
    {
      id: 1,
      metric: 'agreed_investment',
      value: 20000,
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      industry: null,
      unitId: null,
    },
    {
      id: 2,
      metric: 'first_stores',
      value: 2,
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      industry: 'finance',
      unitId: null,
    },
    {
      id: 3,
      metric: 'bond_projects',
      value: 1,
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      industry: null,
      unitId: null,
    },
  ],
  funds: { week: 0, previousWeek: 0, cumulative: 0, byTarget: new Map() },
};
const figures = (input: ReviewInput) => {
  const {
    statesAtEnd: _s,
    amountsAtEnd: _a,
    lastEventAt: _l,
    firstReach: _f,
    ...rest
  } = computeReview(input);
  return rest;
};

describe('a week never changes because of later events', () => {
  it('appending events and amount changes after W48 leaves every W48 figure identical', () => {
    const before = figures(base);
    const later = [
      { projectId: 7, fromState: 'negotiating', toState: 'introduced', at: shanghai(2026, 12, 3, 10) },
      { projectId: 1, fromState: 'landed', toState: 'started', at: shanghai(2026, 12, 4, 10) },
      { projectId: 8, fromState: null, toState: 'negotiating', at: shanghai(2026, 12, 5, 10) },
      { projectId: 8, fromState: 'negotiating', toState: 'completed', at: shanghai(2027, 1, 5, 10) },
    ] as const;
    const after = figures({
      ...base,
      log: eventLog([...EVENTS, ...later]),
      // P1's agreed investment corrected to 1200 on 12-05: today's amount changes, W48 keeps 1000.
      projects: [
        ...PROJECTS.map((p) => (p.id === 1 ? { ...p, amount: 1200 } : p)),
        { ...PROJECTS[0]!, id: 8, amount: 99999 },
      ],
      amountChanges: [...AMOUNT_CHANGES, { projectId: 1, at: shanghai(2026, 12, 5, 9), amount: 1200 }],
    });
    expect(after).toEqual(before);
  });

  it('the next week does see them', () => {
    const w49 = figures({ ...base, week: weekOf(shiftWeek('2026-W48', 1))!, log: eventLog([...EVENTS]) });
    expect(w49.flow.newLeads).toBe(1); // P4 at Monday 00:10
  });
});

describe('targets: progress and pace against time elapsed', () => {
  const r = computeReview(base);
  it('2026 agreed investment: P1 1000 + P2 8000 signed in 2026, 333 of 365 days gone → behind', () => {
    const t = r.targets[0]!;
    expect(t.actual).toBe(9000);
    expect(t.progress).toBe(0.45);
    expect(t.elapsed).toBeCloseTo(333 / 365, 10);
    expect(t.gapPoints).toBe(-46.2);
    expect(t.status).toBe('behind');
  });
  it('finance first stores: P1 landed on Sunday 23:30 → 1 of 2', () => {
    expect([r.targets[1]!.actual, r.targets[1]!.status]).toEqual([1, 'behind']);
  });
  it('bond projects: P2 registered in 2026 → done', () => {
    expect([r.targets[2]!.actual, r.targets[2]!.status]).toEqual([1, 'done']);
  });
  const year = periodRange('2026-01-01', '2026-12-31');
  it.each([
    // actual, target, as of, status, gap points
    [50, 100, shanghai(2026, 7, 2, 12), 'on_pace', 0],
    [60, 100, shanghai(2026, 7, 2, 12), 'ahead', 10],
    [30, 100, shanghai(2026, 7, 2, 12), 'behind', -20],
    [0, 100, shanghai(2026, 1, 1), 'not_started', 0],
    [100, 100, shanghai(2026, 3, 1), 'done', 83.8],
  ])('%i of %i → %s (%d points)', (actual, target, asOf, status, gapPoints) => {
    const p = pace(actual, target, year, asOf);
    expect([p.status, p.gapPoints]).toEqual([status, gapPoints]);
  });
});

describe('a later edit of a past fact is a correction', () => {
  const week = { firstDay: W48.firstDay, lastDay: W48.lastDay, end: W48.end };
  const row = (id: number, at: number, projectId: number, changes: object) => ({
    id,
    at,
    projectId,
    changes: JSON.stringify(changes),
  });
  it.each([
    [
      'signing date moved out of the week, edited later',
      row(1, shanghai(2026, 12, 2), 9, { signingDate: ['2026-11-25', '2026-12-01'] }),
      1,
    ],
    [
      'landing date moved into the week, edited later',
      row(2, shanghai(2026, 12, 2), 9, { landingDate: ['2026-10-01', '2026-11-29'] }),
      1,
    ],
    [
      'edited during the week itself (part of the week)',
      row(3, shanghai(2026, 11, 27), 9, { signingDate: ['2026-11-25', '2026-11-24'] }),
      0,
    ],
    [
      'a date far from the week',
      row(4, shanghai(2026, 12, 2), 9, { startDate: ['2026-10-01', '2026-10-02'] }),
      0,
    ],
    [
      'amount of a project that moved in the week',
      row(5, shanghai(2026, 12, 2), 1, { agreedInvestment: [1000, 1200] }),
      1,
    ],
    [
      'amount of a project that did not move',
      row(6, shanghai(2026, 12, 2), 9, { agreedInvestment: [1000, 1200] }),
      0,
    ],
    ['a name change', row(7, shanghai(2026, 12, 2), 1, { name: ['a', 'b'] }), 0],
  ])('%s → %i', (_case, r, n) => {
    expect(correctionsFor([r], week, new Set([1]))).toHaveLength(n);
  });
});
