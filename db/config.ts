import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';

/** Configuration from the environment, read once at start-up. */
export interface Config {
  port: number;
  host: string;
  databasePath: string;
  demoData: boolean;
  adminPassword: string | undefined;
  secureCookies: boolean;
  /**
   * TRUST_PROXY: behind a reverse proxy, which proxies to believe for X-Forwarded-For/-Host/-Proto
   * (`1` = any, or addresses/CIDRs such as `127.0.0.1,10.0.0.0/8`). Off by default: the client address
   * (login throttling per address, the audit trail) and the host (the same-origin check) come from the
   * socket and the Host header, and a forged X-Forwarded-* header changes nothing.
   */
  trustProxy: boolean | string;
  /**
   * Daily backups kept (BACKUP_RETENTION_DAYS, default 14); backups go to BACKUP_DIR, by default a
   * `backups` folder beside the database (so a DATABASE_PATH elsewhere keeps its backups with it).
   */
  backupRetentionDays: number;
  backupDir: string;
  /** LOG_LEVEL (pino's levels, default info) and LOG_FORMAT (`text` lines for a terminal, or `json`). */
  log: { level: string; format: 'text' | 'json' };
  /** FILES_DIR: documents (佐证材料) by content hash; default `files` beside the database. */
  filesDir: string;
  /**
   * WORKERS: processes serving requests over the one database (decision 135); by default one per
   * core. An in-memory database is private to its process, so it is always served by one.
   */
  workers: number;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** A setting that cannot work: the server says so in one line and stops before touching anything. */
export class ConfigError extends Error {}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ConfigError(`PORT=${env.PORT} is not a port number (0–65535)`);
  const databasePath = env.DATABASE_PATH ?? 'data/app.db';
  const level = env.LOG_LEVEL ?? 'info';
  if (!LOG_LEVELS.includes(level))
    throw new ConfigError(`LOG_LEVEL=${level} is not one of ${LOG_LEVELS.join(', ')}`);
  const format = env.LOG_FORMAT ?? 'text';
  if (format !== 'text' && format !== 'json')
    throw new ConfigError(`LOG_FORMAT=${format} is not text or json`);
  const workers = env.WORKERS === undefined ? availableParallelism() : Number(env.WORKERS);
  if (!Number.isInteger(workers) || workers < 1 || workers > 64)
    throw new ConfigError(`WORKERS=${env.WORKERS} is not a number of processes (1–64)`);
  return {
    port,
    host: env.HOST ?? 'localhost',
    databasePath,
    demoData: env.DEMO_DATA !== '0' && env.DEMO_DATA !== 'false',
    adminPassword: env.ADMIN_PASSWORD,
    secureCookies: env.SECURE_COOKIES === '1' || env.SECURE_COOKIES === 'true',
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    backupRetentionDays: Number(env.BACKUP_RETENTION_DAYS) > 0 ? Number(env.BACKUP_RETENTION_DAYS) : 14,
    backupDir: env.BACKUP_DIR ?? join(dirname(databasePath), 'backups'),
    log: { level, format },
    filesDir: env.FILES_DIR ?? join(dirname(databasePath), 'files'),
    workers: databasePath === ':memory:' ? 1 : workers,
  };
}

function parseTrustProxy(value: string | undefined): boolean | string {
  const v = value?.trim() ?? '';
  if (v === '' || v === '0' || v === 'false') return false;
  if (v === '1' || v === 'true') return true;
  return v;
}
