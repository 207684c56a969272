// The board bench's HTTP client (bench/board.ts), in a worker thread: a browser fetches, decompresses
// and decodes an answer on its own machine, so that work must not take turns with the server on the
// server's thread. One request per message, timed here. Plain JavaScript: a worker does not inherit
// tsx's loader.
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';

/** @type {{ url: string, headers: Record<string, string> }} */
const { url, headers } = workerData;
// `fresh`: an address no request had before (an ignored parameter), so no answer the server keeps
// matches and the answer is built, serialised and compressed again.
const run = Math.random().toString(36).slice(2);
let n = 0;

parentPort.on('message', async (/** @type {{ fresh: boolean, body?: boolean }} */ ask) => {
  try {
    const start = performance.now();
    const res = await fetch(ask.fresh ? `${url}&bench=${run}.${n++}` : url, { headers });
    const body = await res.text();
    const elapsedMs = performance.now() - start;
    if (!res.ok) throw new Error(`GET ${url} → ${res.status}: ${body.slice(0, 300)}`);
    parentPort.postMessage({ elapsedMs, body: ask.body ? body : undefined });
  } catch (error) {
    parentPort.postMessage({ error: String(error) });
  }
});
