import { z } from 'zod';
import { isoWeekKey } from '../../shared/domain/dates';
import { weekOf } from '../../shared/domain/review/week';
import { weekInput } from '../../shared/schemas/review';
import { fieldError } from '../errors';
import { reviewWorkbook, reportTitle } from '../services/review/export';
import { reviewWeek } from '../services/review/review';
import { readProcedure, router } from '../trpc';

/** A week that has begun (the current one or earlier): a review of the future has nothing to show. */
function pastOrCurrentWeek(key: string, now: number) {
  const week = weekOf(key);
  if (!week) throw fieldError({ week: 'weekFormat' });
  if (week.start > now) throw fieldError({ week: 'weekNotStarted' });
  return week;
}

export const reviewRouter = router({
  /** The key of the current week in Shanghai, for /review. */
  currentWeek: readProcedure.input(z.void()).query(({ ctx }) => ({ week: isoWeekKey(ctx.now()) })),

  /** Every figure and list of one week's review. */
  week: readProcedure
    .input(weekInput)
    .query(({ ctx, input }) => reviewWeek(ctx.db, pastOrCurrentWeek(input.week, ctx.now()), ctx.now())),

  /** The same review as an .xlsx file (base64), one sheet per section. */
  exportXlsx: readProcedure.input(weekInput).mutation(async ({ ctx, input }) => {
    const review = reviewWeek(ctx.db, pastOrCurrentWeek(input.week, ctx.now()), ctx.now());
    const file = await reviewWorkbook(review);
    return { fileName: `${reportTitle(review)}（${review.week.key}）.xlsx`, base64: file.toString('base64') };
  }),
});
