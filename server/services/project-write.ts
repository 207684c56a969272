import { and, eq, max, sql } from 'drizzle-orm';
import { insertRows } from '../../db/bulk-insert';
import { type Db, writeTransaction } from '../../db/client';
import { preparedByKey, preparedOnce } from '../../db/prepared';
import { type AuditAction, moveAction } from '../../shared/domain/audit-actions';
import { auditLog, investmentHistory, projectAttributeHistory, projects, stageEvents } from '../../db/schema';
import type { DropCategory } from '../../shared/domain/catalog';
import { changedFields, moveRowFields } from '../../shared/domain/project-change';
import { stillPending } from '../../shared/domain/pending-facts';
import { PROJECT_ATTRIBUTES } from '../../shared/domain/review/known-at';
import { isFunnelStage, type ProjectState } from '../../shared/domain/stages';
import { currentState, isRefusal, type MoveKind, planMove } from '../../shared/domain/transitions';
import type { SessionUser } from '../auth/sessions';
import { audit, diff } from '../audit';
import { appError, conflict, fieldError, notFound } from '../errors';
import { checkProof } from './documents/proof';
import { recordInvestment } from './investment-history';
import { notify } from './notifications';
import { recordAttributes } from './project-history';
import { projectColumns } from './project-select';
import { correctStageDates } from './stage-corrections';
import { syncLinkedMilestones } from './schedule-sync';
import { notice } from '../../shared/labels/notices';

/**
 * The one write path of the projects table (issue 13): create, edit, move, bulk change, ledger import
 * and schedule-linked move all come here, so every change to a project writes, in its own transaction,
 * the version check, the stage event, the amount and attribute history the review reads, the linked
 * milestones, the audit row and the notifications. tests/api/project-write-path.test.ts fails when any
 * other server file writes the table. Permissions are not asked here: the procedures' middleware does.
 */

type Row = typeof projects.$inferInsert;
export type ProjectFieldsPatch = Partial<Omit<Row, 'id' | 'version' | 'createdAt' | 'createdBy'>>;

export interface ProjectMoveRequest {
  to: ProjectState;
  note: string | null;
  dropCategory: DropCategory | null;
  /** The stage event's note when it differs from the reason kept on the row (an import: '台账导入'). */
  eventNote?: string | null;
}

export interface ProjectChange {
  id: number;
  /** The version the person saw: anything else is a CONFLICT. */
  version: number;
  fields?: ProjectFieldsPatch;
  move?: ProjectMoveRequest;
  /** The audit action; by default project.update, or project.move.<kind> for a move. */
  action?: AuditAction;
  auditExtra?: Record<string, unknown>;
  /** The caller's own field checks, asked after the move's plan and before anything is written. */
  check?: (merged: ReturnType<typeof loadProject>) => void;
}

const projectById = preparedOnce((db) =>
  db
    .select(projectColumns)
    .from(projects)
    .where(eq(projects.id, sql.placeholder('id')))
    .prepare(),
);

export function loadProject(db: Db, id: number) {
  const p = projectById(db).get({ id });
  if (!p) throw notFound('project');
  return p;
}

const insertStageEvent = preparedOnce((db) =>
  db
    .insert(stageEvents)
    .values({
      projectId: sql.placeholder('projectId'),
      fromState: sql.placeholder('fromState'),
      toState: sql.placeholder('toState'),
      at: sql.placeholder('at'),
      recordedAt: sql.placeholder('recordedAt'),
      byUserId: sql.placeholder('byUserId'),
      note: sql.placeholder('note'),
      dropCategory: sql.placeholder('dropCategory'),
    })
    .prepare(),
);

type RowSet = Record<string, unknown> & { version: number };

/** The version-checked update of the fields a change sets, prepared once per set of fields. */
function prepareUpdate(db: Db, keys: string[]) {
  const set = Object.fromEntries(keys.map((k) => [k, sql.placeholder(k)]));
  return db
    .update(projects)
    .set(set)
    .where(and(eq(projects.id, sql.placeholder('$id')), eq(projects.version, sql.placeholder('$version'))))
    .prepare();
}
const updateBySet = preparedByKey<ReturnType<typeof prepareUpdate>>(200);

function updateProjectRow(db: Db, id: number, version: number, set: RowSet): number {
  const keys = Object.keys(set).filter((k) => set[k] !== undefined);
  const update = updateBySet(db, keys.join(','), () => prepareUpdate(db, keys));
  const values = Object.fromEntries(keys.map((k) => [k, set[k]]));
  return update.run({ ...values, $id: id, $version: version }).changes;
}

const BOOKKEEPING = new Set(['updatedAt', 'updatedBy', 'version', 'lastActivityAt']);

