import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { CHANNELS, INDUSTRIES } from '../../../shared/domain/catalog';
import type { BoardFilter } from '../../../shared/schemas/project';

const oneOf = <T extends string>(list: readonly T[], v: string | null): T | undefined =>
  v && (list as readonly string[]).includes(v) ? (v as T) : undefined;

const positive = (v: string | null): number | undefined => {
  const n = Number(v);
  return v && Number.isInteger(n) && n > 0 ? n : undefined;
};

/** Board filters live in the URL, so a filtered board can be shared as a link. */
export function useBoardFilters() {
  const [params, setParams] = useSearchParams();
  const filter = useMemo<BoardFilter>(() => {
    const owner = Number(params.get('owner'));
    return {
      q: params.get('q') || undefined,
      industry: oneOf(INDUSTRIES, params.get('industry')),
      channel: oneOf(CHANNELS, params.get('channel')),
      ownerId: Number.isInteger(owner) && owner > 0 ? owner : undefined,
      majorOnly: params.get('major') === '1' || undefined,
      stalledOnly: params.get('stalled') === '1' || undefined,
      leaderId: positive(params.get('leader')),
      taskForceId: positive(params.get('taskForce')),
    };
  }, [params]);

  const update = useCallback(
    (key: 'q' | 'industry' | 'channel' | 'owner' | 'major' | 'stalled' | 'leader' | 'taskForce' | 'lanes', value: string | undefined) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (value) next.set(key, value);
          else next.delete(key);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  const clear = useCallback(() => setParams(new URLSearchParams(), { replace: true }), [setParams]);
  const active = Object.values(filter).some((v) => v !== undefined);
  // Swimlanes by leader are a view, not a filter: kept in the URL but not sent to the board query.
  const lanes = params.get('lanes') === '1';
  return { filter, update, clear, active, lanes };
}
