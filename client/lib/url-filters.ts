import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** A positive integer from a URL parameter (an id, a page), or undefined. */
export function positiveInt(value: string | null): number | undefined {
  const n = Number(value);
  return value && Number.isInteger(n) && n > 0 ? n : undefined;
}

/** The query string after setting `key` (an empty value removes it) and removing the `reset` keys. */
export function withFilter(
  search: string,
  key: string,
  value: string | undefined,
  reset: readonly string[] = [],
): URLSearchParams {
  const next = new URLSearchParams(search);
  if (value) next.set(key, value);
  else next.delete(key);
  for (const r of reset) next.delete(r);
  return next;
}

/**
 * Filters kept in the URL, so a filtered page can be shared as a link. `set(key, value, ...reset)`
 * writes one parameter (an empty value removes it) and removes the `reset` ones (e.g. the page number),
 * replacing the history entry rather than adding one per keystroke.
 */
export function useUrlFilters() {
  const [params, setParams] = useSearchParams();
  const set = useCallback(
    (key: string, value: string | undefined, ...reset: string[]) => {
      // From the address bar, not from this render's params: react-router hands a functional update the
      // params of the last render, and URL updates render as a transition, so two quick changes (a select,
      // then a checkbox) both started from the same old URL and the second undid the first.
      setParams(withFilter(window.location.search, key, value, reset), { replace: true });
    },
    [setParams],
  );
  const clear = useCallback(() => setParams(new URLSearchParams(), { replace: true }), [setParams]);
  return { params, set, clear };
}
