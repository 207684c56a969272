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

export const trpcClient = createTRPCClient<AppRouter>({
  links: [httpBatchLink({ url: '/trpc', maxItems: 10 })],
});

/** The one way components reach the server: `useQuery(trpc.x.y.queryOptions(...))`. */
export const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });

/** What each procedure returns and takes, as the client sees it: `RouterOutputs['projects']['get']`. */
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export type RouterInputs = inferRouterInputs<AppRouter>;
