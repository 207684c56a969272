import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../../../server/routers';

export type InstructionRow = inferRouterOutputs<AppRouter>['instructions']['list'][number];
