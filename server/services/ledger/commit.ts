import { TRPCError } from '@trpc/server';
import { gt, max } from 'drizzle-orm';
import { insertRows } from '../../../db/bulk-insert';
import { yieldToEventLoop } from '../../event-loop';
import { type Db, writeTransaction } from '../../../db/client';
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
import { appError, appErrorWith, conflict, forbidden } from '../../errors';
import { type ImportReportRow, markImported, type Upload, uploadSheets } from './uploads';
import { advanceRun, finishRun, type RunProgress, startRun } from './import-run';
import { projectKey } from './directory';
import {
  type CheckedRow,
  type CheckedSheet,
  checkSheet,
  type ImportOptions,
  NO_ACCESS,
  type RowAccess,
} from './validate';

export interface ImportResult {
  created: number;
  updated: number;
  skipped: number;
  unitsCreated: string[];
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
            .map(([f, m]) => `${columnHeader(sheet, f)}：${m}`)
            .join('；')
        : [r.reason, ...r.notes].filter(Boolean).join('；'),
  }));
}

function columnHeader(sheet: CheckedSheet, field: string): string {
  return sheet.columns.find((c) => c.field === field)?.header || field;
}

/** Rows written per transaction: a chunk takes tens of milliseconds, then other requests go on. */
export const IMPORT_CHUNK_ROWS = 100;

/**
 * Imports a sheet (decision 072). Every row is checked again against the data as it is now (giving way
 * to other requests between slices), and one error anywhere means nothing at all is written. The rows
 * are then written in chunks, each its own transaction through the project write path, recorded in a
 * ledger_import_runs record; between chunks the event loop serves others. A chunk refused midway (a
 * project edited or created by someone else meanwhile) stops the import: the record, the error and the
 * report say which rows are in and which are not, and uploading the same file again picks up the rest
 * (the rows already written now match existing projects).
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
    const sheet = await checkSheet(db, uploadSheets(upload), opts, now, mayUpdate);
    refuseUnlessClean(sheet, upload);
    const result = await writeInChunks(db, user, upload, sheet, now, seenUpTo);
    upload.report = { committed: true, rows: reportRows(sheet), sheet: sheet.sheetName };
    markImported(upload);
    return { ...result, ms: Math.round(performance.now() - started) };
  } finally {
    upload.importing = false;
  }
}

function refuseUnlessClean(sheet: CheckedSheet, upload: Upload): void {
  if (sheet.fatal) throw new TRPCError({ code: 'BAD_REQUEST', message: sheet.fatal });
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

async function writeInChunks(
  db: Db,
  user: SessionUser,
  upload: Upload,
  sheet: CheckedSheet,
  now: number,
  seenUpTo: number,
): Promise<Omit<ImportResult, 'ms'> & { runId: number }> {
  const rows = sheet.rows.filter((r) => r.action === 'create' || r.action === 'update');
  const { runId, unitIds } = writeTransaction(db, () => ({
    runId: startRun(
      db,
      { userId: user.id, fileName: upload.fileName, sheetName: sheet.sheetName, rowsTotal: rows.length },
      now,
    ),
    unitIds: createUnits(db, user, sheet.rows, now),
  }));
  const progress: RunProgress = { rowsWritten: 0, created: 0, updated: 0 };
  // Projects others create while the import runs: a row that would duplicate one stops the import.
  const others = { upTo: seenUpTo, keys: new Set<string>(), codes: new Set<string>() };
  for (let i = 0; i < rows.length; i += IMPORT_CHUNK_ROWS) {
    const chunk = rows.slice(i, i + IMPORT_CHUNK_ROWS);
    const creates = chunk.filter((r) => r.action === 'create');
    const updates = chunk.filter((r) => r.action === 'update');
    try {
      writeTransaction(db, () => {
        noteOthersProjects(db, others);
        if (
          creates.some(
            (r) =>
              others.keys.has(projectKey(r.name, r.investor)) || others.codes.has(r.values.creditCode ?? ''),
          )
        )
          throw conflict('project');
        writeCreates(db, user, creates, unitIds, now);
        for (const r of updates) writeUpdate(db, user, r, unitIds, now);
        advanceRun(db, runId, {
          rowsWritten: progress.rowsWritten + chunk.length,
          created: progress.created + creates.length,
          updated: progress.updated + updates.length,
        });
        others.upTo = lastProjectId(db);
      });
    } catch (error) {
      throw interrupted(db, user, upload, sheet, { runId, progress, failedRow: chunk[0]!.row, error }, now);
    }
    progress.rowsWritten += chunk.length;
    progress.created += creates.length;
    progress.updated += updates.length;
    await yieldToEventLoop();
  }
  const result = {
    created: progress.created,
    updated: progress.updated,
    skipped: sheet.rows.filter((r) => r.action === 'skip').length,
    unitsCreated: [...unitIds.keys()],
  };
  writeTransaction(db, () => {
    finishRun(db, runId, user.id, { status: 'done' }, now);
    audit(db, {
      userId: user.id,
      action: 'ledger.import',
      entity: 'ledger',
      changes: { file: upload.fileName, sheet: sheet.sheetName, run: runId, ...result },
      at: now,
    });
  });
  return { ...result, runId };
}

function noteOthersProjects(db: Db, others: { upTo: number; keys: Set<string>; codes: Set<string> }): void {
  const rows = db
    .select({ name: projects.name, investor: projects.investor, creditCode: projects.creditCode })
    .from(projects)
    .where(gt(projects.id, others.upTo))
    .all();
  for (const p of rows) {
    others.keys.add(projectKey(p.name, p.investor));
    if (p.creditCode) others.codes.add(p.creditCode);
  }
}

/**
 * A chunk was refused: the record and the report say which rows are in. With nothing written yet the
 * original refusal goes back as it was (nothing happened); otherwise the person is told how far it got.
 */
function interrupted(
  db: Db,
  user: SessionUser,
  upload: Upload,
  sheet: CheckedSheet,
  at: { runId: number; progress: RunProgress; failedRow: number; error: unknown },
  now: number,
): unknown {
  const reason = at.error instanceof Error ? at.error.message : String(at.error);
  finishRun(db, at.runId, user.id, { status: 'failed', failedRow: at.failedRow, error: reason }, now);
  const rows = reportRows(sheet).map((r) =>
    r.row >= at.failedRow && (r.result === 'create' || r.result === 'update')
      ? { ...r, result: 'notWritten' as const, reason: `导入在第 ${at.failedRow} 行中断，本行未写入` }
      : r,
  );
  upload.report = {
    committed: false,
    rows,
    sheet: sheet.sheetName,
    interrupted: `导入在第 ${at.failedRow} 行中断：已写入 ${at.progress.rowsWritten} 行，原因：${reason}`,
  };
  if (at.progress.rowsWritten === 0) return at.error;
  const status = at.error instanceof TRPCError ? at.error.code : 'INTERNAL_SERVER_ERROR';
  return appErrorWith(status, 'importInterrupted', {
    written: at.progress.rowsWritten,
    total: sheet.rows.filter((r) => r.action === 'create' || r.action === 'update').length,
    row: at.failedRow,
    reason,
  });
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
): number {
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
            note: '台账导入：累计到位资金',
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
  return rows.length;
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
            eventNote: note ?? '台账导入',
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
        note: '台账导入：补登到位资金',
        createdBy: user.id,
        createdAt: now,
      })
      .run();
  }
}
