import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the old generation grow past what the last full collection found live before it
 * collects again (decision 073). By default the factor is up to 4× when collections have been cheap:
 * writing a 20,000-row import promotes ~200 MB of short-lived rows (their objects, history and audit
 * JSON) that nothing collects until the limit, so the server went from ~290 MB to 415–500 MB RSS
 * although its live heap stays near 80 MB. At 1.3× the same import peaks near 290 MB; the board and
 * review figures are unchanged (docs/benchmarks.md). A limit, not a cap: unlike
 * --max-old-space-size, a heap that really needs more still gets it instead of ending the process.
 * Set at start-up from the code, so every way of starting the server (npm start, serve, the benches)
 * runs with it.
 */
export const HEAP_GROWING_PERCENT = 30;

export function boundHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
