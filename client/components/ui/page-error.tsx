import type { ReactNode } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import { LoadError } from './states';

function PageFailed({ error }: FallbackProps) {
  const { t } = useTranslation();
  console.error(error);
  return <LoadError message={t('common.pageFailed')} onRetry={() => window.location.reload()} />;
}

/**
 * What a person sees when a page cannot be shown (its code failed to arrive over a broken line, or it
 * threw): a message and a reload instead of an empty window. `resetKey` (the path) lets the next page
 * try again; a page whose code failed to load is only retried by reloading, as React keeps the failure.
 */
export function PageErrorBoundary({ resetKey, children }: { resetKey?: string; children: ReactNode }) {
  return (
    <ErrorBoundary FallbackComponent={PageFailed} resetKeys={[resetKey]}>
      {children}
    </ErrorBoundary>
  );
}
