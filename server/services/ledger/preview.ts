import type { z } from 'zod';
import type { Db } from '../../../db/client';
import type { AppMessage } from '../../../shared/errors/catalog';
import { formatMessageZh as zh, joinMessages } from '../../../shared/errors/format';
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

/**
 * What the preview shows: the sheet's columns and their matches, counts, and one page of rows. Each
 * message is its Chinese text (for API callers) with its code and parameters beside it (`…Code(s)`),
 * which the client renders in the person's language.
 */
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
    fatal: sheet.fatal && zh(sheet.fatal),
    fatalCode: sheet.fatal,
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
      errors: mapValues(r.errors, zh),
      errorCodes: r.errors,
      notes: r.notes.map(zh),
      noteCodes: r.notes,
      reason: r.reason.length ? joinMessages(r.reason, zh) : null,
      reasonCodes: r.reason,
      pending: r.create?.pending ?? [],
    })),
  };
}

function mapValues<K extends string>(
  messages: Partial<Record<K, AppMessage>>,
  render: (m: AppMessage) => string,
): Partial<Record<K, string>> {
  const entries = Object.entries(messages as Record<string, AppMessage>);
  return Object.fromEntries(entries.map(([k, m]) => [k, render(m)])) as Partial<Record<K, string>>;
}
