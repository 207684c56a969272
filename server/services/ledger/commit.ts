import { TRPCError } from '@trpc/server';
import { formatMessageZh as zh, joinMessages } from '../../../shared/errors/format';
import { gt, max } from 'drizzle-orm';
import { insertRows } from '../../../db/bulk-insert';
import { yieldToEventLoop } from '../../event-loop';
import type { Db } from '../../../db/client';
import { checkpointInBackground, makeDurable, openImportConnection } from '../../../db/import-connection';
import { followUps, fundsInPlace, projects, units } from '../../../db/schema';
import { businessDate } from '../../../shared/domain/dates';
import { planImportEvents } from '../../../shared/domain/ledger/events';
import type { SessionUser } from '../../auth/sessions';
import { audit } from '../../audit';
import {
  applyProjectChange,
  createProjects,
  type ProjectDraft,
  type ProjectFieldsPatch,
} from '../project-write';
import { appError, appErrorWith, conflict, forbidden, refusal } from '../../errors';
import { type ImportReportRow, markImported, releaseSheets, type Upload, uploadSheets } from './uploads';
import { finishRun, startRun } from './import-run';
import { endProgress, reportProgress } from './import-progress';
import { exclusiveWrite } from '../../write-gate';
import { projectKey } from './directory';
import { type ContactWrite, writeImportContacts } from './contacts';
import { type OperationsWrite, writeImportOperations } from './operations';
import {
  type CheckedRow,
  type CheckedSheet,
  checkSheet,
  type ImportOptions,
  NO_ACCESS,
  pendingCreates,
  type RowAccess,
} from './validate';
import { SYSTEM_NOTES } from '../../../shared/domain/system-notes';

export interface ImportResult {
  created: number;
  updated: number;
  skipped: number;
  unitsCreated: string[];
  /** New projects flagged 资料待补 (their stage's facts incomplete). */
  pending: number;
  ms: number;
}

export function reportRows(sheet: CheckedSheet): ImportReportRow[] {
  return sheet.rows.map((r) => ({
    row: r.row,
    name: r.name,
    investor: r.investor,
    result: r.action,
    projectId: r.update?.project.id ?? null,
    reason:
      r.action === 'error'
        ? Object.entries(r.errors)
            .map(([f, m]) => `${columnHeader(sheet, f)}：${zh(m)}`)
            .join('；')
        : [joinMessages(r.reason, zh), ...r.notes.map(zh)].filter(Boolean).join('；'),
  }));
}

function columnHeader(sheet: CheckedSheet, field: string): string {
  return sheet.columns.find((c) => c.field === field)?.header || field;
}

/** Rows written between two pauses: a chunk takes tens of milliseconds, then other requests go on. */
export const IMPORT_CHUNK_ROWS = 100;

/**
 * Imports a sheet all or nothing (decision 073). Every row is checked again against the data as it is
 * now (giving way to other requests between slices), and one error anywhere means nothing at all is
 * written. The rows are then written in ONE transaction on a second connection to the database, in
 * chunks with the event loop served between them; meanwhile other writes queue at the write gate and
 * reads see the data as it was. Any failure, or the server stopping, rolls the whole import back; the
 * run record, kept outside the import's transaction, says so.
 */
export async function commitImport(
  db: Db,
  user: SessionUser,
  upload: Upload,
  opts: ImportOptions,
  now: number,
  mayUpdate: RowAccess,
): Promise<ImportResult & { runId: number }> {
  const started = performance.now();
  if (upload.report?.committed) throw appError('alreadyImported');
  if (upload.importing) throw appError('importRunning');
  upload.importing = true;
  try {
    // The preview's check is not reused (the data may have changed): let it go before checking again.
    upload.cache = null;
    const seenUpTo = lastProjectId(db);
    const sheet = await checkSheet(db, uploadSheets(upload), opts, now, mayUpdate, (done, total) =>
      reportProgress(user.id, { phase: 'checking', done, total }),
    );
    releaseSheets(upload);
    refuseUnlessClean(sheet, upload);
    const result = await exclusiveWrite(db, () => writeAll(db, user, upload, sheet, now, seenUpTo));
    upload.report = { committed: true, rows: reportRows(sheet), sheet: sheet.sheetName };
    markImported(upload);
    return { ...result, ms: Math.round(performance.now() - started) };
  } finally {
    upload.importing = false;
    endProgress(user.id, 'checking');
    endProgress(user.id, 'writing');
  }
}

