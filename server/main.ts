import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../db/client';
import { ensureInitialData, firstAdminProblem } from '../db/seed/ensure';
import { buildApp } from './app';
import { startDailyBackups } from '../db/backup';
import { ConfigError, readConfig } from '../db/config';
import { boundHeapGrowth } from './memory';
import { startDailyReminders } from './reminder-job';

boundHeapGrowth();

/** The built client: dist/client, seen from server/main.ts (tsx) or from the built dist/server/main.js. */
function builtClientDir(): string {
  return fileURLToPath(
    new URL(import.meta.url.endsWith('.ts') ? '../dist/client' : '../client', import.meta.url),
  );
}

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
const db = openDatabase(config.databasePath);
await ensureInitialData(db, config).catch((error: unknown) => {
  db.$client.close();
  stop(error);
});

const app = await buildApp({
  db,
  secureCookies: config.secureCookies,
  trustProxy: config.trustProxy,
  clientDir: builtClientDir(),
  log: config.log,
  uploadDir: config.databasePath === ':memory:' ? undefined : join(dirname(config.databasePath), 'uploads'),
  filesDir: config.databasePath === ':memory:' ? undefined : config.filesDir,
});

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
  startDailyReminders(db, (message, err) => (err ? app.log.error({ err }, message) : app.log.info(message)));
app.log.info(
  `招商项目全周期管理 ready on http://${config.host}:${config.port} (database ${config.databasePath})`,
);
