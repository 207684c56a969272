import { describe, expect, it } from 'vitest';
import { computeReview, type ReviewInput } from '../../shared/domain/review/compute';
import { eventLog } from '../../shared/domain/review/event-log';
import { flowBetween } from '../../shared/domain/review/flow';
import { weekOf } from '../../shared/domain/review/week';
import { shanghai } from '../helpers/time';
import { AMOUNT_CHANGES, EVENTS, PROJECTS } from './review-fixture';

const W48 = weekOf('2026-W48')!;
const input = (over: Partial<ReviewInput> = {}): ReviewInput => ({
  week: W48,
  log: eventLog(EVENTS),
  projects: PROJECTS,
  amountChanges: AMOUNT_CHANGES,
  campaignStart: '2023-07-01',
  targets: [],
  funds: { week: 0, previousWeek: 0, cumulative: 0, byTarget: new Map() },
  ...over,
});
const r = computeReview(input());
const stage = (figs: { state: string; count: number; amount: number }[], s: string) => {
  const f = figs.find((x) => x.state === s)!;
  return [f.count, f.amount];
};

describe('week edges in Asia/Shanghai', () => {
  it('2026-W48 runs from Monday 00:00 to Sunday 24:00 Shanghai', () => {
    expect([W48.start, W48.end, W48.firstDay, W48.lastDay]).toEqual([
      shanghai(2026, 11, 23),
      shanghai(2026, 11, 30),
      '2026-11-23',
      '2026-11-29',
    ]);
  });
  it.each([
    ['Sunday 23:30 Shanghai belongs to the week', shanghai(2026, 11, 29, 23, 30), '2026-W48'],
    [
      'Monday 00:10 Shanghai (Sunday 16:10 UTC) belongs to the next',
      Date.UTC(2026, 10, 29, 16, 10),
      '2026-W49',
    ],
  ])('%s', (_case, at, key) => {
    const log = eventLog([{ projectId: 1, fromState: null, toState: 'negotiating', at }]);
    const w = weekOf(key)!;
    expect(flowBetween(log, w.start, w.end).newLeads).toBe(1);
  });
});

describe('the funnel at the week end, from stage events only', () => {
  it.each([
    // state, [count, amount 万元] at the end of W48, at the end of W47, change
    ['negotiating', [1, 400], [3, 4000], [-2, -3600]],
    ['introduced', [1, 5000], [1, 900], [0, 4100]],
    ['landed', [2, 9000], [0, 0], [2, 9000]],
    ['started', [0, 0], [1, 5000], [-1, -5000]],
    ['completed', [0, 0], [0, 0], [0, 0]],
    ['on_hold', [1, 3000], [0, 0], [1, 3000]],
    ['dropped', [1, 600], [0, 0], [1, 600]],
  ])('%s: %j, previous week %j, change %j', (s, now, before, change) => {
    expect(stage(r.funnel.states, s)).toEqual(now);
    expect(stage(r.previousFunnel.states, s)).toEqual(before);
    expect(stage(r.funnelChange, s)).toEqual(change);
  });
  it('in the funnel: 4 projects, 14,400 万元 (P4 was created on Monday 00:10 of the next week)', () => {
    expect([r.funnel.activeCount, r.funnel.activeAmount]).toEqual([4, 14400]);
  });
});

describe("the week's flow", () => {
  it('W48: 1 new lead, 2 forward (a skip 洽谈→落地 and 引进→落地 at Sunday 23:30), 1 back, 1 hold, 1 drop', () => {
    expect(r.flow).toEqual({
      newLeads: 1,
      forward: [
        { from: 'negotiating', to: 'landed', count: 1 },
        { from: 'introduced', to: 'landed', count: 1 },
      ],
      forwardTotal: 2,
      backward: 1,
      holds: 1,
      resumes: 0,
      drops: 1,
      restores: 0,
      events: 6,
    });
  });
  it('W47: 1 new lead, 洽谈→引进 and 落地→开工', () => {
    expect([r.previousFlow.newLeads, r.previousFlow.forward, r.previousFlow.events]).toEqual([
      1,
      [
        { from: 'negotiating', to: 'introduced', count: 1 },
        { from: 'landed', to: 'started', count: 1 },
      ],
      3,
    ]);
  });
  it('change against W47', () => {
    expect(r.flowChange).toEqual({
      newLeads: 0,
      forwardTotal: 0,
      backward: 1,
      holds: 1,
      resumes: 0,
      drops: 1,
      restores: 0,
      events: 3,
    });
  });
});

describe('cumulative since the campaign start 2023-07-01', () => {
  it.each([
    // P5 was registered before the campaign: it counts from 引进 on. P2 skipped 引进 and counts there.
    ['negotiating', 5, 13000], // P1 1000 + P2 8000 + P3 3000 + P6 600 + P7 400
    ['introduced', 3, 14000],
    ['landed', 3, 14000],
    ['started', 1, 5000],
    ['completed', 0, 0],
  ])('%s: %i projects, %i 万元', (s, count, amount) => {
    expect(r.cumulative.reached.find((x) => x.stage === s)).toEqual({ stage: s, count, amount });
  });
  it('5 new leads and 1 drop since the start', () => {
    expect([r.cumulative.flow.newLeads, r.cumulative.flow.drops]).toEqual([5, 1]);
  });
});

describe('conversion and median days between consecutive stages', () => {
  it.each([
    // from, to, reached, converted, rate, median days
    ['negotiating', 'introduced', 5, 2, 0.4, 8.6], // P1 16 d, P2 1.25 d (skip: 落地 and 引进 the same instant)
    ['introduced', 'landed', 3, 3, 1, 11.6], // P2 0 d, P1 11.6 d, P5 162 d
    ['landed', 'started', 3, 1, 1 / 3, 1045], // P5 2024-01-10 → 2026-11-20
    ['started', 'completed', 1, 0, 0, null],
  ])(
    '%s → %s: %i reached, %i converted, rate %d, median %s days',
    (from, to, reached, converted, rate, medianDays) => {
      expect(r.conversions.find((c) => c.from === from)).toEqual({
        from,
        to,
        reached,
        converted,
        rate,
        medianDays,
      });
    },
  );
});

describe('breakdowns at the week end', () => {
  it('by industry: finance holds P1 and P2 at 落地', () => {
    expect(
      r.breakdowns.industry.map((b) => [b.key, b.stages, b.activeAmount, b.newLeads, b.forward]),
    ).toEqual([
      ['finance', [0, 0, 2, 0, 0], 9000, 1, 2],
      ['commerce', [0, 1, 0, 0, 0], 5000, 0, 0],
      ['scitech', [1, 0, 0, 0, 0], 400, 0, 0],
    ]);
  });
  it('by unit: projects without one group under ""', () => {
    expect(r.breakdowns.unit.map((b) => [b.key, b.activeCount])).toEqual([
      ['9', 1],
      ['', 3],
    ]);
  });
});

describe('12-week trend', () => {
  it('ends with W48 and counts each week-end funnel', () => {
    expect(r.trend).toHaveLength(12);
    expect(r.trend.at(-1)).toEqual({ week: '2026-W48', stages: [1, 1, 2, 0, 0], newLeads: 1 });
    expect(r.trend.at(-2)).toEqual({ week: '2026-W47', stages: [3, 1, 0, 1, 0], newLeads: 1 });
    expect(r.trend[0]!.week).toBe('2026-W37');
  });
});
