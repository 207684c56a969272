import { boardColumnInput, boardFilter } from '../../shared/schemas/project';
import { board, columnCards } from '../services/board';
import { readProcedure, router } from '../trpc';

export const BOARD_PAGE_SIZE = 50;

export const boardRouter = router({
  /** Every column's count and total for the filter, with the first page of cards. */
  get: readProcedure
    .input(boardFilter)
    .query(({ ctx, input }) => board(ctx.db, ctx.user, input, BOARD_PAGE_SIZE, ctx.now())),

  /** A further page of one column; `cursor` is the offset, `nextCursor` null at the end. */
  column: readProcedure.input(boardColumnInput).query(({ ctx, input }) => {
    const offset = input.cursor ?? 0;
    const cards = columnCards(ctx.db, ctx.user, input, input.stage, offset, input.limit, ctx.now());
    return { cards, nextCursor: cards.length === input.limit ? offset + input.limit : null };
  }),
});
