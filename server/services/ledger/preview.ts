import type { z } from 'zod';
import type { Db } from '../../../db/client';
import type { previewInput } from '../../../shared/schemas/ledger';
import { reportRows } from './commit';
import { endProgress, reportProgress } from './import-progress';
import { rememberCheck, type Upload, uploadSheets } from './uploads';
import {
  type CheckedSheet,
  checkSheet,
  type ImportOptions,
  pendingCreates,
  type RowAccess,
} from './validate';

type PreviewInput = z.output<typeof previewInput>;

/** Checks the sheet (or reuses the check for the same options) and remembers the versions seen. */
export async function checkedFor(
  db: Db,
  upload: Upload,
  opts: ImportOptions,
  now: number,
  mayUpdate: RowAccess,
): Promise<CheckedSheet> {
  const key = JSON.stringify([
    opts.sheet,
    opts.mapping ?? null,
    opts.onExisting,
    opts.createUnits,
    opts.defaults,
  ]);
  if (upload.cache?.key === key) return upload.cache.value as CheckedSheet;
  const sheet = await checkSheet(db, uploadSheets(upload), opts, now, mayUpdate, (done, total) =>
    reportProgress(upload.userId, { phase: 'checking', done, total }),
  ).finally(() => endProgress(upload.userId, 'checking'));
  rememberCheck(upload, key, sheet);
  upload.seenVersions = new Map(
    sheet.rows.flatMap((r) => (r.update ? [[r.update.project.id, r.update.project.version]] : [])),
  );
  if (!upload.report?.committed)
    upload.report = { committed: false, rows: reportRows(sheet), sheet: sheet.sheetName };
  return sheet;
}

/** What the preview shows: the sheet's columns and their matches, counts, and one page of rows. */
export async function preview(
  db: Db,
  upload: Upload,
  input: PreviewInput,
  now: number,
  mayUpdate: RowAccess,
) {
  const { view, offset, limit, ...opts } = input;
  const sheet = await checkedFor(db, upload, opts, now, mayUpdate);
  const counts = { create: 0, update: 0, skip: 0, error: 0, total: sheet.rows.length };
  for (const r of sheet.rows) counts[r.action]++;
  const pending = pendingCreates(sheet.rows);
  const inView = view === 'all' ? sheet.rows : sheet.rows.filter((r) => r.action === view);
  return {
    fileName: upload.fileName,
    committed: upload.report?.committed ?? false,
    sheets: upload.sheets,
    sheetIndex: sheet.sheetIndex,
    headerRow: sheet.headerRow,
    columns: sheet.columns,
    fatal: sheet.fatal,
    missingUnits: sheet.missingUnits,
    skippedLines: sheet.skippedLines,
    counts,
    /** New projects that will be flagged 资料待补. */
    pending,
    viewTotal: inView.length,
    rows: inView.slice(offset, offset + limit).map((r) => ({
      row: r.row,
      action: r.action,
      name: r.name,
      cells: r.cells,
      errors: r.errors,
      notes: r.notes,
      reason: r.reason,
      pending: r.create?.pending ?? [],
    })),
  };
}
