import { backupDatabase, pruneBackups } from './backup';
import { readConfig } from './config';

/**
 * `npm run db:backup`: an online backup of DATABASE_PATH into BACKUP_DIR (by default `backups` beside
 * the database), with the documents it names (FILES_DIR → BACKUP_DIR/files), safe while the server runs;
 * old backups beyond BACKUP_RETENTION_DAYS are removed. Restore: see README.
 */
const config = readConfig();
const dir = config.backupDir;
const path = await backupDatabase(config.databasePath, dir, Date.now(), { filesDir: config.filesDir });
const removed = pruneBackups(dir, config.backupRetentionDays);
console.log(`备份完成 backup written: ${path}`);
if (removed.length)
  console.log(`removed ${removed.length} backup(s) older than ${config.backupRetentionDays} days`);
