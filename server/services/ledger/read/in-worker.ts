import { Worker } from 'node:worker_threads';
import type { AppMessage } from '../../../../shared/errors/catalog';
import { LIMIT_MESSAGES, LedgerFileError } from './limits';
import type { SheetSummary } from './summary';

export interface ReadRequest {
  bytes: Uint8Array;
  fileName: string;
  outPath: string;
}
/** Sent by the worker as it reads: the rows read so far. */
export interface ReadProgress {
  progress: number;
}
export type ReadReply =
  { ok: true; sheets: SheetSummary[]; bytes: number } | { ok: false; app: AppMessage | null };

/** A file that is not a readable spreadsheet at all (as opposed to one over a limit). */
export class DamagedFileError extends Error {}

/**
 * Uploads are read one at a time in a worker thread with its own small heap, so neither the parsing
 * nor a hostile file can stall or exhaust the server: the event loop keeps answering, and a file
 * that still outgrows the worker's heap or time only ends that worker.
 */
const HEAP_MB = 96;
const TIMEOUT_MS = 60_000;
const MAX_WAITING = 4;

let running: Promise<unknown> = Promise.resolve();
let waiting = 0;

function runWorker(
  request: ReadRequest,
  onProgress?: (rows: number) => void,
): Promise<{ sheets: SheetSummary[]; bytes: number }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./worker-boot.mjs', import.meta.url), {
      workerData: request,
      resourceLimits: { maxOldGenerationSizeMb: HEAP_MB, maxYoungGenerationSizeMb: 16 },
      stdout: false,
      stderr: false,
    });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      void worker.terminate();
    };
    const timer = setTimeout(
      () => settle(() => reject(new LedgerFileError(LIMIT_MESSAGES.tooSlow()))),
      TIMEOUT_MS,
    );
    worker.on('message', (reply: ReadReply | ReadProgress) => {
      if ('progress' in reply) return onProgress?.(reply.progress);
      settle(() => {
        if (reply.ok) resolve({ sheets: reply.sheets, bytes: reply.bytes });
        else if (reply.app) reject(new LedgerFileError(reply.app));
        else reject(new DamagedFileError('unreadable'));
      });
    });
    worker.once('error', (error: Error & { code?: string }) =>
      settle(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new LedgerFileError(LIMIT_MESSAGES.tooBig()) : error,
        ),
      ),
    );
    worker.once('exit', () => settle(() => reject(new DamagedFileError('worker ended without a reply'))));
  });
}

/** Reads an uploaded file into `outPath` off the event loop; one at a time, a few more may wait. */
export async function readInWorker(
  bytes: Buffer,
  fileName: string,
  outPath: string,
  onProgress?: (rows: number) => void,
): Promise<{ sheets: SheetSummary[]; bytes: number }> {
  if (waiting >= MAX_WAITING) throw new LedgerFileError(LIMIT_MESSAGES.busy());
  waiting++;
  const previous = running;
  let done!: () => void;
  running = new Promise<void>((r) => (done = r));
  try {
    await previous.catch(() => undefined);
    return await runWorker({ bytes: new Uint8Array(bytes), fileName, outPath }, onProgress);
  } finally {
    waiting--;
    done();
  }
}