function refuseUnlessClean(sheet: CheckedSheet, upload: Upload): void {
  if (sheet.fatal) throw refusal(sheet.fatal);
  const bad = sheet.rows.filter((r) => r.action === 'error');
  const list = (rows: CheckedRow[]) =>
    rows
      .slice(0, 5)
      .map((r) => r.row)
      .join('、');
  const refused = bad.filter((r) => r.errors.name === NO_ACCESS);
  if (refused.length)
    throw forbidden(refused.length > 5 ? 'importRowsForbiddenMore' : 'importRowsForbidden', {
      rows: list(refused),
    });
  if (bad.length)
    throw appError(bad.length > 5 ? 'rowsWithErrorsMore' : 'rowsWithErrors', {
      count: bad.length,
      rows: list(bad),
    });
  // A project edited by someone else since the preview: the person must look again.
  for (const r of sheet.rows) {
    const p = r.update?.project;
    const seen = p ? upload.seenVersions.get(p.id) : undefined;
    if (p && seen !== undefined && seen !== p.version) throw conflict('project');
  }
}

const lastProjectId = (db: Db) =>
  db
    .select({ id: max(projects.id) })
    .from(projects)
    .get()?.id ?? 0;

/**
 * Holding the write gate: the run record is started on the main connection (committed: it says
 * `running`), then everything — units, projects, their history, audit rows and the record's `done` —
 * is written in one transaction on the import's own connection, which commits or rolls back whole.
 */
async function writeAll(
  db: Db,
  user: SessionUser,
  upload: Upload,
  sheet: CheckedSheet,
  now: number,
  seenUpTo: number,
): Promise<Omit<ImportResult, 'ms'> & { runId: number }> {
  const rows = sheet.rows.filter((r) => r.action === 'create' || r.action === 'update');
  const runId = startRun(
    db,
    { userId: user.id, fileName: upload.fileName, sheetName: sheet.sheetName, rowsTotal: rows.length },
    now,
  );
  const second = openImportConnection(db);
  // An in-memory database has no second connection: its import runs at once, without pauses.
  const conn = second ?? db;
  // Where a failure happened: a row, or the rows of the chunk being written.
  let at: string | null = null;
  try {
    conn.$client.exec('BEGIN IMMEDIATE');
    const duplicate = duplicateOfOthers(conn, rows, seenUpTo);
    if (duplicate !== null) {
      at = String(duplicate);
      throw conflict('project');
    }
    const unitIds = createUnits(conn, user, sheet.rows, now);
    let created = 0;
    let updated = 0;
    for (let i = 0; i < rows.length; i += IMPORT_CHUNK_ROWS) {
      const chunk = rows.slice(i, i + IMPORT_CHUNK_ROWS);
      at = `${chunk[0]!.row}–${chunk.at(-1)!.row}`;
      const creates = chunk.filter((r) => r.action === 'create');
      const ids = writeCreates(conn, user, creates, unitIds, now);
      for (const r of chunk) {
        if (r.action !== 'update') continue;
        at = String(r.row);
        writeUpdate(conn, user, r, unitIds, now);
      }
      at = `${chunk[0]!.row}–${chunk.at(-1)!.row}`;
      const written = onProjects(creates, ids, chunk);
      writeImportContacts(conn, user, contactWrites(written), now);
      writeImportOperations(conn, user, operationsWrites(written), now);
      created += creates.length;
      updated += chunk.length - creates.length;
      reportProgress(user.id, { phase: 'writing', done: i + chunk.length, total: rows.length });
      if (second) await yieldToEventLoop();
    }
    const result = {
      created,
      updated,
      skipped: sheet.rows.filter((r) => r.action === 'skip').length,
      unitsCreated: [...unitIds.keys()],
      pending: pendingCreates(rows),
    };
    at = null;
    finishRun(conn, runId, user.id, { status: 'done', rowsWritten: rows.length, created, updated }, now);
    audit(conn, {
      userId: user.id,
      action: 'ledger.import',
      entity: 'ledger',
      changes: { file: upload.fileName, sheet: sheet.sheetName, run: runId, ...result },
      at: now,
    });
    conn.$client.exec('COMMIT');
    if (second) {
      await makeDurable(second).catch((error: Error) =>
        console.warn('import: syncing the WAL failed, the next write syncs it:', error.message),
      );
      void checkpointInBackground(db);
    }
    return { ...result, runId };
  } catch (error) {
    if (conn.$client.inTransaction) conn.$client.exec('ROLLBACK');
    throw failed(db, user, upload, sheet, { runId, row: at, error }, now);
  } finally {
    second?.$client.close();
  }
}

