import { TRPCClientError } from '@trpc/client';
import type { AppRouter } from '../../server/routers';

export type ApiError = TRPCClientError<AppRouter>;

export function isApiError(error: unknown): error is ApiError {
  return error instanceof TRPCClientError;
}

export function errorCode(error: unknown): string | undefined {
  return isApiError(error) ? error.data?.code : undefined;
}

/** Field messages from the server (zod's or our own), keyed by field name. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!isApiError(error)) return {};
  const fields = error.data?.fieldErrors ?? {};
  return Object.fromEntries(
    Object.entries(fields).flatMap(([k, v]) => (v && v[0] ? [[k, v[0]] as [string, string]] : [])),
  );
}

export function errorMessage(error: unknown, fallback: string): string {
  return isApiError(error) ? error.message || fallback : fallback;
}
