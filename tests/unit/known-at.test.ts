import { describe, expect, it } from 'vitest';
import { computeReview } from '../../shared/domain/review/compute';
import { eventLog, knownLog } from '../../shared/domain/review/event-log';
import { type AttributeFact, valueAt } from '../../shared/domain/review/known-at';
import { redatedMove } from '../../shared/domain/review/stage-dates';
import { weekOf } from '../../shared/domain/review/week';
import { shanghai } from '../helpers/time';

// W47: Mon 2026-11-16 – Sun 11-22 (Shanghai); its end is Mon 11-23 00:00.
const W47 = weekOf('2026-W47')!;
const fact = (p: Partial<AttributeFact>): AttributeFact => ({
  id: 1,
  projectId: 1,
  field: 'industry',
  value: 'digital',
  effectiveAt: 0,
  recordedAt: 0,
  ...p,
});
const project = (id: number) => ({
  id,
  industry: 'digital' as const,
  channel: 'building' as const,
  unitId: null,
  ownerAId: 1,
  amount: 100,
  isBond: false,
  isFirstStore: false,
});
const figures = (events: Parameters<typeof eventLog>[0], knownAt: number) =>
  computeReview({
    week: W47,
    log: knownLog(eventLog(events), knownAt),
    projects: [project(1), project(2)],
    amountChanges: [],
    campaignStart: '2026-01-01',
    targets: [],
    funds: { week: 0, previousWeek: 0, cumulative: 0, byTarget: new Map() },
  });

describe('known at the week’s end', () => {
  const created = {
    projectId: 1,
    fromState: null,
    toState: 'negotiating' as const,
    at: shanghai(2026, 11, 10, 9),
  };
  // A backdated import: project 2 registered on Tue 11-17, signed Thu 11-19, recorded Wed 11-25.
  const imported = [
    {
      projectId: 2,
      fromState: null,
      toState: 'negotiating' as const,
      at: shanghai(2026, 11, 17, 9),
      recordedAt: shanghai(2026, 11, 25, 15),
    },
    {
      projectId: 2,
      fromState: 'negotiating' as const,
      toState: 'introduced' as const,
      at: shanghai(2026, 11, 19, 10),
      recordedAt: shanghai(2026, 11, 25, 15),
    },
  ];

  it('a backdated import: 1 project and 0 leads as known then; 2 projects, 1 lead, 1 signing as corrected', () => {
    const then = figures([created, ...imported], W47.end);
    const now = figures([created, ...imported], Infinity);
    expect([then.funnel.activeCount, then.flow.newLeads, then.flow.forwardTotal]).toEqual([1, 0, 0]);
    expect([now.funnel.activeCount, now.flow.newLeads, now.flow.forwardTotal]).toEqual([2, 1, 1]);
  });

  it('a corrected stage date: the move of 11-10 re-dated to 11-18 counts in W47 only once corrected', () => {
    const move = {
      projectId: 1,
      fromState: 'negotiating' as const,
      toState: 'introduced' as const,
      at: shanghai(2026, 11, 11, 10),
      retractedAt: shanghai(2026, 11, 24, 9),
    };
    const redated = {
      ...move,
      at: shanghai(2026, 11, 18, 10),
      recordedAt: shanghai(2026, 11, 24, 9),
      retractedAt: undefined,
    };
    expect(figures([created, move, redated], W47.end).flow.forwardTotal).toBe(0);
    expect(figures([created, move, redated], Infinity).flow.forwardTotal).toBe(1);
    expect(figures([created, move, redated], W47.end).funnel.states[1]!.count).toBe(1);
  });

  it('a log without late events is used as it is', () => {
    const log = eventLog([created]);
    expect(knownLog(log, W47.end)).toBe(log);
  });

  it('an attribute correction: digital as known then, finance as corrected now', () => {
    const facts = [
      fact({
        id: 1,
        value: 'digital',
        effectiveAt: shanghai(2026, 11, 10),
        recordedAt: shanghai(2026, 11, 10),
      }),
      fact({
        id: 2,
        value: 'finance',
        effectiveAt: shanghai(2026, 11, 10),
        recordedAt: shanghai(2026, 11, 25),
      }),
    ];
    expect(valueAt(facts, W47.end, W47.end)?.value).toBe('digital');
    expect(valueAt(facts, W47.end, Infinity)?.value).toBe('finance');
    expect(valueAt(facts, shanghai(2026, 11, 9), Infinity)).toBeUndefined();
  });

  it('a handover takes effect when made: the week before keeps the old owner', () => {
    const facts = [
      fact({ id: 1, field: 'ownerAId', value: '5', effectiveAt: 0, recordedAt: 0 }),
      fact({
        id: 2,
        field: 'ownerAId',
        value: '7',
        effectiveAt: shanghai(2026, 11, 25),
        recordedAt: shanghai(2026, 11, 25),
      }),
    ];
    expect(valueAt(facts, W47.end, Infinity)?.value).toBe('5');
  });
});

describe('redatedMove', () => {
  const events = [
    { id: 1, toState: 'negotiating' as const, at: shanghai(2026, 11, 2, 9) },
    { id: 2, toState: 'introduced' as const, at: shanghai(2026, 11, 10, 10) },
    { id: 3, toState: 'landed' as const, at: shanghai(2026, 11, 20, 10) },
  ];
  const now = shanghai(2026, 11, 26, 10);
  it.each([
    [
      'moves the signing to 10:00 of the new day',
      '2026-11-10',
      '2026-11-12',
      { supersedes: 2, at: shanghai(2026, 11, 12, 10) },
    ],
    [
      'keeps it before the next move',
      '2026-11-10',
      '2026-11-25',
      { supersedes: 2, at: shanghai(2026, 11, 20, 10) - 1 },
    ],
    [
      'keeps it after the previous move',
      '2026-11-10',
      '2026-10-01',
      { supersedes: 2, at: shanghai(2026, 11, 2, 9) + 1 },
    ],
    ['leaves a move made on another day', '2026-11-09', '2026-11-12', null],
    ['an unchanged date changes nothing', '2026-11-10', '2026-11-10', null],
  ] as const)('%s', (_name, oldDate, newDate, expected) => {
    expect(redatedMove(events, 'introduced', oldDate, newDate, now)).toEqual(expected);
  });
});
