/** Configuration from the environment, read once at start-up. */
export interface Config {
  port: number;
  host: string;
  databasePath: string;
  demoData: boolean;
  adminPassword: string | undefined;
  secureCookies: boolean;
  /** Daily backups kept (BACKUP_RETENTION_DAYS, default 14); backups go to BACKUP_DIR (data/backups). */
  backupRetentionDays: number;
  backupDir: string;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? 'localhost',
    databasePath: env.DATABASE_PATH ?? 'data/app.db',
    demoData: env.DEMO_DATA !== '0' && env.DEMO_DATA !== 'false',
    adminPassword: env.ADMIN_PASSWORD,
    secureCookies: env.SECURE_COOKIES === '1' || env.SECURE_COOKIES === 'true',
    backupRetentionDays: Number(env.BACKUP_RETENTION_DAYS) > 0 ? Number(env.BACKUP_RETENTION_DAYS) : 14,
    backupDir: env.BACKUP_DIR ?? 'data/backups',
  };
}
