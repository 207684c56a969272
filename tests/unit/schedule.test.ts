import { describe, expect, it } from 'vitest';
import {
  chaseUpDatesError,
  chaseUpLevel,
  firstOutOfOrder,
  milestoneStatus,
  planBackward,
  projectLight,
  proRataProgress,
  type PlanStep,
} from '../../shared/domain/schedule';

const step = (name: string, durationDays: number): PlanStep => ({ name, durationDays, linkedStage: null });

describe('planBackward (倒排): the last step lands on the target, each earlier one a duration before', () => {
  it.each<[string, PlanStep[], string, string, string[], boolean[]]>([
    [
      'three steps of 10 days',
      [step('a', 10), step('b', 10), step('c', 10)],
      '2027-03-31',
      '2026-11-26',
      ['2027-03-11', '2027-03-21', '2027-03-31'],
      [false, false, false],
    ],
    [
      'across a month end (31 → 30 days)',
      [step('a', 5), step('b', 31)],
      '2027-05-31',
      '2026-11-26',
      ['2027-04-30', '2027-05-31'],
      [false, false],
    ],
    [
      'across 29 February 2028 (leap year)',
      [step('a', 1), step('b', 2)],
      '2028-03-01',
      '2026-11-26',
      ['2028-02-28', '2028-03-01'],
      [false, false],
    ],
    [
      'across February 2027 (no leap day)',
      [step('a', 1), step('b', 2)],
      '2027-03-01',
      '2026-11-26',
      ['2027-02-27', '2027-03-01'],
      [false, false],
    ],
    [
      'across the year end',
      [step('a', 0), step('b', 7)],
      '2027-01-03',
      '2026-11-26',
      ['2026-12-27', '2027-01-03'],
      [false, false],
    ],
    [
      'a first step that no longer fits',
      [step('a', 30), step('b', 10)],
      '2026-12-20',
      '2026-11-26',
      ['2026-12-10', '2026-12-20'],
      [true, false],
    ],
    [
      'a target earlier than today: every step late',
      [step('a', 10), step('b', 10)],
      '2026-11-20',
      '2026-11-26',
      ['2026-11-10', '2026-11-20'],
      [true, true],
    ],
    [
      'a zero-day step shares its successor’s date',
      [step('a', 5), step('b', 0)],
      '2027-01-10',
      '2026-11-26',
      ['2027-01-10', '2027-01-10'],
      [false, false],
    ],
  ])('%s', (_case, steps, target, today, planned, tooLate) => {
    const plan = planBackward(steps, target, today);
    expect(plan.milestones.map((m) => m.plannedDate)).toEqual(planned);
    expect(plan.milestones.map((m) => m.tooLate)).toEqual(tooLate);
  });

  it.each<[string, string, boolean, number]>([
    ['2027-12-31', '2026-11-26', false, 0],
    ['2026-12-20', '2026-11-26', false, 16], // work had to start 2026-11-10
    ['2026-11-20', '2026-11-26', true, 46], // work had to start 2026-10-11
  ])('target %s on %s → in past %s, short by %i days', (target, today, inPast, short) => {
    const plan = planBackward([step('a', 30), step('b', 10)], target, today);
    expect([plan.targetInPast, plan.shortByDays]).toEqual([inPast, short]);
  });

  it('keeps names and linked stages', () => {
    const plan = planBackward(
      [{ name: '开工', durationDays: 3, linkedStage: 'started' }],
      '2027-01-01',
      '2026-11-26',
    );
    expect(plan.milestones[0]).toMatchObject({
      name: '开工',
      linkedStage: 'started',
      startDate: '2026-12-29',
    });
  });
});

describe('firstOutOfOrder', () => {
  it.each<[string[], number]>([
    [[], -1],
    [['2027-01-01', '2027-01-01', '2027-02-01'], -1],
    [['2027-01-01', '2026-12-31'], 1],
    [['2027-01-01', '2027-03-01', '2027-02-01'], 2],
  ])('%j → %i', (dates, index) => expect(firstOutOfOrder(dates)).toBe(index));
});

describe('milestoneStatus on 2026-11-26', () => {
  const today = '2026-11-26';
  it.each<[string, string | null, string]>([
    ['2026-11-20', '2026-11-20', 'done_on_time'],
    ['2026-11-20', '2026-11-10', 'done_on_time'],
    ['2026-11-20', '2026-11-21', 'done_late'],
    ['2026-12-31', '2026-11-25', 'done_on_time'],
    ['2026-11-25', null, 'overdue'],
    ['2026-11-26', null, 'due_soon'],
    ['2026-12-03', null, 'due_soon'],
    ['2026-12-04', null, 'upcoming'],
  ])('planned %s, actual %s → %s', (plannedDate, actualDate, status) => {
    expect(milestoneStatus({ plannedDate, actualDate }, today)).toBe(status);
  });
});

