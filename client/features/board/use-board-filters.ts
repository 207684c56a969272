import { useMemo } from 'react';
import { CHANNELS, INDUSTRIES } from '../../../shared/domain/catalog';
import type { BoardFilter } from '../../../shared/schemas/project';
import { positiveInt, useUrlFilters } from '../../lib/url-filters';

const oneOf = <T extends string>(list: readonly T[], v: string | null): T | undefined =>
  v && (list as readonly string[]).includes(v) ? (v as T) : undefined;

/** Board filters live in the URL, so a filtered board can be shared as a link. */
export function useBoardFilters() {
  const { params, set, clear } = useUrlFilters();
  const filter = useMemo<BoardFilter>(() => {
    return {
      q: params.get('q') || undefined,
      industry: oneOf(INDUSTRIES, params.get('industry')),
      channel: oneOf(CHANNELS, params.get('channel')),
      ownerId: positiveInt(params.get('owner')),
      majorOnly: params.get('major') === '1' || undefined,
      stalledOnly: params.get('stalled') === '1' || undefined,
      leaderId: positiveInt(params.get('leader')),
      taskForceId: positiveInt(params.get('taskForce')),
    };
  }, [params]);

  // The board's parameters only (the setter itself takes any key).
  const update: (
    key: 'q' | 'industry' | 'channel' | 'owner' | 'major' | 'stalled' | 'leader' | 'taskForce' | 'lanes',
    value: string | undefined,
  ) => void = set;
  const active = Object.values(filter).some((v) => v !== undefined);
  // Swimlanes by leader are a view, not a filter: kept in the URL but not sent to the board query.
  const lanes = params.get('lanes') === '1';
  return { filter, update, clear, active, lanes };
}
