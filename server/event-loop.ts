/**
 * Long work on the main thread (checking and writing a 20,000-row ledger) gives way to other requests:
 * the returned `pause()` yields to the event loop (setImmediate, after pending I/O) once `sliceMs` of
 * work has passed since the last yield, so /healthz and other people wait at most about one slice.
 */
export function timeSlicer(sliceMs = 25): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < sliceMs) return;
    await yieldToEventLoop();
    since = performance.now();
  };
}

/** Lets pending I/O and timers run before going on (setImmediate runs after the poll phase). */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
