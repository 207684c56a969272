import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../../../server/routers';

export type WeekReview = inferRouterOutputs<AppRouter>['review']['week'];
