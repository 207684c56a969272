import type { RouterOutputs } from '../../lib/trpc';

export type WeekReview = RouterOutputs['review']['week'];
