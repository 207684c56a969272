import { TZDate } from '@date-fns/tz';
import { differenceInCalendarDays, formatISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { BUSINESS_TZ, businessDate, businessDaysBetween } from '../../shared/domain/dates';

const HOUR = 60 * 60 * 1000;

describe('businessDaysBetween fixed-offset path', () => {
  it('agrees with TZDate calendar days for instants every 7 hours over three years', () => {
    const start = Date.UTC(2024, 0, 1, 3);
    const to = Date.UTC(2026, 10, 26, 2, 30);
    for (let at = start; at < to; at += 7 * HOUR) {
      expect(businessDaysBetween(at, to)).toBe(
        differenceInCalendarDays(new TZDate(to, BUSINESS_TZ), new TZDate(at, BUSINESS_TZ)),
      );
    }
  });

  it('counts the Shanghai midnight, not the UTC one', () => {
    expect(businessDaysBetween(Date.UTC(2026, 10, 22, 15, 59), Date.UTC(2026, 10, 22, 16, 1))).toBe(1);
    expect(businessDaysBetween(Date.UTC(2026, 10, 22, 16, 1), Date.UTC(2026, 10, 23, 15, 59))).toBe(0);
  });

  it('still uses the time-zone database before 1992', () => {
    expect(businessDaysBetween(Date.UTC(1988, 5, 1), Date.UTC(1988, 5, 3))).toBe(2);
  });
});

describe('businessDate fixed-offset path', () => {
  const viaTimeZone = (at: number) => formatISO(new TZDate(at, BUSINESS_TZ), { representation: 'date' });

  it('agrees with the time-zone database for instants every 5 hours over three years', () => {
    for (let at = Date.UTC(2024, 0, 1, 1); at < Date.UTC(2027, 0, 1); at += 5 * HOUR) {
      expect(businessDate(at)).toBe(viaTimeZone(at));
    }
  });

  it('turns the day at Shanghai midnight (16:00 UTC)', () => {
    expect(businessDate(Date.UTC(2026, 11, 31, 15, 59, 59, 999))).toBe('2026-12-31');
    expect(businessDate(new Date(Date.UTC(2026, 11, 31, 16)))).toBe('2027-01-01');
  });

  it('still asks the time-zone database before 1992 (daylight saving 1986–1991)', () => {
    // 1988-07-01 23:30 Shanghai was UTC+9 (summer time): 14:30 UTC is already the next day there.
    expect(businessDate(Date.UTC(1988, 6, 1, 15, 30))).toBe(viaTimeZone(Date.UTC(1988, 6, 1, 15, 30)));
    expect(businessDate(Date.UTC(1988, 6, 1, 15, 30))).toBe('1988-07-02');
  });
});
