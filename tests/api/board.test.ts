import { describe, expect, it } from 'vitest';
import { callerFor, trpcError } from '../helpers/caller';
import { createTestDb } from '../helpers/db';
import { makeProject, makeUser } from '../helpers/factories';
import { DAY_MS, NOW, shanghai } from '../helpers/time';

type Board = Awaited<ReturnType<ReturnType<typeof callerFor>['board']['get']>>;
const idsOn = (board: Board) =>
  board.columns.flatMap((c) => c.cards.map((card) => card.id)).sort((a, b) => a - b);

describe('board.get columns', () => {
  const db = createTestDb();
  const officer = makeUser(db, { displayName: '李娜' });
  const viewer = makeUser(db, { role: 'viewer' });
  const small = makeProject(db, { by: officer, estimatedInvestment: 1000, at: NOW - 2 * DAY_MS });
  const big = makeProject(db, { by: officer, estimatedInvestment: 6000, at: NOW - DAY_MS });
  const signed = makeProject(db, {
    by: officer,
    stage: 'introduced',
    estimatedInvestment: 3000,
    agreedInvestment: 8000,
  });
  makeProject(db, { by: officer, stage: 'landed', estimatedInvestment: 2000 });
  makeProject(db, { by: officer, stage: 'completed', estimatedInvestment: 50000 });
  makeProject(db, { by: officer, stage: 'landed', status: 'on_hold', estimatedInvestment: 7000 });
  makeProject(db, { by: officer, stage: 'introduced', status: 'dropped', estimatedInvestment: 9000 });

  it('has the five funnel columns in order with counts and amounts from the server (held and dropped off the board)', async () => {
    const board = await callerFor(db, viewer).board.get({});
    expect(board.columns.map(({ stage, count, amount }) => ({ stage, count, amount }))).toEqual([
      { stage: 'negotiating', count: 2, amount: 7000 },
      { stage: 'introduced', count: 1, amount: 8000 }, // the agreed amount, not the estimate
      { stage: 'landed', count: 1, amount: 2000 },
      { stage: 'started', count: 0, amount: 0 },
      { stage: 'completed', count: 1, amount: 50000 },
    ]);
    expect(board.columns.map((c) => c.cards.length)).toEqual([2, 1, 1, 0, 1]);
  });

  it('shows the most recently active card first, with derived fields', async () => {
    const board = await callerFor(db, viewer).board.get({});
    const [first, second] = board.columns[0]!.cards;
    expect([first?.id, second?.id]).toEqual([big.id, small.id]);
    expect(first).toMatchObject({
      name: big.name,
      ownerName: '李娜',
      amount: 6000,
      major: true,
      daysSinceActivity: 1,
      stalled: false,
    });
    expect(second).toMatchObject({ amount: 1000, major: false, daysSinceActivity: 2 });
    expect(board.columns[1]!.cards[0]).toMatchObject({ id: signed.id, amount: 8000, major: true });
  });

  it('sends what a card shows; the move dialog reads the gate fields with projects.gates', async () => {
    const card = (await callerFor(db, viewer).board.get({})).columns[1]!.cards[0]!;
    expect(Object.keys(card).sort()).toEqual(
      [
        'amount',
        'daysSinceActivity',
        'id',
        'industry',
        'investor',
        'isKey',
        'major',
        'missingFacts',
        'name',
        'noPrimaryLeader',
        'ownerName',
        'rel',
        'scheduleLight',
        'stage',
        'stalled',
        'status',
        'version',
      ].sort(),
    );
    expect(await callerFor(db, viewer).projects.gates({ id: signed.id })).toMatchObject({
      estimatedInvestment: 3000,
      agreedInvestment: 8000,
      agreementType: 'investment',
      registeredEntity: null,
      ownerAId: officer.id,
    });
    const error = await trpcError(callerFor(db, viewer).projects.gates({ id: 424242 }));
    expect([error.code, error.message]).toEqual(['NOT_FOUND', '项目不存在']);
  });
});

