import { TZDate } from '@date-fns/tz';
import { differenceInCalendarDays } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { BUSINESS_TZ, businessDaysBetween } from '../../shared/domain/dates';

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
