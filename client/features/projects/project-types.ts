import type { RouterOutputs } from '../../lib/trpc';

export type ProjectDetail = RouterOutputs['projects']['get'];
