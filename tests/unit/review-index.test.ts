import { describe, expect, it } from 'vitest';
import { computeReview, type ProjectFact, type ReviewInput } from '../../shared/domain/review/compute';
import { eventLog } from '../../shared/domain/review/event-log';
import { weekOf } from '../../shared/domain/review/week';
import { AMOUNT_CHANGES, EVENTS, PROJECTS } from './review-fixture';

// computeReview indexes the projects by id (amounts, breakdown keys) and keeps the index of a frozen list
// (the server's held facts, replaced by a new list when a project changes). A list that is not frozen
// may change in place, so it is indexed on every call.
const input = (projects: readonly ProjectFact[]): ReviewInput => ({
  week: weekOf('2026-W48')!,
  log: eventLog(EVENTS),
  projects,
  amountChanges: AMOUNT_CHANGES,
  campaignStart: '2023-07-01',
  targets: [],
  funds: { week: 0, previousWeek: 0, cumulative: 0, byTarget: new Map() },
});
const industries = (projects: readonly ProjectFact[]) =>
  computeReview(input(projects)).breakdowns.industry.map((b) => [b.key, b.activeCount]);

describe('the project index of computeReview', () => {
  it('a list changed in place is read again', () => {
    const list = PROJECTS.map((p) => ({ ...p }));
    expect(industries(list)).toEqual([
      ['finance', 2],
      ['commerce', 1],
      ['scitech', 1],
    ]);
    list[6] = { ...list[6]!, industry: 'finance' }; // P7 scitech → finance
    expect(industries(list)).toEqual([
      ['finance', 3],
      ['commerce', 1],
    ]);
  });

  it('a frozen list is indexed once; its successor (a new list) is indexed anew', () => {
    const first = Object.freeze(PROJECTS.map((p) => Object.freeze({ ...p })));
    expect(industries(first)).toEqual(industries(first));
    const next = Object.freeze(
      first.map((p) => (p.id === 7 ? Object.freeze({ ...p, industry: 'commerce' as const }) : p)),
    );
    expect(industries(next)).toEqual([
      ['finance', 2],
      ['commerce', 2],
    ]);
    expect(industries(first)).toEqual([
      ['finance', 2],
      ['commerce', 1],
      ['scitech', 1],
    ]);
  });
});
