import { describe, expect, it } from 'vitest';
import { boardWithMove, type Card } from '../../../client/features/board/board-cache';

const card = (id: number, stage: Card['stage'], estimated: number, agreed: number | null = null) =>
  ({
    id,
    stage,
    amount: agreed ?? estimated,
    daysSinceActivity: 40,
    stalled: true,
  }) as Partial<Card> as Card;
const column = (stage: Card['stage'], cards: Card[]) => ({
  stage,
  count: cards.length,
  amount: cards.reduce((s, c) => s + c.amount, 0),
  cards,
});
const board = () => ({
  columns: [
    column('negotiating', [card(1, 'negotiating', 100), card(2, 'negotiating', 50)]),
    column('introduced', [card(3, 'introduced', 10, 20)]),
  ],
});

describe('boardWithMove', () => {
  it('moves the card to the head of the target column; counts and totals follow', () => {
    const next = boardWithMove(board(), 1, 'introduced', { agreedInvestment: 80 });
    const [from, to] = next.columns;
    expect(from!.cards.map((c) => c.id)).toEqual([2]);
    expect([from!.count, from!.amount]).toEqual([1, 50]);
    expect(to!.cards.map((c) => c.id)).toEqual([1, 3]);
    // The agreed amount given with the move counts instead of the estimate.
    expect([to!.count, to!.amount]).toEqual([2, 100]);
    expect(to!.cards[0]).toMatchObject({
      stage: 'introduced',
      amount: 80,
      daysSinceActivity: 0,
      stalled: false,
    });
  });

  it('takes a card off the board when it leaves the funnel (on hold), keeping its stage', () => {
    const next = boardWithMove(board(), 2, 'on_hold');
    expect(next.columns[0]!.cards.map((c) => c.id)).toEqual([1]);
    expect(next.columns[0]!.amount).toBe(100);
    expect(next.columns[1]!.count).toBe(1);
  });

  it('leaves the board as it is for an unknown card or a move within the same column', () => {
    const b = board();
    expect(boardWithMove(b, 99, 'introduced')).toBe(b);
    expect(boardWithMove(b, 1, 'negotiating').columns[0]).toBe(b.columns[0]);
  });
});
