import { and, asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { type Db, writeTransaction } from '../../db/client';
import { reviewSettings, targets, units, users } from '../../db/schema';
import { ownerError } from '../../shared/domain/permissions';
import type { campaignInput, targetInput, targetUpdateInput } from '../../shared/schemas/review';
import { audit, diff } from '../audit';
import { conflict, fieldError, notFound } from '../errors';
import { updateVersioned } from './versioned-update';
import { campaignSettings } from './review/settings';

type TargetValues = z.output<typeof targetInput>;

export const targetColumns = {
  id: targets.id,
  metric: targets.metric,
  value: targets.value,
  periodStart: targets.periodStart,
  periodEnd: targets.periodEnd,
  industry: targets.industry,
  unitId: targets.unitId,
  ownerId: targets.ownerId,
  note: targets.note,
  active: targets.active,
  updatedAt: targets.updatedAt,
  version: targets.version,
};

export function listTargets(db: Db) {
  return db
    .select({ ...targetColumns, unitName: units.name, ownerName: users.displayName })
    .from(targets)
    .leftJoin(units, eq(units.id, targets.unitId))
    .leftJoin(users, eq(users.id, targets.ownerId))
    .where(eq(targets.active, true))
    .orderBy(asc(targets.periodStart), asc(targets.metric), asc(targets.id))
    .all();
}

function checkUnit(db: Db, unitId: number | null | undefined): void {
  if (unitId == null) return;
  const u = db.select({ active: units.active }).from(units).where(eq(units.id, unitId)).get();
  if (!u?.active) throw fieldError({ unitId: 'unitInactive' });
}

/** A target is set for an officer who could own projects: an active staff account (decision 083). */
function checkOwner(db: Db, ownerId: number | null | undefined): void {
  if (ownerId == null) return;
  const u = db
    .select({ active: users.active, role: users.role })
    .from(users)
    .where(eq(users.id, ownerId))
    .get();
  const error = ownerError(u);
  if (error) throw fieldError({ ownerId: error });
}

const values = (v: TargetValues) => ({
  metric: v.metric,
  value: v.value,
  periodStart: v.periodStart,
  periodEnd: v.periodEnd,
  industry: v.industry ?? null,
  unitId: v.unitId ?? null,
  ownerId: v.ownerId ?? null,
  note: v.note ?? null,
});

export function createTarget(db: Db, userId: number, input: TargetValues, now: number) {
  return writeTransaction(db, () => {
    checkUnit(db, input.unitId);
    checkOwner(db, input.ownerId);
    const row = db
      .insert(targets)
      .values({ ...values(input), createdAt: now, createdBy: userId, updatedAt: now, updatedBy: userId })
      .returning({ id: targets.id, version: targets.version })
      .get();
    audit(db, {
      userId,
      action: 'target.create',
      entity: 'target',
      entityId: row.id,
      changes: values(input),
      at: now,
    });
    return row;
  });
}

function loadActive(db: Db, id: number) {
  const before = db.select(targetColumns).from(targets).where(eq(targets.id, id)).get();
  if (!before?.active) throw notFound('target');
  return before;
}

export function updateTarget(db: Db, userId: number, input: z.output<typeof targetUpdateInput>, now: number) {
  return writeTransaction(db, () => {
    const before = loadActive(db, input.id);
    if (before.version !== input.version) throw conflict('target');
    checkUnit(db, input.fields.unitId);
    checkOwner(db, input.fields.ownerId);
    const next = values(input.fields);
    updateVersioned(
      db,
      targets,
      { id: input.id, version: input.version },
      { ...next, updatedAt: now, updatedBy: userId },
      'target',
    );
    audit(db, {
      userId,
      action: 'target.update',
      entity: 'target',
      entityId: input.id,
      changes: diff(before, next),
      at: now,
    });
    return { version: before.version + 1 };
  });
}

/** Targets are deactivated, never deleted: past reviews and the audit keep pointing at them. */
export function deactivateTarget(
  db: Db,
  userId: number,
  input: { id: number; version: number },
  now: number,
) {
  return writeTransaction(db, () => {
    const before = loadActive(db, input.id);
    if (before.version !== input.version) throw conflict('target');
    db.update(targets)
      .set({ active: false, updatedAt: now, updatedBy: userId, version: before.version + 1 })
      .where(and(eq(targets.id, input.id), eq(targets.version, input.version)))
      .run();
    audit(db, {
      userId,
      action: 'target.deactivate',
      entity: 'target',
      entityId: input.id,
      changes: { active: [true, false] },
      at: now,
    });
    return { version: before.version + 1 };
  });
}

export function saveCampaign(db: Db, userId: number, input: z.output<typeof campaignInput>, now: number) {
  return writeTransaction(db, () => {
    const before = campaignSettings(db);
    if (before.version !== input.version) throw conflict('target');
    const next = { campaignStart: input.campaignStart, campaignEnd: input.campaignEnd };
    if (before.version === 0) {
      db.insert(reviewSettings)
        .values({ id: 1, ...next, updatedAt: now, updatedBy: userId, version: 1 })
        .run();
    } else {
      updateVersioned(
        db,
        reviewSettings,
        { id: 1, version: input.version },
        { ...next, updatedAt: now, updatedBy: userId },
        'target',
      );
    }
    audit(db, {
      userId,
      action: 'review.campaign',
      entity: 'review_settings',
      entityId: 1,
      changes: diff(before, next),
      at: now,
    });
    return { version: before.version + 1 };
  });
}
