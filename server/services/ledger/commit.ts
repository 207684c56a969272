import { TRPCError } from '@trpc/server';
import { and, eq, max } from 'drizzle-orm';
import { type Db, writeTransaction } from '../../../db/client';
import { auditLog, followUps, fundsInPlace, projects, stageEvents, units } from '../../../db/schema';
import { businessDate } from '../../../shared/domain/dates';
import { planImportEvents } from '../../../shared/domain/ledger/events';
import { currentState, isRefusal, planMove } from '../../../shared/domain/transitions';
import type { SessionUser } from '../../auth/sessions';
import { audit, diff } from '../../audit';
import { appError, conflict } from '../../errors';
import { type ImportReportRow, markImported, type Upload, uploadSheets } from './uploads';
import { type CheckedRow, type CheckedSheet, checkSheet, type ImportOptions } from './validate';

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
): ImportResult {
  const started = performance.now();
  if (upload.report?.committed) throw appError('alreadyImported');
  const { sheet, result } = writeTransaction(db, () => {
    const sheet = checkSheet(db, uploadSheets(upload), opts, now);
    if (sheet.fatal) throw new TRPCError({ code: 'BAD_REQUEST', message: sheet.fatal });
    const bad = sheet.rows.filter((r) => r.action === 'error');
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
  const firstId =
    (db
      .select({ id: max(projects.id) })
      .from(projects)
      .get()?.id ?? 0) + 1;
  const projectRows: (typeof projects.$inferInsert)[] = [];
  const eventRows: (typeof stageEvents.$inferInsert)[] = [];
  const followUpRows: (typeof followUps.$inferInsert)[] = [];
  const fundRows: (typeof fundsInPlace.$inferInsert)[] = [];
  const auditRows: (typeof auditLog.$inferInsert)[] = [];
  rows.forEach((r, i) => {
    const id = firstId + i;
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
      id,
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
      createdBy: user.id,
      updatedAt: now,
      updatedBy: user.id,
      version: 1,
    } satisfies typeof projects.$inferInsert;
    projectRows.push(row);
    for (const e of timeline.events) {
      eventRows.push({
        projectId: id,
        fromState: e.from,
        toState: e.to,
        at: e.at,
        byUserId: user.id,
        note: e.note,
        dropCategory: e.dropCategory,
      });
    }
    if (v.latestProgress) {
      followUpRows.push({
        projectId: id,
        date: businessDate(timeline.lastActivityAt),
        kind: 'other',
        participants: null,
        summary: v.latestProgress,
        nextStep: v.nextStep,
        nextDate: null,
        createdBy: user.id,
        createdAt: now,
      });
    }
    if (v.fundsInPlace) {
      fundRows.push({
        projectId: id,
        date: w.landingDate ?? w.signingDate ?? businessDate(timeline.stageEnteredAt),
        amount: v.fundsInPlace,
        note: '台账导入：累计到位资金',
        createdBy: user.id,
        createdAt: now,
      });
    }
    const { id: _id, ...changes } = row;
    auditRows.push({
      at: now,
      userId: user.id,
      action: 'project.import',
      entity: 'project',
      entityId: id,
      changes: JSON.stringify({ ...changes, sheetRow: r.row }),
    });
  });
  inChunks(projectRows, (c) => db.insert(projects).values(c).run());
  inChunks(eventRows, (c) => db.insert(stageEvents).values(c).run());
  inChunks(followUpRows, (c) => db.insert(followUps).values(c).run());
  inChunks(fundRows, (c) => db.insert(fundsInPlace).values(c).run());
  inChunks(auditRows, (c) => db.insert(auditLog).values(c).run());
  return rows.length;
}

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
  const fields = Object.fromEntries(Object.entries(w).filter(([, v]) => v !== null)) as Partial<
    typeof projects.$inferInsert
  >;
  if (r.newUnit) fields.unitId = unitIds.get(r.newUnit) ?? null;
  const merged = { ...before, ...fields };
  let move: Partial<typeof projects.$inferInsert> = {};
  if (to) {
    const plan = planMove(merged, to);
    if (isRefusal(plan)) throw appError(plan.code);
    move = {
      stage: plan.stage,
      status: plan.status,
      holdReason: plan.kind === 'hold' ? note : plan.status === 'active' ? null : before.holdReason,
      dropCategory:
        plan.kind === 'drop'
          ? (r.values.dropCategory ?? 'other')
          : plan.status === 'active'
            ? null
            : before.dropCategory,
      dropNote: plan.kind === 'drop' ? note : plan.status === 'active' ? null : before.dropNote,
      stageEnteredAt: plan.stage !== before.stage ? now : before.stageEnteredAt,
      lastActivityAt: now,
    };
    db.insert(stageEvents)
      .values({
        projectId: before.id,
        fromState: currentState(before),
        toState: to,
        at: now,
        byUserId: user.id,
        note: note ?? '台账导入',
        dropCategory: plan.kind === 'drop' ? (r.values.dropCategory ?? 'other') : null,
      })
      .run();
  }
  const set = { ...fields, ...move, updatedAt: now, updatedBy: user.id, version: before.version + 1 };
  const done = db
    .update(projects)
    .set(set)
    .where(and(eq(projects.id, before.id), eq(projects.version, before.version)))
    .run();
  if (done.changes !== 1) throw conflict('project');
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
  audit(db, {
    userId: user.id,
    action: 'project.import.update',
    entity: 'project',
    entityId: before.id,
    changes: { ...diff(before, { ...fields, ...move }), sheetRow: r.row },
    at: now,
  });
}
