import { describe, expect, it } from 'vitest';
import { checkRows, moveRow } from '../../../client/features/schedules/milestone-rows';

const messages = { outOfOrder: 'order', afterTarget: 'after', futureActual: 'future', required: 'required' };
const row = (name: string, plannedDate: string, actualDate: string | null = null) => ({
  name,
  plannedDate,
  actualDate,
});
const check = (rows: ReturnType<typeof row>[], target = '2026-12-31', today = '2026-06-01') =>
  checkRows(rows, target, today, messages);

describe('milestone rows', () => {
  it('accepts names and dates in order, on or before the target', () => {
    expect(check([row('签约', '2026-03-01'), row('开工', '2026-12-31')])).toEqual({});
  });

  it('names each row that misses a name or a date', () => {
    expect(check([row(' ', '2026-03-01'), row('开工', '')])).toEqual({
      'milestones.0.name': 'required',
      'milestones.1.plannedDate': 'required',
    });
  });

  it('refuses a date after the target and an actual date after today', () => {
    expect(check([row('开工', '2027-01-05')])).toEqual({ 'milestones.0.plannedDate': 'after' });
    expect(check([row('签约', '2026-03-01', '2026-06-02')])).toEqual({ 'milestones.0.actualDate': 'future' });
  });

  it('marks the first row out of order unless it already has a message', () => {
    expect(check([row('a', '2026-05-01'), row('b', '2026-04-01')])).toEqual({
      'milestones.1.plannedDate': 'order',
    });
  });

  it('moves a row up or down and ignores a move past either end', () => {
    expect(moveRow(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveRow(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveRow(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveRow(['a', 'b'], 1, 2)).toEqual(['a', 'b']);
  });
});