/** Applies one change to one project; nests inside a caller's transaction (bulk change, import). */
export function applyProjectChange(
  db: Db,
  user: SessionUser,
  change: ProjectChange,
  now: number,
): { version: number; kind: MoveKind | null } {
  return writeTransaction(db, () => {
    const before = loadProject(db, change.id);
    if (before.version !== change.version) throw conflict('project');
    const fields: ProjectFieldsPatch = changedFields(before, change.fields ?? {});
    const merged = { ...before, ...fields };
    let moveSet: ReturnType<typeof moveRowFields> | null = null;
    let kind: MoveKind | null = null;
    const move = change.move;
    if (move) {
      const plan = planMove(merged, move.to);
      if (isRefusal(plan)) throw appError(plan.code);
      if (plan.missing.length)
        throw fieldError(Object.fromEntries(plan.missing.map((f) => [f, 'requiredForStage'])));
      if (plan.needsReason && !move.note) throw fieldError({ note: 'reasonRequired' });
      if (plan.needsDropCategory && !move.dropCategory)
        throw fieldError({ dropCategory: 'dropCategoryRequired' });
      // Proof at the gates (issue 17): the documents each stage entered requires, when an admin asks for them.
      if (plan.kind === 'forward' && isFunnelStage(move.to)) checkProof(db, change.id, before.stage, move.to);
      moveSet = moveRowFields(before, plan, move, now);
      kind = plan.kind;
    }
    change.check?.(merged);
    // 资料待补 clears itself as the missing facts are filled in (or no longer needed after a move back).
    const pending = stillPending(before.missingFacts, merged, moveSet?.stage ?? before.stage);
    const set = {
      ...fields,
      ...(pending.length !== before.missingFacts.length ? { missingFacts: pending } : {}),
      ...moveSet,
      updatedAt: now,
      updatedBy: user.id,
      version: before.version + 1,
    };
    if (updateProjectRow(db, change.id, change.version, set) !== 1) throw conflict('project');
    if (move) {
      insertStageEvent(db).run({
        projectId: change.id,
        fromState: currentState(before),
        toState: move.to,
        at: now,
        recordedAt: now,
        byUserId: user.id,
        note: move.eventNote !== undefined ? move.eventNote : move.note,
        dropCategory: kind === 'drop' ? move.dropCategory : null,
      });
    }
    recordInvestment(db, before, before, merged, user.id, now);
    recordAttributes(db, before, before, fields, user.id, now);
    // A corrected date of a stage already reached re-dates the move that reached it (decision 090).
    correctStageDates(db, user.id, before, fields, now);
    // Reaching, leaving or re-dating a stage fills, clears or moves its linked milestone (decision 040).
    syncLinkedMilestones(db, change.id, user.id, now);
    if (fields.ownerAId !== undefined && fields.ownerAId !== before.ownerAId) {
      notify(db, [fields.ownerAId], {
        kind: 'assigned',
        projectId: change.id,
        refId: null,
        text: notice.ownerAssigned(merged.name),
        at: now,
        exceptUserId: user.id,
      });
    }
    const audited = Object.fromEntries(Object.entries(set).filter(([k]) => !BOOKKEEPING.has(k)));
    audit(db, {
      userId: user.id,
      action: change.action ?? (kind ? moveAction(kind) : 'project.update'),
      entity: 'project',
      entityId: change.id,
      changes: { ...diff(before, audited), ...change.auditExtra },
      at: now,
    });
    return { version: set.version, kind };
  });
}

export interface NewStageEvent {
  from: ProjectState | null;
  to: ProjectState;
  at: number;
  note: string | null;
  dropCategory: DropCategory | null;
}

export interface ProjectDraft {
  row: Omit<Row, 'id' | 'version' | 'createdBy' | 'updatedAt' | 'updatedBy'> & { createdAt: number };
  /** Its stage events from creation on (a backdated import: several, dated by the sheet). */
  events: NewStageEvent[];
  audit: { action: AuditAction; changes: unknown };
}

/**
 * Creates projects with their stage events, amount and attribute history and audit rows, all recorded
 * now and effective from each project's own dates. Many at once for an import (chunked inserts).
 */
export function createProjects(db: Db, user: SessionUser, drafts: ProjectDraft[], now: number): number[] {
  return writeTransaction(db, () => {
    const firstId =
      (db
        .select({ id: max(projects.id) })
        .from(projects)
        .get()?.id ?? 0) + 1;
    const ids = drafts.map((_, i) => firstId + i);
    const rows = drafts.map((d, i) => ({
      ...d.row,
      id: ids[i]!,
      createdBy: user.id,
      updatedAt: now,
      updatedBy: user.id,
      version: 1,
    }));
    insertRows(db, projects, rows);
    const events = drafts.flatMap((d, i) =>
      d.events.map((e) => ({
        projectId: ids[i]!,
        fromState: e.from,
        toState: e.to,
        at: e.at,
        recordedAt: now,
        byUserId: user.id,
        note: e.note,
        dropCategory: e.dropCategory,
      })),
    );
    insertRows(db, stageEvents, events);
    // Amount and attributes known from now, in effect since the project's own registration.
    const amounts = rows.map((r) => ({
      projectId: r.id,
      at: r.createdAt,
      amount: r.agreedInvestment ?? r.estimatedInvestment,
      recordedAt: now,
      recordedBy: user.id,
    }));
    insertRows(db, investmentHistory, amounts);
    const attributes = rows.flatMap((r) =>
      PROJECT_ATTRIBUTES.map((field) => ({
        projectId: r.id,
        field,
        value: r[field] == null ? null : String(r[field]),
        effectiveAt: r.createdAt,
        recordedAt: now,
        recordedBy: user.id,
      })),
    );
    insertRows(db, projectAttributeHistory, attributes);
    const audits = drafts.map((d, i) => ({
      at: now,
      userId: user.id,
      action: d.audit.action,
      entity: 'project',
      entityId: ids[i]!,
      changes: JSON.stringify(d.audit.changes),
    }));
    insertRows(db, auditLog, audits);
    return ids;
  });
}

/** A follow-up is activity: the project's last activity moves forward (never back). No version bump. */
export function touchProjectActivity(db: Db, projectId: number, at: number): void {
  db.update(projects)
    .set({ lastActivityAt: sql`max(${projects.lastActivityAt}, ${at})` })
    .where(eq(projects.id, projectId))
    .run();
}
