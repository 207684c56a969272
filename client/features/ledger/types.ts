import type { RouterOutputs } from '../../lib/trpc';

export type Preview = RouterOutputs['ledger']['preview'];
export type PreviewRow = Preview['rows'][number];
export type ImportResult = RouterOutputs['ledger']['commit'];
