import { addBusinessDays, businessDate, startOfBusinessDay } from '../../../shared/domain/dates';

const MINUTE_MS = 60_000;

/**
 * Dates of the demo are counted in days before today (Shanghai), so the district looks alive on the
 * day it is seeded. Nothing is placed on today itself: every instant then lies before "now" whatever
 * the hour of seeding, and the same Shanghai day always yields the same data.
 */
export class DemoCalendar {
  readonly today: string;
  private readonly dates = new Map<number, string>();
  private readonly dayStarts = new Map<string, number>();

  constructor(today: Date) {
    this.today = businessDate(today);
  }

  /** The Shanghai date `days` days before today ('YYYY-MM-DD'); negative counts go into the future. */
  daysAgo(days: number): string {
    // Cached: a few hundred distinct days serve thousands of records, and time-zone maths is slow.
    let date = this.dates.get(days);
    if (date === undefined) {
      date = addBusinessDays(this.today, -days);
      this.dates.set(days, date);
    }
    return date;
  }

  /** The instant of a Shanghai wall-clock time on a business date, as UTC milliseconds. */
  at(date: string, hour: number, minute = 0): number {
    let start = this.dayStarts.get(date);
    if (start === undefined) {
      start = startOfBusinessDay(date).getTime();
      this.dayStarts.set(date, start);
    }
    return start + (hour * 60 + minute) * MINUTE_MS;
  }
}
