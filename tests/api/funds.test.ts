import { describe, expect, it } from 'vitest';
import type { DatedAmountInput } from '../../shared/schemas/project';
import { callerFor, errorShape, trpcError } from '../helpers/caller';
import { countRows, createTestDb } from '../helpers/db';
import { makeProject, makeUser } from '../helpers/factories';
import { TODAY } from '../helpers/time';

const db = createTestDb();
const officer = makeUser(db, { displayName: '马丽' });
const api = callerFor(db, officer);

describe('funds.list and add', () => {
  it('sums the entries and compares them with the agreed investment', async () => {
    const p = makeProject(db, {
      by: officer,
      stage: 'introduced',
      estimatedInvestment: 10000,
      agreedInvestment: 8000,
    });
    expect(await api.funds.list({ projectId: p.id })).toEqual({
      entries: [],
      sum: 0,
      agreed: 8000,
      ratio: 0,
    });

    const first = await api.funds.add({
      projectId: p.id,
      date: '2026-10-15',
      amount: 3000,
      note: '首期到资',
    });
    const second = await api.funds.add({ projectId: p.id, date: TODAY, amount: 1000 });
    expect(await api.funds.list({ projectId: p.id })).toEqual({
      entries: [
        { id: second.id, date: TODAY, amount: 1000, note: null, byName: '马丽' },
        { id: first.id, date: '2026-10-15', amount: 3000, note: '首期到资', byName: '马丽' },
      ],
      sum: 4000,
      agreed: 8000,
      ratio: 0.5,
    });
  });

  it('has no ratio before an agreement is signed', async () => {
    const p = makeProject(db, { by: officer });
    await api.funds.add({ projectId: p.id, date: TODAY, amount: 200 });
    expect(await api.funds.list({ projectId: p.id })).toMatchObject({ sum: 200, agreed: null, ratio: null });
  });

  it('NOT_FOUND when listing an unknown project', async () => {
    expect((await trpcError(api.funds.list({ projectId: 8888 }))).code).toBe('NOT_FOUND');
  });
});

describe('funds.add refuses and writes nothing', () => {
  const p = makeProject(db, { by: officer, stage: 'introduced' });

  it.each([
    ['a zero amount', { amount: 0 }, { amount: ['金额应为大于0的整数（万元）'] }],
    [
      'a negative amount (one message, not "≥ 0" then "> 0")',
      { amount: -5 },
      { amount: ['金额应为大于0的整数（万元）'] },
    ],
    ['a fractional amount', { amount: 1.5 }, { amount: ['金额应为大于0的整数（万元）'] }],
    ['an amount as text', { amount: '100' }, { amount: ['金额应为大于0的整数（万元）'] }],
    ['a date in the future', { date: '2026-11-27' }, { date: ['日期不能晚于今天'] }],
  ])('%s', async (_case, changes, fieldErrors) => {
    const before = countRows(db);
    const error = await trpcError(
      api.funds.add({ projectId: p.id, date: TODAY, amount: 100, ...changes } as DatedAmountInput),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect(errorShape(error).data.fieldErrors).toEqual(fieldErrors);
    expect(countRows(db)).toEqual(before);
  });

  it('NOT_FOUND for an unknown project', async () => {
    const before = countRows(db);
    expect((await trpcError(api.funds.add({ projectId: 8888, date: TODAY, amount: 100 }))).code).toBe(
      'NOT_FOUND',
    );
    expect(countRows(db)).toEqual(before);
  });
});
