import { lazy, Suspense, useEffect, useState } from 'react';
import { loadSonner, onSonnerWanted } from '../../lib/toast';

const SonnerToaster = lazy(() => loadSonner().then((m) => ({ default: m.Toaster })));

/** Where toasts appear (client/lib/toast.ts): nothing until the first toast loads sonner. */
export function Toaster() {
  const [wanted, setWanted] = useState(false);
  useEffect(() => onSonnerWanted(() => setWanted(true)), []);
  if (!wanted) return null;
  return (
    <Suspense fallback={null}>
      <SonnerToaster position="top-center" richColors closeButton />
    </Suspense>
  );
}
