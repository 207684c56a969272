import cluster from 'node:cluster';

/**
 * Messages between the primary process and the workers that serve requests (decision 135). The
 * primary owns what must be one for the whole server: the write gate's turn (an import writes alone),
 * whose turn it is to write (decision 138) and the login throttle's counts.
 */
export type ToPrimary =
  | { type: 'ask'; id: number; question: Question }
  | { type: 'gate.drained'; round: number }
  | { type: 'gate.release' }
  | { type: 'poke' }
  | { type: 'turn.ask' }
  | { type: 'turn.release'; again: boolean }
  | { type: 'throttle.succeeded'; account: string; address: string; now: number };

export type Question =
  { kind: 'gate.take' } | { kind: 'throttle.begin'; account: string; address: string; now: number };

export type ToWorker =
  | { type: 'answer'; id: number; answer: unknown }
  | { type: 'gate.pause'; round: number }
  | { type: 'gate.resume'; round: number }
  | { type: 'turn.grant'; yieldNow: boolean }
  | { type: 'turn.yield' }
  | { type: 'poke' };

/** Whether this process is a worker of the cluster (the primary answers its questions). */
export const inCluster = (): boolean => cluster.isWorker && typeof process.send === 'function';

let nextId = 1;
const waiting = new Map<number, (answer: unknown) => void>();
const handlers = new Set<(message: ToWorker) => void>();
let listening = false;

function listen(): void {
  if (listening) return;
  listening = true;
  process.on('message', (message: ToWorker) => {
    if (message.type === 'answer') {
      waiting.get(message.id)?.(message.answer);
      waiting.delete(message.id);
      return;
    }
    for (const handle of handlers) handle(message);
  });
}

/** Asks the primary and waits for its answer. */
export function askPrimary<T>(question: Question): Promise<T> {
  listen();
  const id = nextId++;
  return new Promise<T>((resolve) => {
    waiting.set(id, resolve as (answer: unknown) => void);
    tellPrimary({ type: 'ask', id, question });
  });
}

export function tellPrimary(message: ToPrimary): void {
  process.send?.(message);
}

/** Handles the primary's messages that are not answers (the gate's pause and resume). */
export function onPrimaryMessage(handle: (message: ToWorker) => void): () => void {
  listen();
  handlers.add(handle);
  return () => handlers.delete(handle);
}
