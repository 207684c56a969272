import { describe, expect, it } from 'vitest';
import {
  shiftWeek,
  weekNeighbours,
  timeZoneShift,
  timeZoneWeek,
  weekOf,
  weeksEndingWith,
} from '../../shared/domain/review/week';

// weekOf and shiftWeek compute Shanghai weeks by UTC+8 arithmetic from 1993 on; the time-zone aware
// path (date-fns + TZDate) is the reference they must agree with.
describe('week arithmetic agrees with the time-zone aware path', () => {
  const keys: string[] = [];
  for (let year = 1990; year <= 2100; year++)
    for (let n = 0; n <= 54; n++) keys.push(`${year}-W${String(n).padStart(2, '0')}`);

  it('weekOf: every key W00–W54 of 1990–2100 (invalid ones null)', () => {
    const differing = keys.filter((k) => JSON.stringify(weekOf(k)) !== JSON.stringify(timeZoneWeek(k)));
    expect(differing).toEqual([]);
  });

  it.each(['2026-48', 'W48', '', '2026-w48', '20261-W01', '2026-W4'])('malformed %j → null', (k) => {
    expect(weekOf(k)).toBeNull();
  });

  it('shiftWeek: every valid week of 1991–1996 and 2019–2032 by −160, −13, −1, +1, +53 (across 1992/1993 too)', () => {
    const differing: string[] = [];
    for (const k of keys) {
      const year = Number(k.slice(0, 4));
      if (!weekOf(k) || !((year >= 1991 && year <= 1996) || (year >= 2019 && year <= 2032))) continue;
      for (const offset of [-160, -13, -1, 1, 53])
        if (shiftWeek(k, offset) !== timeZoneShift(k, offset)) differing.push(`${k} ${offset}`);
    }
    expect(differing).toEqual([]);
  });

  it('known weeks', () => {
    expect(weekOf('2026-W48')).toEqual({
      key: '2026-W48',
      year: 2026,
      number: 48,
      start: Date.UTC(2026, 10, 22, 16),
      end: Date.UTC(2026, 10, 29, 16),
      firstDay: '2026-11-23',
      lastDay: '2026-11-29',
    });
    expect(weekOf('2025-W53')).toBeNull();
    expect(weekOf('2026-W53')?.firstDay).toBe('2026-12-28');
    expect(shiftWeek('2027-W01', -1)).toBe('2026-W53');
    expect(weeksEndingWith('2026-W02', 3)).toEqual(['2025-W52', '2026-W01', '2026-W02']);
  });
});

describe('weekNeighbours', () => {
  const sunday = Date.UTC(2026, 10, 29, 15, 59); // 2026-11-29 23:59 in Shanghai, the last minute of W48
  it.each([
    ['2026-W47', sunday, { previous: '2026-W46', next: '2026-W48' }],
    ['2026-W48', sunday, { previous: '2026-W47', next: null }],
    ['2026-W48', sunday + 60_000, { previous: '2026-W47', next: '2026-W49' }],
    ['2026-W01', sunday, { previous: '2025-W52', next: '2026-W02' }],
    ['2021-W01', sunday, { previous: '2020-W53', next: '2021-W02' }],
    ['2026-W99', sunday, null],
  ])('%s at %d', (key, now, expected) => {
    expect(weekNeighbours(key, now)).toEqual(expected);
  });
});
