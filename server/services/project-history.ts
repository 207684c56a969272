import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { projectAttributeHistory } from '../../db/schema';
import {
  PROJECT_ATTRIBUTES,
  type ProjectAttribute,
  RETROACTIVE_ATTRIBUTES,
} from '../../shared/domain/review/known-at';

type Attributes = Record<ProjectAttribute, string | number | null>;
const text = (v: string | number | null) => (v === null ? null : String(v));

/**
 * Appends the attribute history the review groups by (decision 090). Call from the project write path
 * inside its transaction. A classification change takes effect from the project's registration (it
 * corrects the record), a responsibility change from now. A project whose history predates the table
 * (the demo seed) first gets its old value as known since its registration.
 */
export function recordAttributes(
  db: Db,
  project: { id: number; createdAt: number; createdBy: number },
  before: Attributes | null,
  after: Partial<Attributes>,
  userId: number,
  now: number,
): void {
  for (const field of PROJECT_ATTRIBUTES) {
    const next = after[field];
    if (next === undefined) continue;
    if (before && text(before[field]) === text(next)) continue;
    if (before) {
      const known = db
        .select({ id: projectAttributeHistory.id })
        .from(projectAttributeHistory)
        .where(
          and(eq(projectAttributeHistory.projectId, project.id), eq(projectAttributeHistory.field, field)),
        )
        .get();
      if (!known)
        db.insert(projectAttributeHistory)
          .values({
            projectId: project.id,
            field,
            value: text(before[field]),
            effectiveAt: project.createdAt,
            recordedAt: project.createdAt,
            recordedBy: project.createdBy,
          })
          .run();
    }
    db.insert(projectAttributeHistory)
      .values({
        projectId: project.id,
        field,
        value: text(next),
        effectiveAt: !before || RETROACTIVE_ATTRIBUTES.has(field) ? project.createdAt : now,
        recordedAt: now,
        recordedBy: userId,
      })
      .run();
  }
}
