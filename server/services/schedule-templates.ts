import { and, asc, count, eq, ne } from 'drizzle-orm';
import type { z } from 'zod';
import { type Db, writeTransaction } from '../../db/client';
import { schedules, scheduleTemplates, templateSteps } from '../../db/schema';
import type { saveTemplateInput } from '../../shared/schemas/schedules';
import type { SessionUser } from '../auth/sessions';
import { audit, diff } from '../audit';
import { conflict, fieldError, notFound } from '../errors';
import { updateVersioned } from './versioned-update';

type SaveInput = z.output<typeof saveTemplateInput>;

export function stepsOf(db: Db, templateId: number, version: number) {
  return db
    .select({
      name: templateSteps.name,
      durationDays: templateSteps.durationDays,
      linkedStage: templateSteps.linkedStage,
    })
    .from(templateSteps)
    .where(and(eq(templateSteps.templateId, templateId), eq(templateSteps.templateVersion, version)))
    .orderBy(asc(templateSteps.position))
    .all();
}

/** Every template with its current steps and how many schedules were made from it. */
export function listTemplates(db: Db) {
  const rows = db
    .select({
      id: scheduleTemplates.id,
      name: scheduleTemplates.name,
      kind: scheduleTemplates.kind,
      version: scheduleTemplates.version,
      active: scheduleTemplates.active,
      updatedAt: scheduleTemplates.updatedAt,
    })
    .from(scheduleTemplates)
    .orderBy(asc(scheduleTemplates.id))
    .all();
  const uses = new Map(
    db
      .select({ id: schedules.templateId, n: count() })
      .from(schedules)
      .groupBy(schedules.templateId)
      .all()
      .map((r) => [r.id, r.n]),
  );
  return rows.map((t) => ({ ...t, inUse: uses.get(t.id) ?? 0, steps: stepsOf(db, t.id, t.version) }));
}

function checkSteps(steps: SaveInput['steps']): void {
  const seen = new Set<string>();
  steps.forEach((s, i) => {
    if (!s.linkedStage) return;
    if (seen.has(s.linkedStage)) throw fieldError({ [`steps.${i}.linkedStage`]: 'oneStepPerStage' });
    seen.add(s.linkedStage);
  });
}

/**
 * Creates a template, or saves its steps as the next version. Old versions' steps are kept, so a
 * schedule made from an earlier version still shows the shape it was made from.
 */
export function saveTemplate(
  db: Db,
  user: SessionUser,
  input: SaveInput,
  now: number,
): { id: number; version: number } {
  checkSteps(input.steps);
  return writeTransaction(db, () => {
    const clash = db
      .select({ id: scheduleTemplates.id })
      .from(scheduleTemplates)
      .where(
        input.id
          ? and(eq(scheduleTemplates.name, input.name), ne(scheduleTemplates.id, input.id))
          : eq(scheduleTemplates.name, input.name),
      )
      .get();
    if (clash) throw fieldError({ name: 'templateNameTaken' });
    let id: number;
    let version: number;
    let before: typeof scheduleTemplates.$inferSelect | undefined;
    if (input.id === undefined) {
      const row = db
        .insert(scheduleTemplates)
        .values({ name: input.name, kind: input.kind, version: 1, updatedAt: now, updatedBy: user.id })
        .returning({ id: scheduleTemplates.id })
        .get();
      id = row.id;
      version = 1;
    } else {
      before = db.select().from(scheduleTemplates).where(eq(scheduleTemplates.id, input.id)).get();
      if (!before) throw notFound('template');
      if (before.version !== input.version) throw conflict('template');
      id = before.id;
      version = before.version + 1;
      updateVersioned(
        db,
        scheduleTemplates,
        { id, version: before.version },
        { name: input.name, kind: input.kind, updatedAt: now, updatedBy: user.id },
        'template',
      );
    }
    db.insert(templateSteps)
      .values(
        input.steps.map((s, position) => ({ templateId: id, templateVersion: version, position, ...s })),
      )
      .run();
    let changes: Record<string, unknown> = {
      version,
      name: input.name,
      kind: input.kind,
      steps: input.steps,
    };
    if (before) {
      // A new version: what changed from the one it replaces.
      const stepsBefore = stepsOf(db, id, before.version);
      const stepsAfter = stepsOf(db, id, version);
      changes = {
        version: [before.version, version],
        ...diff(before, { name: input.name, kind: input.kind }),
      };
      if (JSON.stringify(stepsBefore) !== JSON.stringify(stepsAfter))
        changes.steps = [stepsBefore, stepsAfter];
    }
    audit(db, {
      userId: user.id,
      action: before ? 'template.update' : 'template.create',
      entity: 'schedule_template',
      entityId: id,
      changes,
      at: now,
    });
    return { id, version };
  });
}

/** Templates are deactivated (no new schedules from them), never deleted. */
export function setTemplateActive(
  db: Db,
  user: SessionUser,
  input: { id: number; version: number; active: boolean },
  now: number,
): { version: number } {
  return writeTransaction(db, () => {
    const before = db.select().from(scheduleTemplates).where(eq(scheduleTemplates.id, input.id)).get();
    if (!before) throw notFound('template');
    if (before.version !== input.version) throw conflict('template');
    // Deactivating does not change the steps: copy them forward so the version stays a shape key.
    const version = before.version + 1;
    db.update(scheduleTemplates)
      .set({ active: input.active, version, updatedAt: now, updatedBy: user.id })
      .where(eq(scheduleTemplates.id, input.id))
      .run();
    const steps = stepsOf(db, before.id, before.version);
    db.insert(templateSteps)
      .values(
        steps.map((s, position) => ({ templateId: before.id, templateVersion: version, position, ...s })),
      )
      .run();
    audit(db, {
      userId: user.id,
      action: 'template.active',
      entity: 'schedule_template',
      entityId: input.id,
      changes: { active: [before.active, input.active] },
      at: now,
    });
    return { version };
  });
}
