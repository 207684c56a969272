import { and, asc, desc, eq, ne, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { projects, units, users } from '../../db/schema';
import type { pendingFactsListInput } from '../../shared/schemas/project';

/** A project flagged 资料待补: its list of missing facts is not empty. */
export const hasPendingFacts = sql`${projects.missingFacts} <> '[]'`;

const ownerA = alias(users, 'owner_a');

/**
 * The 资料待补 list: flagged projects (not dropped) with what each lacks, most missing first, so the
 * officers complete them; the flag clears itself through the project write path.
 */
export function pendingFactsList(db: Db, input: z.output<typeof pendingFactsListInput>) {
  return db
    .select({
      id: projects.id,
      name: projects.name,
      investor: projects.investor,
      stage: projects.stage,
      status: projects.status,
      missingFacts: projects.missingFacts,
      ownerName: ownerA.displayName,
      unitName: units.name,
      version: projects.version,
    })
    .from(projects)
    .innerJoin(ownerA, eq(ownerA.id, projects.ownerAId))
    .leftJoin(units, eq(units.id, projects.unitId))
    .where(
      and(
        hasPendingFacts,
        ne(projects.status, 'dropped'),
        input.ownerId
          ? or(eq(projects.ownerAId, input.ownerId), eq(projects.ownerBId, input.ownerId))
          : undefined,
      ),
    )
    .orderBy(desc(sql`json_array_length(${projects.missingFacts})`), asc(projects.id))
    .limit(1000)
    .all();
}
