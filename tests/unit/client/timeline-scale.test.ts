import { describe, expect, it } from 'vitest';
import { makeScale } from '../../../client/features/schedules/timeline-scale';

describe('timeline scale', () => {
  const scale = makeScale(['2026-03-10', null, '2026-06-20', undefined], '2026-04-01');

  it('starts on the first of a month before the earliest date and ends after the latest', () => {
    expect(scale.start).toBe('2026-02-01');
    expect(scale.end > '2026-06-20').toBe(true);
  });

  it('places dates in percent, clamped to the axis', () => {
    expect(scale.x(scale.start)).toBe(0);
    expect(scale.x(scale.end)).toBe(100);
    expect(scale.x('2020-01-01')).toBe(0);
    expect(scale.x('2030-01-01')).toBe(100);
    expect(scale.x('2026-03-10')).toBeLessThan(scale.x('2026-06-20'));
  });

  it('ticks each month on a short axis, with the year on the first tick', () => {
    expect(scale.ticks.map((t) => t.label)).toEqual(['2026.2', '3月', '4月', '5月', '6月', '7月']);
    expect(scale.ticks.every((t, i, all) => i === 0 || t.x > all[i - 1]!.x)).toBe(true);
  });

  it('names the months in English on the English page', () => {
    const english = makeScale(['2026-03-10', '2026-06-20'], '2026-04-01', 'en');
    expect(english.ticks.map((t) => t.label)).toEqual(['Feb 2026', 'Mar', 'Apr', 'May', 'Jun', 'Jul']);
    expect(makeScale(['2026-12-10', '2027-02-20'], '2027-01-05', 'en').ticks.map((t) => t.label)).toEqual([
      'Nov 2026',
      'Dec',
      'Jan 2027',
      'Feb',
      'Mar',
    ]);
  });

  it('ticks every few months on a long axis and names each January with its year', () => {
    const long = makeScale(['2025-01-15', '2028-12-01'], '2026-01-01');
    const labels = long.ticks.map((t) => t.label);
    expect(labels.length).toBeLessThan(20);
    expect(labels).toContain('2026.1');
  });

  it('is today alone when there are no dates', () => {
    const empty = makeScale([], '2026-04-01');
    expect(empty.start).toBe('2026-03-01');
    expect(empty.x('2026-04-01')).toBeGreaterThan(0);
  });
});
