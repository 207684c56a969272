import { TRPCClientError } from '@trpc/client';
import type { AppMessage } from '../../shared/errors/catalog';
import type { AppRouter } from '../../server/routers';
import { i18n } from './i18n';

export type ApiError = TRPCClientError<AppRouter>;

export function isApiError(error: unknown): error is ApiError {
  return error instanceof TRPCClientError;
}

export function errorCode(error: unknown): string | undefined {
  return isApiError(error) ? error.data?.code : undefined;
}

/** A server message in the current language; `fallback` (the server's Chinese text) when it has no code. */
export function messageText(app: AppMessage | null | undefined, fallback = ''): string {
  return app ? i18n.t(`errors.${app.code}`, { ...app.params, defaultValue: fallback }) : fallback;
}

/** Field messages from the server (zod's or our own), keyed by field name, in the current language. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!isApiError(error)) return {};
  const fields = error.data?.fieldErrors ?? {};
  const codes = error.data?.fieldCodes ?? {};
  return Object.fromEntries(
    Object.entries(fields).flatMap(([k, v]) =>
      v && v[0] ? [[k, messageText(codes[k], v[0])] as [string, string]] : [],
    ),
  );
}

export function errorMessage(error: unknown, fallback: string): string {
  return isApiError(error) ? messageText(error.data?.app, error.message || fallback) : fallback;
}
