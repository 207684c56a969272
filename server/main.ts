import cluster from 'node:cluster';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../db/client';
import { ensureInitialData, firstAdminProblem } from '../db/seed/ensure';
import { ConfigError, readConfig } from '../db/config';
import { boundHeapGrowth } from './memory';
import { runPrimary } from './cluster/primary';
import { tidyAtStart } from './tidy';

boundHeapGrowth();

/** A configuration mistake is one line on the terminal, not a stack trace; nothing is created. */
function stop(error: unknown): never {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`招商项目全周期管理: ${error.message}`);
  process.exit(1);
}

const config = (() => {
  try {
    const c = readConfig();
    const problem = existsSync(c.databasePath) ? null : firstAdminProblem(c);
    if (problem) throw new ConfigError(problem);
    return c;
  } catch (error) {
    return stop(error);
  }
})();
const worker = cluster.isWorker;
const db = openDatabase(config.databasePath);
// The primary (or the only process) migrates and seeds before anyone serves; workers find it done.
if (!worker)
  await ensureInitialData(db, config).catch((error: unknown) => {
    db.$client.close();
    stop(error);
  });
const ready = (address: string, port: number) =>
  `招商项目全周期管理 ready on http://${address}:${port} (database ${config.databasePath}` +
  `${config.workers > 1 ? `, ${config.workers} processes` : ''})`;

/** The primary's few lines, in the format the workers' log uses. */
function say(level: 'info' | 'warn' | 'error', msg: string): void {
  const rank = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'];
  if (rank.indexOf(level) < rank.indexOf(config.log.level)) return;
  const line =
    config.log.format === 'json'
      ? JSON.stringify({
          level: { info: 30, warn: 40, error: 50 }[level],
          time: Date.now(),
          pid: process.pid,
          msg,
        })
      : msg;
  (level === 'info' ? console.log : console.error)(line);
}

const slot = Number(process.env.WORKER_SLOT ?? 0);
const dataDirs =
  config.databasePath === ':memory:'
    ? {}
    : { uploadDir: join(dirname(config.databasePath), 'uploads'), filesDir: config.filesDir };

if (!worker && config.workers > 1) {
  // What an earlier run left half done is cleared once, before any worker starts.
  tidyAtStart(db, dataDirs, {
    warn: (obj, msg) => say('warn', `${msg} ${JSON.stringify(obj)}`),
    error: (obj, msg) => say('error', `${msg} ${JSON.stringify(obj)}`),
  });
  db.$client.close();
  const privateDir = mkdtempSync(join(tmpdir(), 'invest-pipeline-'));
  process.on('exit', () => rmSync(privateDir, { recursive: true, force: true }));
  runPrimary({
    workers: config.workers,
    exec: fileURLToPath(import.meta.url),
    env: { IMPORT_SOCKET: join(privateDir, 'imports.sock') },
    log: (level, line) => say(level, `招商项目全周期管理: ${line}`),
    ready: ({ port }) => say('info', ready(config.host, config.port || port)),
  });
} else {
  // The app's code is loaded only where it serves (esbuild splits it off): the primary starts sooner.
  const { serve } = await import('./serve');
  await serve({ db, config, slot, dataDirs, ready });
}
