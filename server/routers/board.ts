import { boardColumnInput, boardFilter } from '../../shared/schemas/project';
import { board, columnCards } from '../services/board';
import { withRelations } from '../permissions';
import { readProcedure, router } from '../trpc';

export const BOARD_PAGE_SIZE = 50;

export const boardRouter = router({
  /** Every column's count and total for the filter, with the first page of cards. */
  get: readProcedure.input(boardFilter).query(({ ctx, input }) => {
    const b = board(ctx.db, input, BOARD_PAGE_SIZE, ctx.now());
    const cards = withRelations(
      ctx.db,
      ctx.user,
      b.columns.flatMap((c) => c.cards),
    );
    const byId = new Map(cards.map((c) => [c.id, c]));
    return { columns: b.columns.map((c) => ({ ...c, cards: c.cards.map((card) => byId.get(card.id)!) })) };
  }),

  /** A further page of one column; `cursor` is the offset, `nextCursor` null at the end. */
  column: readProcedure.input(boardColumnInput).query(({ ctx, input }) => {
    const offset = input.cursor ?? 0;
    const cards = withRelations(
      ctx.db,
      ctx.user,
      columnCards(ctx.db, input, input.stage, offset, input.limit, ctx.now()),
    );
    return { cards, nextCursor: cards.length === input.limit ? offset + input.limit : null };
  }),
});
