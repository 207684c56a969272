import { useMemo } from 'react';
import { useUrlFilters } from '../../lib/url-filters';
import { boardFilterFromParams, type BoardParam } from './board-url';

/** Board filters live in the URL, so a filtered board can be shared as a link. */
export function useBoardFilters() {
  const { params, set, clear } = useUrlFilters();
  const filter = useMemo(() => boardFilterFromParams(params), [params]);

  // The board's parameters only (the setter itself takes any key).
  const update: (key: BoardParam, value: string | undefined) => void = set;
  const active = Object.values(filter).some((v) => v !== undefined);
  // Swimlanes by leader are a view, not a filter: kept in the URL but not sent to the board query.
  const lanes = params.get('lanes') === '1';
  return { filter, update, clear, active, lanes };
}
