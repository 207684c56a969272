import { TRPCError } from '@trpc/server';
import { getErrorShape } from '@trpc/server/unstable-core-do-not-import';
import type { Db } from '../../db/client';
import type { SessionUser } from '../../server/auth/sessions';
import { createContextInner, type SessionCookie } from '../../server/context';
import { appRouter } from '../../server/routers';
import { createCallerFactory } from '../../server/trpc';
import { NOW } from './time';

const createCaller = createCallerFactory(appRouter);

/** The whole API as `user` (null: signed out) with a fixed clock, without an HTTP server. */
export function callerFor(db: Db, user: SessionUser | null, now: number = NOW, cookie?: SessionCookie) {
  return createCaller(createContextInner({ db, user, now: () => now, cookie }));
}

/** Awaits a call that must fail and returns its TRPCError. */
export async function trpcError(call: Promise<unknown>): Promise<TRPCError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCError) return error;
    throw error;
  }
  throw new Error('expected the call to fail, but it succeeded');
}

/** The error as a client receives it, through the app's own error formatter. */
export function errorShape(error: TRPCError) {
  return getErrorShape({
    config: appRouter._def._config,
    error,
    type: 'mutation',
    path: undefined,
    input: undefined,
    ctx: undefined,
  });
}

/** The field names an error's shape carries in data.fieldErrors, sorted. */
export function fieldNames(error: TRPCError): string[] {
  return Object.keys(errorShape(error).data.fieldErrors ?? {}).sort();
}
