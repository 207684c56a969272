import { z } from 'zod';
import { asc, eq } from 'drizzle-orm';
import { industryChains, units, users } from '../../db/schema';
import { readProcedure, router } from '../trpc';

/** People, units and chains to pick from in forms and filters. */
export const directoryRouter = router({
  users: readProcedure.input(z.void()).query(({ ctx }) =>
    ctx.db
      .select({
        id: users.id,
        displayName: users.displayName,
        role: users.role,
        title: users.title,
        unitId: users.unitId,
      })
      .from(users)
      .where(eq(users.active, true))
      .orderBy(asc(users.role), asc(users.id))
      .all(),
  ),
  units: readProcedure
    .input(z.void())
    .query(({ ctx }) =>
      ctx.db
        .select({ id: units.id, name: units.name })
        .from(units)
        .where(eq(units.active, true))
        .orderBy(asc(units.id))
        .all(),
    ),
  chains: readProcedure
    .input(z.void())
    .query(({ ctx }) =>
      ctx.db
        .select({ id: industryChains.id, name: industryChains.name })
        .from(industryChains)
        .where(eq(industryChains.active, true))
        .orderBy(asc(industryChains.id))
        .all(),
    ),
});
