import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../../../server/routers';

export type Preview = inferRouterOutputs<AppRouter>['ledger']['preview'];
export type PreviewRow = Preview['rows'][number];
export type ImportResult = inferRouterOutputs<AppRouter>['ledger']['commit'];
