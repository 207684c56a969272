import { existsSync } from 'node:fs';
import type { Db } from '../db/client';
import { documents } from '../db/schema';
import { configureFiles, pathOf, sweepFiles } from './services/documents/file-store';
import { closeAbandonedRuns } from './services/ledger/import-run';
import { removeLeftoverUploads } from './services/ledger/uploads';

/** Every hash a row names: what the start-up sweep keeps. */
export function referencedHashes(db: Db): Set<string> {
  return new Set(
    db
      .selectDistinct({ h: documents.sha256 })
      .from(documents)
      .all()
      .map((r) => r.h),
  );
}

/**
 * What an earlier run left half done: held uploads and import runs (the uploads are in memory), and
 * documents written without their row. Says when documents named in the database are missing.
 * Its own module: a cluster's primary runs it before the workers start without loading the app.
 */
export function tidyAtStart(
  db: Db,
  dirs: { uploadDir?: string; filesDir?: string },
  log: { warn(obj: object, msg: string): void; error(obj: object, msg: string): void },
): void {
  if (dirs.uploadDir) {
    removeLeftoverUploads(dirs.uploadDir);
    closeAbandonedRuns(db, Date.now());
  }
  if (dirs.filesDir) {
    configureFiles(dirs.filesDir);
    const named = referencedHashes(db);
    const swept = sweepFiles(named);
    if (swept.temps || swept.orphans) log.warn(swept, 'documents: unfinished uploads removed');
    // A restore that brought the database back without its files (README): say so at once.
    const missing = [...named].filter((h) => !existsSync(pathOf(h))).length;
    if (missing)
      log.error({ missing, filesDir: dirs.filesDir }, 'documents named in the database are missing');
  }
}
