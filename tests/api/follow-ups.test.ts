import { describe, expect, it } from 'vitest';
import type { FollowUpInput } from '../../shared/schemas/project';
import { callerFor, errorShape, trpcError } from '../helpers/caller';
import { countRows, createTestDb } from '../helpers/db';
import { makeProject, makeUser } from '../helpers/factories';
import { DAY_MS, NOW, shanghai, TODAY } from '../helpers/time';

const db = createTestDb();
const officer = makeUser(db, { displayName: '郑凯' });
const api = callerFor(db, officer);

const visit = (projectId: number, changes: Partial<FollowUpInput> = {}): FollowUpInput => ({
  projectId,
  date: TODAY,
  kind: 'visit',
  participants: '郑凯、企业总经理',
  summary: '实地走访，企业确认选址意向',
  nextStep: '提交用地申请',
  nextDate: '2026-12-05',
  ...changes,
});

describe('followUps.add and list', () => {
  it('records a follow-up dated today: last activity becomes now, and the list shows it', async () => {
    const p = makeProject(db, { by: officer, at: NOW - 40 * DAY_MS });
    expect((await api.projects.get({ id: p.id })).stalled).toBe(true);
    const { id } = await api.followUps.add(visit(p.id));
    expect(await api.projects.get({ id: p.id })).toMatchObject({
      lastActivityAt: NOW,
      daysSinceActivity: 0,
      stalled: false,
      version: p.version,
    });
    expect(await api.followUps.list({ projectId: p.id })).toEqual([
      {
        id,
        date: TODAY,
        kind: 'visit',
        participants: '郑凯、企业总经理',
        summary: '实地走访，企业确认选址意向',
        nextStep: '提交用地申请',
        nextDate: '2026-12-05',
        byName: '郑凯',
        createdAt: NOW,
      },
    ]);
  });

  it('a past date counts as noon that day in Shanghai, and never moves last activity backwards', async () => {
    const p = makeProject(db, { by: officer, at: NOW - 40 * DAY_MS });
    await api.followUps.add(visit(p.id, { date: '2026-11-20', nextDate: null }));
    expect((await api.projects.get({ id: p.id })).lastActivityAt).toBe(shanghai(2026, 11, 20, 12, 0));
    await api.followUps.add(visit(p.id, { date: '2026-11-01', kind: 'phone', nextDate: null }));
    expect((await api.projects.get({ id: p.id })).lastActivityAt).toBe(shanghai(2026, 11, 20, 12, 0));
    expect((await api.followUps.list({ projectId: p.id })).map((f) => [f.date, f.kind])).toEqual([
      ['2026-11-20', 'visit'],
      ['2026-11-01', 'phone'],
    ]);
  });

  it('lists nothing for a project without follow-ups', async () => {
    const p = makeProject(db, { by: officer });
    expect(await api.followUps.list({ projectId: p.id })).toEqual([]);
  });
});

describe('followUps.add refuses and writes nothing', () => {
  it.each<[string, Partial<FollowUpInput>, Record<string, string[]>]>([
    ['a date in the future (tomorrow in Shanghai)', { date: '2026-11-27' }, { date: ['日期不能晚于今天'] }],
    [
      'a next step dated before the follow-up',
      { date: '2026-11-20', nextDate: '2026-11-19' },
      { nextDate: ['下一步日期不能早于跟进日期'] },
    ],
    ['an empty summary', { summary: ' ' }, { summary: ['必填'] }],
    ['an impossible date', { date: '2026-11-31' }, { date: ['日期格式应为 YYYY-MM-DD'] }],
  ])('%s', async (_case, changes, fieldErrors) => {
    const p = makeProject(db, { by: officer, at: NOW - DAY_MS });
    const before = countRows(db);
    const error = await trpcError(api.followUps.add(visit(p.id, changes)));
    expect(error.code).toBe('BAD_REQUEST');
    expect(errorShape(error).data.fieldErrors).toEqual(fieldErrors);
    expect(countRows(db)).toEqual(before);
    expect((await api.projects.get({ id: p.id })).lastActivityAt).toBe(NOW - DAY_MS);
  });

  it('NOT_FOUND for an unknown project', async () => {
    const before = countRows(db);
    expect((await trpcError(api.followUps.add(visit(31337)))).code).toBe('NOT_FOUND');
    expect(countRows(db)).toEqual(before);
  });

  it('uses the Shanghai day: at 00:30 Shanghai (16:30 UTC the day before) today is already the new day', async () => {
    const p = makeProject(db, { by: officer, at: NOW - DAY_MS });
    const justAfterMidnight = shanghai(2026, 11, 27, 0, 30);
    await expect(
      callerFor(db, officer, justAfterMidnight).followUps.add(
        visit(p.id, { date: '2026-11-27', nextDate: null }),
      ),
    ).resolves.toMatchObject({ id: expect.any(Number) as number });
  });
});
