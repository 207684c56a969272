import { backupDatabase, pruneBackups } from './backup';
import { readConfig } from './config';

/**
 * `npm run db:backup`: an online backup of DATABASE_PATH into data/backups (BACKUP_DIR), safe while the
 * server runs; old backups beyond BACKUP_RETENTION_DAYS are removed. Restore: see README.
 */
const config = readConfig();
const dir = config.backupDir;
const path = await backupDatabase(config.databasePath, dir);
const removed = pruneBackups(dir, config.backupRetentionDays);
console.log(`备份完成 backup written: ${path}`);
if (removed.length)
  console.log(`removed ${removed.length} backup(s) older than ${config.backupRetentionDays} days`);
