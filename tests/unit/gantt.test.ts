import { describe, expect, it } from 'vitest';
import {
  ganttCell,
  ganttColumns,
  MAX_NAMED_COLUMNS,
  milestoneNameColumns,
  milestoneWindows,
  type MilestoneStatus,
} from '../../shared/domain/schedule';

const ms = (
  name: string,
  plannedDate: string,
  status: MilestoneStatus,
  actualDate: string | null = null,
) => ({
  name,
  plannedDate,
  actualDate,
  status,
});

describe('ganttColumns', () => {
  it('weeks from Monday for up to half a year', () => {
    const { unit, columns } = ganttColumns('2026-11-26', '2026-12-08');
    expect(unit).toBe('week');
    expect(columns).toEqual([
      { start: '2026-11-23', end: '2026-11-29' },
      { start: '2026-11-30', end: '2026-12-06' },
      { start: '2026-12-07', end: '2026-12-13' },
    ]);
  });
  it('months beyond half a year, across the new year and February', () => {
    const { unit, columns } = ganttColumns('2026-11-15', '2027-06-01');
    expect(unit).toBe('month');
    expect(columns.map((c) => c.start)).toEqual([
      '2026-11-01',
      '2026-12-01',
      '2027-01-01',
      '2027-02-01',
      '2027-03-01',
      '2027-04-01',
      '2027-05-01',
      '2027-06-01',
    ]);
    expect(columns[3]).toEqual({ start: '2027-02-01', end: '2027-02-28' });
    expect(columns[1]?.end).toBe('2026-12-31');
  });
});

describe('milestoneWindows', () => {
  const today = '2026-11-29';
  it('runs from the previous planned date to its own', () =>
    expect(
      milestoneWindows(
        [ms('甲', '2026-10-01', 'done_on_time', '2026-09-30'), ms('乙', '2027-01-10', 'upcoming')],
        today,
      ),
    ).toEqual([
      { name: '甲', from: '2026-10-01', to: '2026-10-01', plannedDate: '2026-10-01', status: 'done_on_time' },
      { name: '乙', from: '2026-10-01', to: '2027-01-10', plannedDate: '2027-01-10', status: 'upcoming' },
    ]));
  it('stretches to the actual date when done late', () =>
    expect(milestoneWindows([ms('甲', '2026-10-01', 'done_late', '2026-10-20')], today)[0]?.to).toBe(
      '2026-10-20',
    ));
  it('stretches to today while overdue', () =>
    expect(milestoneWindows([ms('甲', '2026-10-01', 'overdue')], today)[0]?.to).toBe(today));
});

describe('ganttCell', () => {
  const windows = milestoneWindows(
    [
      ms('甲', '2026-10-10', 'done_on_time', '2026-10-09'),
      ms('乙', '2026-11-20', 'overdue'),
      ms('丙', '2027-02-01', 'upcoming'),
    ],
    '2026-11-29',
  );
  const month = (m: string, end: string) => ({ start: `${m}-01`, end });
  it('empty before the plan', () => expect(ganttCell(windows, month('2026-09', '2026-09-30'))).toBeNull());
  it('names the milestone planned in the column', () =>
    expect(ganttCell(windows, month('2026-10', '2026-10-31'))).toEqual({ status: 'overdue', names: ['甲'] }));
  it('the worst status of the windows that meet', () =>
    expect(ganttCell(windows, month('2026-11', '2026-11-30'))).toEqual({ status: 'overdue', names: ['乙'] }));
  it('shaded without a name between milestones', () =>
    expect(ganttCell(windows, month('2027-01', '2027-01-31'))).toEqual({ status: 'upcoming', names: [] }));
  it('empty after the plan', () => expect(ganttCell(windows, month('2027-03', '2027-03-31'))).toBeNull());
});

describe('milestoneNameColumns', () => {
  it('merges the two templates, each name after its predecessor', () =>
    expect(
      milestoneNameColumns([
        [{ name: '签订投资协议' }, { name: '注册公司' }, { name: '立项备案' }],
        [{ name: '签订协议' }, { name: '注册公司' }, { name: '装修设计' }],
      ]),
    ).toEqual(['签订协议', '签订投资协议', '注册公司', '装修设计', '立项备案']));
  it('gives up on names past the limit (columns then go by position)', () =>
    expect(
      milestoneNameColumns([Array.from({ length: MAX_NAMED_COLUMNS + 1 }, (_, i) => ({ name: `节点${i}` }))]),
    ).toBeNull());
});
