import cluster, { type Worker } from 'node:cluster';
import { randomBytes } from 'node:crypto';
import { LoginThrottle, limitsFromEnv } from '../auth/login-throttle';
import { type GateMember, GateTurns } from './gate-turns';
import { WriteTurns } from './write-turns';
import type { ToPrimary, ToWorker } from './messages';

export interface PrimaryOptions {
  workers: number;
  /** The server's entry, run by each worker. */
  exec: string;
  /** The workers' environment beside the primary's. */
  env: Record<string, string>;
  /** One line for the terminal: the start, a worker that ended. */
  log: (level: 'info' | 'warn' | 'error', line: string) => void;
  /** Called once every worker listens, with the address they share. */
  ready: (address: { address: string; port: number }) => void;
}

/** A worker that ended in service is started again after this pause (one that ends while starting stops all). */
const RESTART_DELAY_MS = 1_000;
/** How long the workers get to close their databases on SIGTERM before they are killed. */
const STOP_GRACE_MS = 10_000;

/**
 * Both cores (issue 21, decision 135): the primary starts `workers` processes that share the port (the
 * primary hands out connections in turn), restarts one that ends, stops them all on SIGINT/SIGTERM,
 * and owns what must be one for the whole server: the write gate's turns, whose turn it is to write
 * (decision 138) and the login throttle.
 * The first worker (WORKER_SLOT 0) also runs the daily jobs and serves the ledger imports.
 */
export function runPrimary(opts: PrimaryOptions): void {
  cluster.setupPrimary({ exec: opts.exec });
  const bootId = randomBytes(4).toString('hex');
  const throttle = new LoginThrottle(limitsFromEnv());
  const slots: (Worker | null)[] = Array.from({ length: opts.workers }, () => null);
  const member = (w: Worker): GateMember => ({
    id: w.id,
    send: (message: ToWorker) => {
      if (w.isConnected()) w.send(message);
    },
  });
  const members = new Map<number, GateMember>();
  const gate = new GateTurns(() => [...members.values()]);
  const turns = new WriteTurns();
  let listening = 0;
  let stopping = false;
  let exitCode = 0;

  const fork = (slot: number) => {
    const w = cluster.fork({ ...opts.env, BOOT_ID: bootId, WORKER_SLOT: String(slot) });
    slots[slot] = w;
    const m = member(w);
    members.set(w.id, m);
    gate.joined(m);
    let served = false;
    w.on('message', (message: ToPrimary) => {
      if (message.type === 'ask') {
        const reply = (answer: unknown) => m.send({ type: 'answer', id: message.id, answer });
        const q = message.question;
        if (q.kind === 'gate.take') gate.take(m, () => reply(true));
        else reply(throttle.begin(q.account, q.address, q.now));
      } else if (message.type === 'turn.ask') turns.ask(m);
      else if (message.type === 'turn.release') turns.release(m, message.again);
      else if (message.type === 'gate.drained') gate.drained(m, message.round);
      else if (message.type === 'gate.release') gate.release(m);
      else if (message.type === 'poke') {
        for (const other of members.values()) if (other !== m) other.send({ type: 'poke' });
      } else throttle.succeeded(message.account, message.address, message.now);
    });
    w.on('listening', (address) => {
      if (served) return;
      served = true;
      listening++;
      if (listening === opts.workers)
        opts.ready({ address: address.address ?? 'localhost', port: address.port });
    });
    w.on('exit', (code, signal) => {
      members.delete(w.id);
      gate.left(m);
      turns.left(m);
      slots[slot] = null;
      if (stopping) {
        if (slots.every((s) => s === null)) process.exit(exitCode);
        return;
      }
      if (!served) {
        opts.log('error', `worker ${slot + 1} ended while starting (${signal ?? `code ${code}`}); stopping`);
        stop(1);
        return;
      }
      opts.log('warn', `worker ${slot + 1} ended (${signal ?? `code ${code}`}); starting it again`);
      setTimeout(() => {
        if (!stopping) fork(slot);
      }, RESTART_DELAY_MS).unref();
    });
  };

  const stop = (code: number) => {
    if (stopping) return;
    stopping = true;
    exitCode = code;
    const alive = slots.filter((w): w is Worker => w !== null);
    if (!alive.length) process.exit(code);
    for (const w of alive) w.process.kill('SIGTERM');
    setTimeout(() => {
      for (const w of slots) w?.process.kill('SIGKILL');
      process.exit(code);
    }, STOP_GRACE_MS).unref();
  };
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));

  for (let slot = 0; slot < opts.workers; slot++) fork(slot);
}
