import type * as Sonner from 'sonner';

/**
 * Toasts through sonner, loaded with the first toast instead of with the board: sonner is ≈ 10 KB of
 * gzipped JavaScript the board's first load does not need (docs/benchmarks.md, "board page
 * JavaScript"). The `Toaster` (client/components/ui/toaster.tsx) mounts once sonner has arrived, and
 * sonner replays the active toasts to a `Toaster` that subscribes late; calls keep their order because
 * they wait on one promise.
 */
type Message = Parameters<typeof Sonner.toast.success>[0];
type Options = Parameters<typeof Sonner.toast.success>[1];

let sonner: Promise<typeof Sonner> | undefined;
const listeners = new Set<() => void>();

export function loadSonner(): Promise<typeof Sonner> {
  if (!sonner) {
    sonner = import('sonner').catch((error: unknown) => {
      sonner = undefined; // the next toast tries again
      throw error;
    });
    for (const listener of listeners) listener();
  }
  return sonner;
}

/** For the Toaster: called once sonner starts loading (at once when it already has). */
export function onSonnerWanted(listener: () => void): () => void {
  if (sonner) listener();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function show(kind: 'success' | 'error' | 'info', message: Message, options?: Options): void {
  loadSonner().then(
    (m) => m.toast[kind](message, options),
    (error: unknown) => console.error('toast not shown:', message, error),
  );
}

export const toast = {
  success: (message: Message, options?: Options) => show('success', message, options),
  error: (message: Message, options?: Options) => show('error', message, options),
  info: (message: Message, options?: Options) => show('info', message, options),
};
