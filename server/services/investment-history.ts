import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { investmentHistory } from '../../db/schema';
import { totalInvestment } from '../../shared/domain/money';

type Amounts = { agreedInvestment: number | null; estimatedInvestment: number };

/**
 * Keeps the append-only amount history the weekly review reads, so a past week counts a project with
 * the amount it had then, as known then (decision 090). Called by the project write path inside its
 * transaction. A project created before the history existed (or by the seed) gets its old amount as a
 * baseline from its creation. `effectiveAt` defaults to now (an imported project: its registration).
 */
export function recordInvestment(
  db: Db,
  project: { id: number; createdAt: number },
  before: Amounts | null,
  after: Amounts,
  userId: number,
  now: number,
  effectiveAt = now,
): void {
  const next = totalInvestment(after);
  if (before) {
    const previous = totalInvestment(before);
    if (previous === next) return;
    const known = db
      .select({ id: investmentHistory.id })
      .from(investmentHistory)
      .where(eq(investmentHistory.projectId, project.id))
      .get();
    if (!known)
      db.insert(investmentHistory)
        .values({
          projectId: project.id,
          at: project.createdAt,
          amount: previous,
          recordedAt: project.createdAt,
        })
        .run();
  }
  db.insert(investmentHistory)
    .values({ projectId: project.id, at: effectiveAt, amount: next, recordedAt: now, recordedBy: userId })
    .run();
}
