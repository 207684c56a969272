import type { RouterOutputs } from '../../lib/trpc';

type Out = RouterOutputs;
export type DeskProject = Out['leaders']['desk']['projects'][number];
export type Leadership = Out['leaders']['forProject'];
export type Lane = Out['leaders']['lanes'][number];
