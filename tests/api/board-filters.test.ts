import { describe, expect, it } from 'vitest';
import { ledgerLines } from '../../server/services/ledger/export';
import { callerFor, fieldNames, trpcError } from '../helpers/caller';
import { createTestDb } from '../helpers/db';
import { makeProject, makeUnit, makeUser } from '../helpers/factories';
import { NOW } from '../helpers/time';

// Issue 15 item 4: the board filters by 责任单位, 重点, 专项债, 首店 and 产业链 on the server, like the others.
const db = createTestDb();
const admin = makeUser(db, { role: 'admin' });
const officer = makeUser(db, { role: 'staff' });
const invest = makeUnit(db, '投资促进局');
const commerce = makeUnit(db, '商务局');
const api = callerFor(db, officer);

const bank = makeProject(db, { by: officer, industry: 'finance', unitId: invest.id, isKey: true });
const mall = makeProject(db, {
  by: officer,
  industry: 'commerce',
  unitId: commerce.id,
  isFirstStore: true,
  stage: 'landed',
});
const lab = makeProject(db, { by: officer, industry: 'scitech', isBond: true, isKey: true });
const plain = makeProject(db, { by: officer, industry: 'digital', unitId: invest.id });
// Held: off the board whatever the filter.
makeProject(db, { by: officer, industry: 'finance', unitId: invest.id, isKey: true, status: 'on_hold' });

const chain = await callerFor(db, admin).coordination.createChain({
  name: '金融商贸链',
  chainLeaderId: null,
  industries: ['finance', 'commerce'],
});
const emptyChain = await callerFor(db, admin).coordination.createChain({
  name: '文旅链',
  chainLeaderId: null,
  industries: ['culture_tourism'],
});

type Board = Awaited<ReturnType<typeof api.board.get>>;
const idsOn = (board: Board) =>
  board.columns.flatMap((c) => c.cards.map((card) => card.id)).sort((a, b) => a - b);
const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);

describe('board filters: unit, key, bond, first store, chain', () => {
  it.each([
    ['责任单位', () => ({ unitId: invest.id }), () => [bank.id, plain.id]],
    ['another 责任单位', () => ({ unitId: commerce.id }), () => [mall.id]],
    ['重点', () => ({ keyOnly: true }), () => [bank.id, lab.id]],
    ['专项债', () => ({ bondOnly: true }), () => [lab.id]],
    ['首店', () => ({ firstStoreOnly: true }), () => [mall.id]],
    ['产业链: the chain’s industries', () => ({ chainId: chain.id }), () => [bank.id, mall.id]],
    ['产业链 without projects', () => ({ chainId: emptyChain.id }), () => []],
    ['filters combine', () => ({ unitId: invest.id, keyOnly: true }), () => [bank.id]],
    ['with the older ones', () => ({ chainId: chain.id, industry: 'commerce' as const }), () => [mall.id]],
  ])('%s', async (_case, filter, ids) => {
    const board = await api.board.get(filter());
    expect(idsOn(board)).toEqual(sorted(ids()));
    expect(board.columns.reduce((n, c) => n + c.count, 0)).toBe(ids().length);
  });

  it('board.column, the swimlanes and the board-scoped export apply them too', async () => {
    const { cards } = await api.board.column({ stage: 'negotiating', chainId: chain.id });
    expect(cards.map((c) => c.id)).toEqual([bank.id]);
    const lanes = await api.leaders.lanes({ keyOnly: true });
    expect(lanes.flatMap((l) => l.cells.flatMap((c) => c.cards.map((x) => x.id))).sort()).toEqual(
      sorted([bank.id, lab.id]),
    );
    const lines = ledgerLines(db, { scope: 'board', firstStoreOnly: true }, NOW);
    expect(lines.map((l) => l.name)).toEqual([mall.name]);
  });

  it.each([
    ['a unit id of 0', { unitId: 0 }, ['unitId']],
    ['a chain id that is not a number', { chainId: 'x' }, ['chainId']],
    ['a flag that is not a boolean', { bondOnly: '1' }, ['bondOnly']],
    ['two bad fields', { keyOnly: 'yes', firstStoreOnly: 2 }, ['firstStoreOnly', 'keyOnly']],
  ])('refuses %s, naming the field', async (_case, filter, fields) => {
    const error = await trpcError(api.board.get(filter as never));
    expect(error.code).toBe('BAD_REQUEST');
    expect(fieldNames(error)).toEqual(fields);
  });

  it('lists active chains to pick from', async () => {
    expect((await api.directory.chains()).map((c) => c.name)).toEqual(['金融商贸链', '文旅链']);
  });
});
