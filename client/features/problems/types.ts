import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../../../server/routers';

export type ProblemRow = inferRouterOutputs<AppRouter>['problems']['list'][number];
