import { z } from 'zod';
import { isoWeekKey } from '../../shared/domain/dates';
import type { Week } from '../../shared/domain/review/week';
import { reopenWeekInput, reportInput, weekInput } from '../../shared/schemas/review';
import { fieldError } from '../errors';
import { begunPeriod, reportPeriod } from '../services/review/report';
import { reopenWeek, sealWeek, shownReview, weekWorkbook } from '../services/review/seals';
import { adminProcedure, readProcedure, router } from '../trpc';

/** A week that has begun (the current one or earlier): a review of the future has nothing to show. */
function begun(week: Week, now: number): Week {
  if (week.start > now) throw fieldError({ week: 'weekNotStarted' });
  return week;
}

export const reviewRouter = router({
  /** The key of the current week in Shanghai, for /review. */
  currentWeek: readProcedure.input(z.void()).query(({ ctx }) => ({ week: isoWeekKey(ctx.now()) })),

  /** Every figure and list of one week's review; a sealed week as sealed, with later corrections. */
  week: readProcedure
    .input(weekInput)
    .query(({ ctx, input }) => shownReview(ctx.db, begun(input.week, ctx.now()), ctx.now())),

  /** The same review as an .xlsx file (base64), one sheet per section; a sealed week's stored file. */
  exportXlsx: readProcedure.input(weekInput).mutation(async ({ ctx, input }) => {
    const { fileName, file } = await weekWorkbook(ctx.db, begun(input.week, ctx.now()), ctx.now());
    return { fileName, base64: file.toString('base64') };
  }),

  /**
   * The monthly or quarterly report (decision 041): the review's figures for a month or quarter as known
   * at its end, the ranking of 责任单位 and officers against their targets, after-建成 figures. Its xlsx
   * is the file route GET /api/reports/:period.xlsx, through the same door.
   */
  report: readProcedure
    .input(reportInput)
    .query(({ ctx, input }) => reportPeriod(ctx.db, begunPeriod(input.period, ctx.now()), ctx.now())),

  /** 定稿: stores the closed week's review and xlsx unchanged. */
  seal: adminProcedure
    .input(weekInput)
    .mutation(({ ctx, input }) => sealWeek(ctx.db, ctx.user, input.week, ctx.now())),

  /** Re-opens a sealed week, with a reason (audited). */
  reopen: adminProcedure
    .input(reopenWeekInput)
    .mutation(({ ctx, input }) => reopenWeek(ctx.db, ctx.user, input.week, input.reason, ctx.now())),
});