describe('projectLight: the worst milestone', () => {
  const today = '2026-11-26';
  const m = (plannedDate: string, actualDate: string | null = null) => ({ plannedDate, actualDate });
  it.each<[string, ReturnType<typeof m>[], string]>([
    ['no milestones', [], 'green'],
    ['all done on time, rest upcoming', [m('2026-10-01', '2026-09-30'), m('2027-05-01')], 'green'],
    ['one due within 7 days', [m('2026-10-01', '2026-09-30'), m('2026-12-01')], 'yellow'],
    ['one done late', [m('2026-10-01', '2026-10-15'), m('2027-05-01')], 'yellow'],
    ['one overdue among greens', [m('2026-10-01', '2026-09-30'), m('2026-11-25'), m('2027-05-01')], 'red'],
    [
      'overdue beats due soon and late',
      [m('2026-10-01', '2026-10-15'), m('2026-11-01'), m('2026-11-28')],
      'red',
    ],
  ])('%s → %s', (_case, ms, light) => expect(projectLight(ms, today)).toBe(light));
});

describe('proRataProgress (序时进度)', () => {
  const today = '2026-11-26';
  const done = (plannedDate: string) => ({ plannedDate, actualDate: '2026-01-01' });
  const open = (plannedDate: string) => ({ plannedDate, actualDate: null });
  const many = (n: number, f: (d: string) => { plannedDate: string; actualDate: string | null }) =>
    Array.from({ length: n }, () => f('2026-06-01'));
  it.each<[string, { plannedDate: string; actualDate: string | null }[], number, number, string]>([
    ['nothing due yet', [open('2027-01-01')], 100, 0, 'green'],
    ['all due done', [done('2026-06-01'), done('2026-11-26'), open('2027-01-01')], 100, 0, 'green'],
    ['9 of 10 due done: 10 points behind → yellow', [...many(9, done), open('2026-06-01')], 90, 10, 'yellow'],
    ['19 of 20 done: 5 behind → green', [...many(19, done), open('2026-06-01')], 95, 5, 'green'],
    ['7 of 10 done: 30 behind → still yellow', [...many(7, done), ...many(3, open)], 70, 30, 'yellow'],
    ['2 of 3 done: 33.3 behind → red', [...many(2, done), open('2026-06-01')], 66.7, 33.3, 'red'],
    ['none of 2 done → red', [open('2026-06-01'), open('2026-11-26')], 0, 100, 'red'],
  ])('%s', (_case, ms, percent, behind, light) => {
    expect(proRataProgress(ms, today)).toMatchObject({ percent, pointsBehind: behind, light });
  });

  it.each<[number, number, string]>([
    [5, 20, 'yellow'],
    [15, 40, 'green'],
    [5, 9, 'red'],
  ])('thresholds yellow from %i, red above %i: 10 points behind → %s', (yellowFrom, redAbove, light) => {
    const ms = [...many(9, done), open('2026-06-01')];
    expect(proRataProgress(ms, today, { yellowFrom, redAbove }).light).toBe(light);
  });
});

describe('chaseUpLevel: 蓝 → 黄 → 红 at the dates the order sets', () => {
  const o = { yellowDate: '2026-12-01', redDate: '2026-12-08' };
  it.each<[string, string | null, string]>([
    ['2026-11-26', null, 'blue'],
    ['2026-11-30', null, 'blue'],
    ['2026-12-01', null, 'yellow'],
    ['2026-12-07', null, 'yellow'],
    ['2026-12-08', null, 'red'],
    ['2027-03-01', null, 'red'],
    ['2027-03-01', '2026-11-30', 'blue'], // closed before escalating: stays blue
    ['2027-03-01', '2026-12-02', 'yellow'],
  ])('on %s (closed %s) → %s', (today, closedDate, level) => {
    expect(chaseUpLevel({ ...o, closedDate }, today)).toBe(level);
  });

  it.each<[string, string, string, Record<string, string> | null]>([
    ['2026-12-01', '2026-12-02', '2026-12-09', null],
    ['2026-11-25', '2026-12-02', '2026-12-09', { dueDate: 'dueDatePast' }],
    ['2026-12-01', '2026-11-25', '2026-12-09', { yellowDate: 'yellowDatePast' }],
    ['2026-12-01', '2026-12-09', '2026-12-09', { redDate: 'redNotAfterYellow' }],
  ])('due %s, yellow %s, red %s → %j', (dueDate, yellowDate, redDate, error) => {
    expect(chaseUpDatesError({ dueDate, yellowDate, redDate }, '2026-11-26')).toEqual(error);
  });
});
