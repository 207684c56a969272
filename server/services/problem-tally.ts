import { and, eq, gte, lte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { problems, projects, units } from '../../db/schema';
import { businessDate } from '../../shared/domain/dates';
import { type ProblemTally, tallyProblems } from '../../shared/domain/problem-tally';
import type { ProblemTallyInput } from '../../shared/schemas/problems';
import { currentPrimaryOfProblem, primary, primaryUser } from './problems';

/**
 * 问题办结统计 of a period: the rows are read here, the figures are shared/domain/problem-tally.ts.
 * 解决日期 is the last move to 已解决 (a reopened and re-solved problem counts its last solution).
 */
export function problemTally(db: Db, period: ProblemTallyInput, now: number): ProblemTally {
  const rows = db
    .select({
      raisedDate: problems.raisedDate,
      dueDate: problems.dueDate,
      status: problems.status,
      solvedAt: sql<
        number | null
      >`(select max(e.at) from problem_events e where e.problem_id = ${problems.id} and e.to_status = 'resolved')`,
      updatedAt: problems.updatedAt,
      unitId: problems.unitId,
      unitName: units.name,
      leaderId: primary.leaderId,
      leaderName: primaryUser.displayName,
      category: projects.industry,
    })
    .from(problems)
    .innerJoin(projects, eq(projects.id, problems.projectId))
    .leftJoin(units, eq(units.id, problems.unitId))
    .leftJoin(primary, currentPrimaryOfProblem)
    .leftJoin(primaryUser, eq(primaryUser.id, primary.leaderId))
    .where(and(gte(problems.raisedDate, period.from), lte(problems.raisedDate, period.to)))
    .all();
  const solvable = rows.map(({ solvedAt, updatedAt, ...r }) => ({
    ...r,
    // A solved problem without its event (never through the app) counts its last change.
    solvedDate: r.status === 'resolved' || r.status === 'closed' ? businessDate(solvedAt ?? updatedAt) : null,
  }));
  return tallyProblems(solvable, period, businessDate(now));
}
