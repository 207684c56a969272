import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  businessDate,
  businessDaysBetween,
  isoWeekKey,
  isoWeekRange,
  isValidDateString,
  startOfBusinessDay,
} from '../../shared/domain/dates';

const utc = (iso: string) => Date.parse(iso);

describe('businessDate: the calendar day in Shanghai (UTC+8)', () => {
  it.each([
    ['2026-11-29T15:59:59.999Z', '2026-11-29'], // Sunday 23:59 in Shanghai
    ['2026-11-29T16:00:00.000Z', '2026-11-30'], // Monday 00:00 in Shanghai
    ['2026-11-29T16:10:00.000Z', '2026-11-30'], // UTC 16:10 Sunday is Monday in Shanghai
    ['2026-12-31T16:00:00.000Z', '2027-01-01'], // New Year arrives 8 hours earlier
    ['2024-02-28T16:00:00.000Z', '2024-02-29'],
  ])('%s → %s', (instant, date) => {
    expect(businessDate(utc(instant))).toBe(date);
    expect(businessDate(new Date(instant))).toBe(date);
  });
});

describe('startOfBusinessDay and day arithmetic', () => {
  it('a business day starts at 16:00 UTC the day before', () => {
    expect(startOfBusinessDay('2026-11-30').toISOString()).toBe('2026-11-29T16:00:00.000Z');
  });

  it.each([
    ['1992-01-01', '1991-12-31T16:00:00.000Z'], // the first day of plain UTC+8 arithmetic
    ['1991-12-31', '1991-12-30T16:00:00.000Z'],
    ['1988-06-01', '1988-05-31T15:00:00.000Z'], // China's summer time (1986–1991): UTC+9, from the zone data
  ])('%s starts at %s', (date, start) => {
    expect(startOfBusinessDay(date).toISOString()).toBe(start);
  });

  it.each([
    ['2026-11-26', -29, '2026-10-28'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
  ])('%s %+d days → %s', (date, days, result) => {
    expect(addBusinessDays(date, days)).toBe(result);
  });

  it.each([
    ['2026-11-29T15:59:00Z', '2026-11-29T16:01:00Z', 1], // two minutes, but across midnight in Shanghai
    ['2026-11-29T16:01:00Z', '2026-11-30T15:59:00Z', 0], // almost 24 hours, same Shanghai day
    ['2026-10-27T15:59:00Z', '2026-11-26T02:00:00Z', 30],
  ])('days between %s and %s: %i', (from, to, days) => {
    expect(businessDaysBetween(utc(from), utc(to))).toBe(days);
  });
});

describe('isoWeekKey: ISO weeks Monday–Sunday in Shanghai', () => {
  it.each([
    ['2026-11-23T01:00:00Z', '2026-W48'], // Monday 09:00
    ['2026-11-29T15:30:00Z', '2026-W48'], // Sunday 23:30 in Shanghai belongs to that week
    ['2026-11-29T16:10:00Z', '2026-W49'], // Monday 00:10 in Shanghai = Sunday 16:10 UTC belongs to the next
    ['2026-11-22T15:59:59Z', '2026-W47'], // Sunday 23:59:59 before it
    ['2026-12-31T20:00:00Z', '2026-W53'], // 2026 starts on a Thursday: it has 53 weeks
    ['2027-01-03T15:59:00Z', '2026-W53'], // Sunday 3 Jan 2027 23:59 still in 2026's week 53
    ['2027-01-03T16:00:00Z', '2027-W01'],
    ['2021-01-01T04:00:00Z', '2020-W53'],
    ['2024-12-30T01:00:00Z', '2025-W01'], // Monday 30 Dec 2024 opens 2025's first week
  ])('%s → %s', (instant, key) => {
    expect(isoWeekKey(utc(instant))).toBe(key);
  });
});

describe('isoWeekRange: [Monday 00:00, next Monday 00:00) in Shanghai', () => {
  it.each([
    ['2026-W48', '2026-11-22T16:00:00.000Z', '2026-11-29T16:00:00.000Z'],
    ['2026-W01', '2025-12-28T16:00:00.000Z', '2026-01-04T16:00:00.000Z'],
    ['2026-W53', '2026-12-27T16:00:00.000Z', '2027-01-03T16:00:00.000Z'],
    ['2020-W53', '2020-12-27T16:00:00.000Z', '2021-01-03T16:00:00.000Z'],
    ['2025-W01', '2024-12-29T16:00:00.000Z', '2025-01-05T16:00:00.000Z'],
  ])('%s → %s … %s', (key, start, end) => {
    const range = isoWeekRange(key);
    expect(range?.start.toISOString()).toBe(start);
    expect(range?.end.toISOString()).toBe(end);
  });

  it('round-trips with isoWeekKey at both edges', () => {
    const range = isoWeekRange('2026-W48')!;
    expect(isoWeekKey(range.start)).toBe('2026-W48');
    expect(isoWeekKey(range.end.getTime() - 1)).toBe('2026-W48');
    expect(isoWeekKey(range.end)).toBe('2026-W49');
  });

  it.each([
    '2025-W53', // 2025 has 52 weeks
    '2026-W54',
    '2026-W00',
    '2026-W5',
    '2026-w48',
    '2026W48',
    '26-W48',
    '2026-W48 ',
    '',
  ])('malformed or impossible key %j → null', (key) => {
    expect(isoWeekRange(key)).toBeNull();
  });
});

describe('isValidDateString', () => {
  it.each([
    ['2024-02-29', true], // leap year
    ['2023-02-29', false],
    ['2026-12-31', true],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['2026-1-5', false],
    ['2026/01/05', false],
    ['2026-01-05T00:00', false],
    ['', false],
  ])('%j → %s', (value, valid) => {
    expect(isValidDateString(value)).toBe(valid);
  });
});