describe('board paging: totals count every card, not just the first page', () => {
  const db = createTestDb();
  const user = makeUser(db);
  // 60 projects in 落地, one minute apart: project i was last active i minutes before NOW.
  const made = Array.from({ length: 60 }, (_, i) =>
    makeProject(db, { by: user, stage: 'landed', estimatedInvestment: 100 + i, at: NOW - (60 - i) * 60_000 }),
  );
  const newestFirst = made.map((p) => p.id).reverse();

  it('board.get counts 60 and sums all 60 amounts while sending the first 50 cards', async () => {
    const landed = (await callerFor(db, user).board.get({})).columns[2]!;
    expect(landed.count).toBe(60);
    expect(landed.amount).toBe(60 * 100 + (59 * 60) / 2);
    expect(landed.cards.map((c) => c.id)).toEqual(newestFirst.slice(0, 50));
  });

  it('board.column pages the rest, with the next cursor until the end', async () => {
    const rest = await callerFor(db, user).board.column({ stage: 'landed', cursor: 50 });
    expect(rest.cards.map((c) => c.id)).toEqual(newestFirst.slice(50));
    expect(rest.nextCursor).toBeNull();
    const page = await callerFor(db, user).board.column({ stage: 'landed', cursor: 10, limit: 5 });
    expect(page.cards.map((c) => c.id)).toEqual(newestFirst.slice(10, 15));
    expect(page.nextCursor).toBe(15);
    expect(await callerFor(db, user).board.column({ stage: 'started' })).toEqual({
      cards: [],
      nextCursor: null,
    });
  });

  it('refuses a page larger than 200', async () => {
    await expect(callerFor(db, user).board.column({ stage: 'landed', limit: 201 })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });
});

describe('board filters', () => {
  const db = createTestDb();
  const wang = makeUser(db, { displayName: '王强' });
  const zhao = makeUser(db, { displayName: '赵敏' });
  const forty = NOW - 40 * DAY_MS;
  const huawei = makeProject(db, {
    by: wang,
    name: '华为吉林总部',
    investor: '华为技术有限公司',
    industry: 'digital',
    channel: 'industry_chain',
    estimatedInvestment: 6000,
  });
  const mall = makeProject(db, {
    by: zhao,
    ownerBId: wang.id,
    name: '长春万象城',
    investor: '华润置地',
    industry: 'commerce',
    channel: 'building',
    estimatedInvestment: 4999,
    at: forty,
  });
  const bank = makeProject(db, {
    by: zhao,
    stage: 'completed',
    name: '金融中心100%_项目',
    investor: '某银行',
    industry: 'finance',
    channel: 'agency',
    estimatedInvestment: 5000,
    at: forty,
  });
  makeProject(db, {
    by: wang,
    status: 'on_hold',
    name: '华为暂缓项目',
    estimatedInvestment: 9000,
    at: forty,
  });
  makeProject(db, {
    by: wang,
    status: 'dropped',
    name: '华为终止项目',
    estimatedInvestment: 9000,
    at: forty,
  });

  it.each([
    ['no filter', {}, [huawei.id, mall.id, bank.id]],
    ['q on the name', { q: '吉林' }, [huawei.id]],
    ['q on the investor', { q: '华润' }, [mall.id]],
    ['q matching both (held and dropped namesakes stay off)', { q: '华为' }, [huawei.id]],
    ['q with % is literal', { q: '100%' }, [bank.id]],
    ['q with _ is literal', { q: '%_' }, [bank.id]],
    ['q that matches nothing', { q: '无此项目' }, []],
    ['industry', { industry: 'commerce' }, [mall.id]],
    ['channel', { channel: 'agency' }, [bank.id]],
    ['owner as A or B', { ownerId: wang.id }, [huawei.id, mall.id]],
    ['owner as A only', { ownerId: zhao.id }, [mall.id, bank.id]],
    ['major only: 5000 counts, 4999 does not', { majorOnly: true }, [huawei.id, bank.id]],
    ['stalled only: 40 days idle, completed never stalls', { stalledOnly: true }, [mall.id]],
    ['filters combine', { majorOnly: true, ownerId: zhao.id }, [bank.id]],
  ] as const)('%s', async (_case, filter, ids) => {
    const board = await callerFor(db, wang).board.get(filter);
    expect(idsOn(board)).toEqual([...ids].sort((a, b) => a - b));
    expect(board.columns.reduce((n, c) => n + c.count, 0)).toBe(ids.length);
  });

  it('column totals follow the filter', async () => {
    const board = await callerFor(db, wang).board.get({ majorOnly: true });
    expect(board.columns.map((c) => [c.count, c.amount])).toEqual([
      [1, 6000],
      [0, 0],
      [0, 0],
      [0, 0],
      [1, 5000],
    ]);
  });

  it('board.column applies the same filter', async () => {
    const { cards } = await callerFor(db, wang).board.column({ stage: 'negotiating', stalledOnly: true });
    expect(cards.map((c) => [c.id, c.stalled, c.daysSinceActivity])).toEqual([[mall.id, true, 40]]);
  });
});

describe('board stalled filter at the 30-day boundary (Shanghai calendar days)', () => {
  const db = createTestDb();
  const user = makeUser(db);
  const idle30 = makeProject(db, { by: user, at: shanghai(2026, 10, 27, 23, 59) });
  const idle29 = makeProject(db, { by: user, at: shanghai(2026, 10, 28, 0, 0) });

  it('includes 30 days idle, not 29, agreeing with each card’s own flag', async () => {
    const board = await callerFor(db, user).board.get({});
    expect(board.columns[0]!.cards.map((c) => [c.id, c.daysSinceActivity, c.stalled])).toEqual([
      [idle29.id, 29, false],
      [idle30.id, 30, true],
    ]);
    expect(idsOn(await callerFor(db, user).board.get({ stalledOnly: true }))).toEqual([idle30.id]);
  });
});
