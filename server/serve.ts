import cluster from 'node:cluster';
import { fileURLToPath } from 'node:url';
import { startDailyBackups } from '../db/backup';
import type { Db } from '../db/client';
import type { Config } from '../db/config';
import { buildApp } from './app';
import { startDailyReminders } from './reminder-job';
import { joinClusterGate } from './write-gate';
import { joinWriteTurns } from './write-turn';

/** The built client: dist/client, seen from server/serve.ts (tsx) or from the built dist/server. */
function builtClientDir(): string {
  return fileURLToPath(
    new URL(import.meta.url.endsWith('.ts') ? '../dist/client' : '../client', import.meta.url),
  );
}

export interface ServeOptions {
  db: Db;
  config: Config;
  /** The worker's place in a cluster (0 for the only process): the first one runs the daily jobs. */
  slot: number;
  dataDirs: { uploadDir?: string; filesDir?: string };
  /** The line that says the server is ready. */
  ready: (address: string, port: number) => string;
}

/**
 * Serves the app in this process: the only process, or one of a cluster's workers. Loaded by
 * server/main.ts only where it serves, so that a cluster's primary starts without the app's code.
 */
export async function serve({ db, config, slot, dataDirs, ready }: ServeOptions): Promise<void> {
  const worker = cluster.isWorker;
  const app = await buildApp({
    db,
    secureCookies: config.secureCookies,
    trustProxy: config.trustProxy,
    clientDir: builtClientDir(),
    log: config.log,
    ...dataDirs,
    tidy: !worker,
    imports: process.env.IMPORT_SOCKET ? { socket: process.env.IMPORT_SOCKET, here: slot === 0 } : undefined,
  });
  joinClusterGate(db);
  joinWriteTurns(db);

  const shutdown = async () => {
    await app.close();
    db.$client.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());

  // Fastify announces each address it listens on (two for localhost); the start is one line, below.
  const level = app.log.level;
  app.log.level = 'warn';
  await app.listen({ port: config.port, host: config.host });
  app.log.level = level;
  // In a cluster the first worker runs the daily jobs, and the primary says when all are ready.
  if (slot > 0) return;
  if (config.databasePath !== ':memory:' && process.env.BACKUPS !== '0') {
    startDailyBackups({
      databasePath: config.databasePath,
      dir: config.backupDir,
      filesDir: config.filesDir,
      retentionDays: config.backupRetentionDays,
      log: (message, err) => (err ? app.log.error({ err }, message) : app.log.info(message)),
    });
  }
  if (process.env.REMINDERS !== '0')
    startDailyReminders(db, (message, err) =>
      err ? app.log.error({ err }, message) : app.log.info(message),
    );
  if (!worker) app.log.info(ready(config.host, config.port));
}
