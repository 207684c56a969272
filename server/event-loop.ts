/**
 * Long work on the main thread (checking and writing a 20,000-row ledger) gives way to other requests:
 * the returned `pause()` yields to the event loop (setImmediate, after pending I/O) once `sliceMs` of
 * work has passed since the last yield, so /healthz and other people wait at most about one slice.
 */
export function timeSlicer(sliceMs = 25): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < sliceMs) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    since = performance.now();
  };
}
