import './styles.css';
import './lib/i18n';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { AppRoutes } from './app/router';
import { PageErrorBoundary } from './components/ui/page-error';
import { Toaster } from './components/ui/toaster';
import { queryClient } from './lib/trpc';

// After an upgrade, a page loaded before it asks for chunks the new build no longer has: load the new
// page once instead of failing (issue 21). The flag stops a loop if the chunk is missing for good.
window.addEventListener('vite:preloadError', (event) => {
  if (sessionStorage.getItem('reloadedForUpgrade')) return;
  sessionStorage.setItem('reloadedForUpgrade', '1');
  event.preventDefault();
  window.location.reload();
});
window.addEventListener('load', () =>
  setTimeout(() => sessionStorage.removeItem('reloadedForUpgrade'), 10_000),
);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <PageErrorBoundary>
          <AppRoutes />
        </PageErrorBoundary>
      </BrowserRouter>
      <Toaster />
    </QueryClientProvider>
  </StrictMode>,
);