/** The first row that would duplicate a project someone else created since the check, if any. */
function duplicateOfOthers(db: Db, rows: CheckedRow[], seenUpTo: number): number | null {
  const keys = new Set<string>();
  const codes = new Set<string>();
  const others = db
    .select({ name: projects.name, investor: projects.investor, creditCode: projects.creditCode })
    .from(projects)
    .where(gt(projects.id, seenUpTo))
    .all();
  if (!others.length) return null;
  for (const p of others) {
    keys.add(projectKey(p.name, p.investor));
    if (p.creditCode) codes.add(p.creditCode);
  }
  const dup = rows.find(
    (r) =>
      r.action === 'create' &&
      (keys.has(projectKey(r.name, r.investor)) || codes.has(r.values.creditCode ?? '')),
  );
  return dup?.row ?? null;
}

/**
 * The import was rolled back: nothing of it is in the database. The record says failed (and where),
 * the report says nothing was imported, and the person gets the reason.
 */
function failed(
  db: Db,
  user: SessionUser,
  upload: Upload,
  sheet: CheckedSheet,
  at: { runId: number; row: string | null; error: unknown },
  now: number,
): unknown {
  const reason = at.error instanceof Error ? at.error.message : String(at.error);
  const failedRow = at.row === null ? null : Number.parseInt(at.row, 10);
  finishRun(db, at.runId, user.id, { status: 'failed', failedRow, error: reason }, now);
  const status = at.error instanceof TRPCError ? at.error.code : 'INTERNAL_SERVER_ERROR';
  const error =
    at.row === null
      ? appErrorWith(status, 'importFailed', { reason })
      : appErrorWith(status, 'importFailedAt', { row: at.row, reason });
  upload.report = {
    committed: false,
    rows: reportRows(sheet),
    sheet: sheet.sheetName,
    failed: error.message,
  };
  return error;
}

function createUnits(db: Db, user: SessionUser, rows: CheckedRow[], now: number): Map<string, number> {
  const names = [...new Set(rows.filter((r) => r.action !== 'skip' && r.newUnit).map((r) => r.newUnit!))];
  const ids = new Map<string, number>();
  for (const name of names) {
    const { id } = db.insert(units).values({ name, createdAt: now }).returning({ id: units.id }).get();
    ids.set(name, id);
    audit(db, {
      userId: user.id,
      action: 'unit.create',
      entity: 'unit',
      entityId: id,
      changes: { name, via: 'ledger.import' },
      at: now,
    });
  }
  return ids;
}

function writeCreates(
  db: Db,
  user: SessionUser,
  rows: CheckedRow[],
  unitIds: Map<string, number>,
  now: number,
): number[] {
  const drafts: ProjectDraft[] = [];
  const extras: { followUp: FollowUpRow | null; fund: FundRow | null }[] = [];
  for (const r of rows) {
    const w = r.write!;
    const plan = r.create!;
    const v = r.values;
    const timeline = planImportEvents({
      stage: plan.stage,
      status: plan.status,
      dates: { ...w, createdDate: v.createdDate },
      offReason: v.offReason,
      dropCategory: v.dropCategory,
      now,
    });
    const row = {
      name: w.name,
      investor: w.investor ?? '',
      industry: w.industry!,
      channel: w.channel!,
      origin: w.origin,
      capitalType: w.capitalType,
      estimatedInvestment: plan.estimatedInvestment,
      description: w.description,
      location: w.location,
      signingDate: w.signingDate,
      agreedInvestment: w.agreedInvestment,
      agreementType: plan.agreementType,
      registeredEntity: w.registeredEntity,
      creditCode: w.creditCode,
      landingDate: w.landingDate,
      startDate: w.startDate,
      completionDate: w.completionDate,
      stage: plan.stage,
      status: plan.status,
      holdReason: plan.status === 'on_hold' ? v.offReason : null,
      dropCategory: plan.status === 'dropped' ? (v.dropCategory ?? 'other') : null,
      dropNote: plan.status === 'dropped' ? v.offReason : null,
      stageEnteredAt: timeline.stageEnteredAt,
      lastActivityAt: timeline.lastActivityAt,
      ownerAId: w.ownerAId!,
      ownerBId: w.ownerBId,
      unitId: w.unitId ?? (r.newUnit ? (unitIds.get(r.newUnit) ?? null) : null),
      isKey: w.isKey ?? false,
      isBond: w.isBond ?? false,
      isFirstStore: w.isFirstStore ?? false,
      missingFacts: plan.pending,
      createdAt: timeline.createdAt,
    };
    drafts.push({
      row,
      events: timeline.events,
      audit: {
        action: 'project.import',
        changes: {
          ...row,
          createdBy: user.id,
          updatedAt: now,
          updatedBy: user.id,
          version: 1,
          sheetRow: r.row,
        },
      },
    });
    extras.push({
      followUp: v.latestProgress
        ? {
            date: businessDate(timeline.lastActivityAt),
            kind: 'other',
            participants: null,
            summary: v.latestProgress,
            nextStep: v.nextStep,
            nextDate: null,
            createdBy: user.id,
            createdAt: now,
          }
        : null,
      fund: v.fundsInPlace
        ? {
            date: w.landingDate ?? w.signingDate ?? businessDate(timeline.stageEnteredAt),
            amount: v.fundsInPlace,
            note: SYSTEM_NOTES.importedFunds,
            createdBy: user.id,
            createdAt: now,
          }
        : null,
    });
  }
  const ids = createProjects(db, user, drafts, now);
  const followUpRows = extras.flatMap((e, i) => (e.followUp ? [{ ...e.followUp, projectId: ids[i]! }] : []));
  const fundRows = extras.flatMap((e, i) => (e.fund ? [{ ...e.fund, projectId: ids[i]! }] : []));
  insertRows(db, followUps, followUpRows);
  insertRows(db, fundsInPlace, fundRows);
  return ids;
}

