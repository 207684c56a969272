import { CHANNELS, INDUSTRIES } from '../../../shared/domain/catalog';
import type { BoardFilter } from '../../../shared/schemas/project';
import { positiveInt } from '../../lib/url-filters';

/** The board's URL parameters, one per filter (`lanes` is a view, not a filter). */
export const BOARD_PARAMS = [
  'q',
  'industry',
  'channel',
  'owner',
  'unit',
  'chain',
  'major',
  'stalled',
  'key',
  'bond',
  'firstStore',
  'pending',
  'leader',
  'taskForce',
  'lanes',
] as const;
export type BoardParam = (typeof BOARD_PARAMS)[number];

const oneOf = <T extends string>(list: readonly T[], v: string | null): T | undefined =>
  v && (list as readonly string[]).includes(v) ? (v as T) : undefined;
const flag = (v: string | null) => v === '1' || undefined;

/** The board query's filter from the URL; a value that is not one the server accepts is left out. */
export function boardFilterFromParams(params: URLSearchParams): BoardFilter {
  return {
    q: params.get('q') || undefined,
    industry: oneOf(INDUSTRIES, params.get('industry')),
    channel: oneOf(CHANNELS, params.get('channel')),
    ownerId: positiveInt(params.get('owner')),
    unitId: positiveInt(params.get('unit')),
    chainId: positiveInt(params.get('chain')),
    majorOnly: flag(params.get('major')),
    stalledOnly: flag(params.get('stalled')),
    keyOnly: flag(params.get('key')),
    bondOnly: flag(params.get('bond')),
    firstStoreOnly: flag(params.get('firstStore')),
    pendingOnly: flag(params.get('pending')),
    leaderId: positiveInt(params.get('leader')),
    taskForceId: positiveInt(params.get('taskForce')),
  };
}
