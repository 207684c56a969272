import { TRPCError } from '@trpc/server';
import { type Db, writeTransaction } from '../../../db/client';
import { followUps, fundsInPlace, units } from '../../../db/schema';
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
import { appError, conflict, forbidden } from '../../errors';
import { type ImportReportRow, markImported, type Upload, uploadSheets } from './uploads';
import {
  type CheckedRow,
  type CheckedSheet,
  checkSheet,
  type ImportOptions,
  NO_ACCESS,
  type RowAccess,
} from './validate';

/** SQLite caps bound parameters per statement; 100 rows of ~35 columns stay well under it. */
const CHUNK = 100;
function inChunks<T>(rows: T[], write: (chunk: T[]) => void): void {
  for (let i = 0; i < rows.length; i += CHUNK) write(rows.slice(i, i + CHUNK));
}

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

/**
 * Writes a checked sheet in one BEGIN IMMEDIATE transaction: every row is checked again inside it
 * (against the data as it is now), and one error anywhere means nothing at all is written.
 */
export function commitImport(
  db: Db,
  user: SessionUser,
  upload: Upload,
  opts: ImportOptions,
  now: number,
  mayUpdate: RowAccess,
): ImportResult {
  const started = performance.now();
  if (upload.report?.committed) throw appError('alreadyImported');
  const { sheet, result } = writeTransaction(db, () => {
    const sheet = checkSheet(db, uploadSheets(upload), opts, now, mayUpdate);
    if (sheet.fatal) throw new TRPCError({ code: 'BAD_REQUEST', message: sheet.fatal });
    const bad = sheet.rows.filter((r) => r.action === 'error');
    const refused = bad.filter((r) => r.errors.name === NO_ACCESS);
    if (refused.length) {
      const list = refused
        .slice(0, 5)
        .map((r) => r.row)
        .join('、');
      throw forbidden(refused.length > 5 ? 'importRowsForbiddenMore' : 'importRowsForbidden', { rows: list });
    }
    if (bad.length) {
      const list = bad
        .slice(0, 5)
        .map((r) => r.row)
        .join('、');
      throw appError(bad.length > 5 ? 'rowsWithErrorsMore' : 'rowsWithErrors', {
        count: bad.length,
        rows: list,
      });
    }
    // A project edited by someone else since the preview: the person must look again.
    for (const r of sheet.rows) {
      const p = r.update?.project;
      const seen = p ? upload.seenVersions.get(p.id) : undefined;
      if (p && seen !== undefined && seen !== p.version) throw conflict('project');
    }
    const unitIds = createUnits(db, user, sheet.rows, now);
    const created = writeCreates(
      db,
      user,
      sheet.rows.filter((r) => r.action === 'create'),
      unitIds,
      now,
    );
    const updates = sheet.rows.filter((r) => r.action === 'update');
    for (const r of updates) writeUpdate(db, user, r, unitIds, now);
    const result = {
      created,
      updated: updates.length,
      skipped: sheet.rows.filter((r) => r.action === 'skip').length,
      unitsCreated: [...unitIds.keys()],
    };
    audit(db, {
      userId: user.id,
      action: 'ledger.import',
      entity: 'ledger',
      changes: { file: upload.fileName, sheet: sheet.sheetName, ...result },
      at: now,
    });
    return { sheet, result };
  });
  upload.report = { committed: true, rows: reportRows(sheet), sheet: sheet.sheetName };
  markImported(upload);
  return { ...result, ms: Math.round(performance.now() - started) };
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
  inChunks(followUpRows, (c) => db.insert(followUps).values(c).run());
  inChunks(fundRows, (c) => db.insert(fundsInPlace).values(c).run());
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