/** The chunk's written rows with their project: a new project's by the id it was just given, an update's by its own. */
function onProjects(creates: CheckedRow[], ids: number[], chunk: CheckedRow[]) {
  const onCreates = creates.map((r, i) => ({ row: r, projectId: ids[i]! }));
  const onUpdates = chunk
    .filter((r) => r.action === 'update')
    .map((r) => ({ row: r, projectId: r.update!.project.id }));
  return [...onCreates, ...onUpdates];
}

function contactWrites(rows: ReturnType<typeof onProjects>): ContactWrite[] {
  return rows.flatMap(({ row, projectId }) =>
    row.contact ? [{ projectId, sheetRow: row.row, plan: row.contact }] : [],
  );
}

/** A new project's 入统 entry is dated at its 建成 when the sheet gives it; an update's at the import. */
function operationsWrites(rows: ReturnType<typeof onProjects>): OperationsWrite[] {
  return rows.flatMap(({ row, projectId }) =>
    row.operations
      ? [
          {
            projectId,
            plan: row.operations,
            fixedAssetDate: row.action === 'create' ? row.values.completionDate : null,
          },
        ]
      : [],
  );
}

type FollowUpRow = Omit<typeof followUps.$inferInsert, 'projectId'>;
type FundRow = Omit<typeof fundsInPlace.$inferInsert, 'projectId'>;

function writeUpdate(
  db: Db,
  user: SessionUser,
  r: CheckedRow,
  unitIds: Map<string, number>,
  now: number,
): void {
  const { project: before, to, note, addFunds, addProgress } = r.update!;
  const w = r.write!;
  // Blank cells leave the project's value as it is.
  const fields = Object.fromEntries(Object.entries(w).filter(([, v]) => v !== null)) as ProjectFieldsPatch;
  if (r.newUnit) fields.unitId = unitIds.get(r.newUnit) ?? null;
  applyProjectChange(
    db,
    user,
    {
      id: before.id,
      version: before.version,
      fields,
      move: to
        ? {
            to,
            note: note ?? null,
            dropCategory: r.values.dropCategory ?? 'other',
            eventNote: note ?? SYSTEM_NOTES.imported,
          }
        : undefined,
      action: 'project.import.update',
      auditExtra: { sheetRow: r.row },
    },
    now,
  );
  const v = r.values;
  if (v.latestProgress && addProgress) {
    db.insert(followUps)
      .values({
        projectId: before.id,
        date: businessDate(now),
        kind: 'other',
        participants: null,
        summary: v.latestProgress,
        nextStep: v.nextStep,
        nextDate: null,
        createdBy: user.id,
        createdAt: now,
      })
      .run();
  }
  if (addFunds > 0) {
    db.insert(fundsInPlace)
      .values({
        projectId: before.id,
        date: businessDate(now),
        amount: addFunds,
        note: SYSTEM_NOTES.importedFundsAdded,
        createdBy: user.id,
        createdAt: now,
      })
      .run();
  }
}
