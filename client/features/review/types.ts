import type { RouterOutputs } from '../../lib/trpc';

export type WeekReview = RouterOutputs['review']['week'];
export type PeriodReport = RouterOutputs['review']['report'];
/** Sections shared by the weekly review and the monthly/quarterly report say 本周/上周 or 本期/上期. */
export type Span = 'week' | 'period';
