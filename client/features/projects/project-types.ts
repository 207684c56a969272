import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../../../server/routers';

export type ProjectDetail = inferRouterOutputs<AppRouter>['projects']['get'];
