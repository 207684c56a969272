import { and, eq, ne, sql } from 'drizzle-orm';
import { type Db, writeTransaction } from '../../db/client';
import { preparedOnce } from '../../db/prepared';
import { projects, users } from '../../db/schema';
import type { SessionUser } from '../auth/sessions';
import type { z } from 'zod';
import type { createProjectInput, moveProjectInput, updateProjectInput } from '../../shared/schemas/project';
import { conflict, fieldError, fieldMessage } from '../errors';
import { ownerError } from '../../shared/domain/permissions';
import { checkGateDates, checkStageGatesKept } from './project-rules';
import { applyProjectChange, createProjects, loadProject } from './project-write';
import { SYSTEM_NOTES } from '../../shared/domain/system-notes';

type CreateInput = z.output<typeof createProjectInput>;
type UpdateInput = z.output<typeof updateProjectInput>;
type MoveInput = z.output<typeof moveProjectInput>;

function checkUsersExist(db: Db, fields: { ownerAId?: number; ownerBId?: number | null }): void {
  for (const field of ['ownerAId', 'ownerBId'] as const) {
    const id = fields[field];
    if (id == null) continue;
    const u = db.select({ active: users.active, role: users.role }).from(users).where(eq(users.id, id)).get();
    const error = ownerError(u);
    if (error) throw fieldError({ [field]: error });
  }
  if (fields.ownerBId != null && fields.ownerBId === fields.ownerAId) {
    throw fieldError({ ownerBId: 'ownerBSameAsA' });
  }
}

const creditCodeHolder = preparedOnce((db) =>
  db
    .select({ id: projects.id, name: projects.name })
    .from(projects)
    .where(
      and(eq(projects.creditCode, sql.placeholder('code')), ne(projects.id, sql.placeholder('exceptId'))),
    )
    .prepare(),
);

function checkCreditCodeFree(db: Db, code: string | null | undefined, exceptId?: number): void {
  if (!code) return;
  const clash = creditCodeHolder(db).get({ code, exceptId: exceptId ?? 0 });
  if (clash) throw fieldError({ creditCode: fieldMessage('creditCodeTaken', { name: clash.name }) });
}

/** A new lead enters at 洽谈: the project row and its first stage event commit together. */
export function createProject(db: Db, user: SessionUser, input: CreateInput, now: number): { id: number } {
  checkGateDates(input, now);
  return writeTransaction(db, () => {
    checkUsersExist(db, input);
    checkCreditCodeFree(db, input.creditCode);
    const [id] = createProjects(
      db,
      user,
      [
        {
          row: {
            ...input,
            stage: 'negotiating',
            status: 'active',
            stageEnteredAt: now,
            lastActivityAt: now,
            createdAt: now,
          },
          events: [
            { from: null, to: 'negotiating', at: now, note: SYSTEM_NOTES.created, dropCategory: null },
          ],
          audit: { action: 'project.create', changes: input },
        },
      ],
      now,
    );
    return { id: id! };
  });
}

/** Saves edited fields against the version the person loaded; a stale version is a CONFLICT. */
export function updateProject(
  db: Db,
  user: SessionUser,
  input: UpdateInput,
  now: number,
): { version: number } {
  return writeTransaction(db, () => {
    const before = loadProject(db, input.id);
    if (before.version !== input.version) throw conflict('project');
    const merged = { ...before, ...input.fields };
    checkStageGatesKept(merged, before.stage, before.missingFacts);
    checkGateDates(merged, now);
    checkUsersExist(db, input.fields);
    checkCreditCodeFree(db, input.fields.creditCode, input.id);
    const { version } = applyProjectChange(
      db,
      user,
      { id: input.id, version: input.version, fields: input.fields, action: 'project.update' },
      now,
    );
    return { version };
  });
}

/** Moves a project; the project row and its immutable stage event commit together or not at all. */
export function moveProject(db: Db, user: SessionUser, input: MoveInput, now: number): { version: number } {
  return writeTransaction(db, () => {
    const gates = Object.fromEntries(Object.entries(input.gates ?? {}).filter(([, v]) => v != null));
    const { version } = applyProjectChange(
      db,
      user,
      {
        id: input.id,
        version: input.version,
        fields: gates,
        move: { to: input.to, note: input.note ?? null, dropCategory: input.dropCategory ?? null },
        check: (merged) => {
          checkGateDates(merged, now);
          checkCreditCodeFree(db, merged.creditCode, input.id);
        },
      },
      now,
    );
    return { version };
  });
}
