import { describe, expect, it } from 'vitest';
import { chaseUpEscalation, followUpDue, milestoneDue } from '../../shared/domain/reminders';
import { msUntilNextRun } from '../../server/reminder-job';
import { shanghai } from '../helpers/time';

const order = { id: 7, status: 'open', yellowDate: '2026-11-26', redDate: '2026-11-30' };

describe('the escalation schedule of a 督办单', () => {
  it('is blue before its yellow date, yellow from it, red from its red date', () => {
    expect(chaseUpEscalation(order, '2026-11-25')).toBeNull();
    expect(chaseUpEscalation(order, '2026-11-26')).toEqual({ level: 'yellow', key: 'chase-up:7:yellow' });
    expect(chaseUpEscalation(order, '2026-11-29')).toEqual({ level: 'yellow', key: 'chase-up:7:yellow' });
    expect(chaseUpEscalation(order, '2026-11-30')).toEqual({ level: 'red', key: 'chase-up:7:red' });
  });
  it('says nothing for a closed order', () => {
    expect(chaseUpEscalation({ ...order, status: 'closed' }, '2026-12-30')).toBeNull();
  });
});

describe('a follow-up’s next date', () => {
  it('reminds from the day it comes, for a week, under one key', () => {
    const f = { id: 3, nextDate: '2026-11-26' };
    expect(followUpDue(f, '2026-11-25')).toBeNull();
    expect(followUpDue(f, '2026-11-26')).toBe('follow-up:3:2026-11-26');
    expect(followUpDue(f, '2026-12-03')).toBe('follow-up:3:2026-11-26');
    expect(followUpDue(f, '2026-12-04')).toBeNull();
    expect(followUpDue({ id: 3, nextDate: null }, '2026-11-26')).toBeNull();
  });
});

describe('a milestone due soon', () => {
  it('is due within 7 days, today included, until it is done; a new date is a new key', () => {
    const m = { id: 9, plannedDate: '2026-12-03', actualDate: null };
    expect(milestoneDue(m, '2026-11-25')).toBeNull();
    expect(milestoneDue(m, '2026-11-26')).toBe('milestone:9:2026-12-03');
    expect(milestoneDue(m, '2026-12-03')).toBe('milestone:9:2026-12-03');
    expect(milestoneDue(m, '2026-12-04')).toBeNull(); // overdue: the light turns red instead
    expect(milestoneDue({ ...m, actualDate: '2026-11-30' }, '2026-12-01')).toBeNull();
    expect(milestoneDue({ ...m, plannedDate: '2026-12-05' }, '2026-12-01')).toBe('milestone:9:2026-12-05');
  });
});

describe('the daily run', () => {
  it('comes at the next 08:00 in Shanghai', () => {
    expect(msUntilNextRun(shanghai(2026, 11, 26, 7, 0))).toBe(60 * 60 * 1000);
    expect(msUntilNextRun(shanghai(2026, 11, 26, 8, 0))).toBe(24 * 60 * 60 * 1000);
    expect(msUntilNextRun(shanghai(2026, 11, 26, 23, 30))).toBe(8.5 * 60 * 60 * 1000);
  });
});
