import { describe, expect, it } from 'vitest';
import {
  periodKeyAt,
  periodNeighbours,
  periodOf,
  periodsEndingWith,
  shiftPeriod,
  switchKind,
} from '../../shared/domain/review/period';
import { reportInput } from '../../shared/schemas/review';
import { shanghai } from '../helpers/time';

const bounds = (key: string) => {
  const p = periodOf(key);
  return (
    p && [
      p.kind,
      p.number,
      p.firstDay,
      p.lastDay,
      new Date(p.start).toISOString(),
      new Date(p.end).toISOString(),
    ]
  );
};

// Months and quarters are Shanghai business days: they begin at 00:00 UTC+8 (16:00 UTC the day before).
describe('month and quarter bounds', () => {
  it.each([
    [
      '2026-11',
      ['month', 11, '2026-11-01', '2026-11-30', '2026-10-31T16:00:00.000Z', '2026-11-30T16:00:00.000Z'],
    ],
    [
      '2026-12',
      ['month', 12, '2026-12-01', '2026-12-31', '2026-11-30T16:00:00.000Z', '2026-12-31T16:00:00.000Z'],
    ],
    [
      '2028-02',
      ['month', 2, '2028-02-01', '2028-02-29', '2028-01-31T16:00:00.000Z', '2028-02-29T16:00:00.000Z'],
    ],
    [
      '2026-Q4',
      ['quarter', 4, '2026-10-01', '2026-12-31', '2026-09-30T16:00:00.000Z', '2026-12-31T16:00:00.000Z'],
    ],
    [
      '2027-Q1',
      ['quarter', 1, '2027-01-01', '2027-03-31', '2026-12-31T16:00:00.000Z', '2027-03-31T16:00:00.000Z'],
    ],
    [
      '2026-W47',
      ['week', 47, '2026-11-16', '2026-11-22', '2026-11-15T16:00:00.000Z', '2026-11-22T16:00:00.000Z'],
    ],
  ])('%s', (key, expected) => expect(bounds(key)).toEqual(expected));

  it.each(['2026-13', '2026-00', '2026-Q0', '2026-Q5', '2026-11-01', '26-11', '2026-q4', '', 'november'])(
    'malformed %j → null',
    (key) => expect(periodOf(key)).toBeNull(),
  );
});

describe('moving between periods', () => {
  it.each([
    ['2026-11', 1, '2026-12'],
    ['2026-12', 1, '2027-01'],
    ['2026-01', -1, '2025-12'],
    ['2026-11', -23, '2024-12'],
    ['2026-Q4', 1, '2027-Q1'],
    ['2026-Q1', -1, '2025-Q4'],
    ['2026-W01', -1, '2025-W52'],
  ])('%s %+d → %s', (key, offset, expected) => expect(shiftPeriod(key, offset)).toBe(expected));

  it('a trend ends with the period', () => {
    expect(periodsEndingWith('2026-Q1', 3)).toEqual(['2025-Q3', '2025-Q4', '2026-Q1']);
  });

  it('links to the next period only once this one has ended', () => {
    const now = shanghai(2026, 12, 5, 10);
    expect(periodNeighbours('2026-11', now)).toEqual({ previous: '2026-10', next: '2026-12' });
    expect(periodNeighbours('2026-12', now)).toEqual({ previous: '2026-11', next: null });
    expect(periodNeighbours('2026-Q4', now)).toEqual({ previous: '2026-Q3', next: null });
    expect(periodNeighbours('2026-13', now)).toBeNull();
  });

  it('the current month and quarter, in Shanghai', () => {
    // 2026-09-30 20:00 UTC is already 1 October in Shanghai.
    expect(periodKeyAt('month', Date.UTC(2026, 8, 30, 20))).toBe('2026-10');
    expect(periodKeyAt('quarter', Date.UTC(2026, 8, 30, 20))).toBe('2026-Q4');
  });

  it('switches month ↔ quarter (a running quarter opens on the current month)', () => {
    const now = shanghai(2026, 12, 5, 10);
    expect(switchKind('2026-11', 'quarter', now)).toBe('2026-Q4');
    expect(switchKind('2026-Q3', 'month', now)).toBe('2026-09');
    expect(switchKind('2027-Q1', 'month', shanghai(2027, 1, 10))).toBe('2027-01');
    expect(switchKind('2026-Q4', 'month', now)).toBe('2026-12');
  });
});

describe('the report input names the field', () => {
  it.each(['2026-13', '2026-Q5', '2026-W47', 'x'.repeat(40)])('%j → an error on `period`', (period) => {
    const parsed = reportInput.safeParse({ period });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path)).toEqual([['period']]);
    expect(parsed.error?.issues[0]?.message).toMatch(/YYYY-MM/);
  });

  it('parses a month into its period', () => {
    expect(reportInput.parse({ period: '2026-Q4' }).period.kind).toBe('quarter');
  });
});
