import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../../../server/routers';

type Out = inferRouterOutputs<AppRouter>;
export type DeskProject = Out['leaders']['desk']['projects'][number];
export type Leadership = Out['leaders']['forProject'];
export type Lane = Out['leaders']['lanes'][number];
