import { QueryCache, QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink, TRPCClientError } from '@trpc/client';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../../server/routers';
import { errorCode } from './errors';

export const queryClient: QueryClient = new QueryClient({
  // An expired session shows the login page instead of a broken screen.
  queryCache: new QueryCache({
    onError: (error) => {
      if (errorCode(error) === 'UNAUTHORIZED') {
        queryClient.setQueryData(trpc.auth.me.queryKey(), null);
      }
    },
  }),
  defaultOptions: {
    queries: {
      staleTime: 10_000,
      retry: (count, error) => !(error instanceof TRPCClientError) && count < 2,
      refetchOnWindowFocus: true,
    },
  },
});

/** The last tagged answer per address, in memory only (answers are `no-store`: nothing on disk). */
const tagged = new Map<string, { etag: string; body: string }>();
const MAX_TAGGED = 40;

/**
 * fetch with revalidation (issue 21): a read the server tags (server/transfer.ts) is asked again with
 * If-None-Match, and a 304 — nothing changed — gives back the body kept from last time.
 */
async function fetchRevalidating(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const url = input instanceof Request ? input.url : String(input);
  if ((init?.method ?? 'GET') !== 'GET') return fetch(input, init);
  const known = tagged.get(url);
  const headers = new Headers(init?.headers);
  if (known) headers.set('if-none-match', known.etag);
  const res = await fetch(input, { ...init, headers });
  if (res.status === 304 && known) {
    return new Response(known.body, { status: 200, headers: { 'content-type': 'application/json' } });
  }
  const etag = res.headers.get('etag');
  if (!etag || !res.ok) return res;
  const body = await res.text();
  tagged.delete(url);
  tagged.set(url, { etag, body });
  if (tagged.size > MAX_TAGGED) tagged.delete(tagged.keys().next().value!);
  return new Response(body, { status: res.status, headers: res.headers });
}

/** Forgets the kept answers (signing out). */
export const forgetTaggedAnswers = (): void => tagged.clear();

export const trpcClient = createTRPCClient<AppRouter>({
  links: [httpBatchLink({ url: '/trpc', maxItems: 10, fetch: fetchRevalidating })],
});

/** The one way components reach the server: `useQuery(trpc.x.y.queryOptions(...))`. */
export const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });

/** What each procedure returns and takes, as the client sees it: `RouterOutputs['projects']['get']`. */
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export type RouterInputs = inferRouterInputs<AppRouter>;
